import {defineRules} from './rule.js'

/**
 * Rules of the `mentions` stage (entities, quantities, dates).
 *
 * @example
 * mentionsRules['year-not-inferred'].severity // → 'info'
 */
export const mentionsRules = defineRules([
  {
    ruleId: 'year-not-inferred',
    source: 'mentions',
    severity: 'info',
    description:
      'A date without a year (`On November 17`, `in Q3`) was found, but there is no reference date (no `referenceDate` option, no date line, no full date in the text, no copyright year). A month-day or month is kept, with ISO 8601\'s year-less value (`--11-17`, `--11`) and `yearInferred: false`; a quarter or half has no such form and is left out of `dates`.',
    example: '`Highlights\\n- Lynas met on November 17.`'
  }
] as const)
