import {defineRules} from './rule.js'

/** Rules of the `structure` and `article` stages (line kinds, sections, footer). */
export const structureRules = defineRules([
  {
    ruleId: 'empty-input',
    source: 'structure',
    severity: 'error',
    description: 'The input has no text once blank lines and whitespace are dropped.',
    example: '` \\n\\n `'
  },
  {
    ruleId: 'missing-highlights',
    source: 'article',
    severity: 'info',
    description: 'No `Highlights` line: the page is not a standard article (a podcast, a listing) or was cut.',
    example: '`Title\\n\\nA paragraph.`'
  },
  {
    ruleId: 'missing-body',
    source: 'article',
    severity: 'warning',
    description: 'Nothing was left for the body once title, highlights and site chrome were taken.',
    example: '`Highlights\\n- One item.`'
  },
  {
    ruleId: 'transcript-page',
    source: 'article',
    severity: 'info',
    description: 'The page holds a transcript (`Speaker (00:01.538)` lines): parsed best-effort as body text.',
    example: '`Transcript\\nSpeaker 1 (00:01.538)\\nWelcome back.`'
  },
  {
    ruleId: 'truncated-input',
    source: 'article',
    severity: 'info',
    description: 'The dump ends without any site footer and its last line stops without closing punctuation.',
    example: '`Highlights\\n- A point.\\nThe text stops mid-wo`'
  },
  {
    ruleId: 'link-without-anchor',
    source: 'article',
    severity: 'warning',
    description: 'A `(opens in a new tab)` marker has no words before it to serve as the anchor; it is removed.',
    example: '`(opens in a new tab) starts the line.`'
  },
  {
    ruleId: 'lost-categories',
    source: 'article',
    severity: 'info',
    description: 'A `CATEGORIES:` line whose names were lost in scraping (`CATEGORIES: , ,`): `categories` is `[]`.',
    example: '`CATEGORIES: , , ,`'
  },
  {
    ruleId: 'unrecognized-date-line',
    source: 'article',
    severity: 'warning',
    description: 'A line under the title looks like a date but is not a valid calendar date; it stays in `preamble`.',
    example: '`Feb 30, 2025`'
  }
] as const)
