import {defineRules} from './rule.js'

/** Rules of the `article` stage (line kinds, sections, footer). */
export const articleRules = defineRules([
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
