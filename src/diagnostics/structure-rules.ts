import {defineRules} from './rule.js'

/** Rules of the `structure` stage (lines, lists, link markers). */
export const structureRules = defineRules([
  {
    ruleId: 'empty-input',
    source: 'structure',
    severity: 'error',
    description: 'The input has no text once blank lines and whitespace are dropped.',
    example: '` \\n\\n `'
  },
  {
    ruleId: 'list-too-deep',
    source: 'structure',
    severity: 'warning',
    description:
      'A list is nested deeper than 16 levels; the deeper items are kept, in order, at the 16th level (real articles nest two or three).',
    example: '`- a` followed by 20 lines, each indented two more spaces than the one before'
  },
  {
    ruleId: 'link-without-anchor',
    source: 'structure',
    severity: 'warning',
    description: 'A `(opens in a new tab)` marker has no words before it to serve as the anchor; it is removed.',
    example: '`(opens in a new tab) starts the line.`'
  }
] as const)
