import {monthAbbreviations, monthNames, weekdayNames} from '../lexicon/months.js'
import {organizationWords} from '../lexicon/organization-words.js'
import {honorifics, personTitles} from '../lexicon/titles.js'
import {isAllCaps, isCapitalized, startsWithDigit, type Token} from './tokenize.js'

/**
 * The words a person's name is told apart by: titles, connectors, words that open sentences, calendar words, and
 * the predicates the name finders share (`proper-names.ts`, `person-cues.ts`).
 */

// Words that open a multiword title but also name things (`member`, `party`, `trade`, `press`): never a title alone.
const notTitlesAlone: ReadonlySet<string> = new Set(['member', 'party', 'trade', 'press', 'portfolio', 'special', 'under'])
/**
 * Titles and honorifics, one word each (`Chairman`, `CEO`, `Dr`), and the words that open a multiword title
 * (`chief` executive, `managing` director): they stand before a person's name or beside it.
 *
 * @example
 * titleWords.has('chairman') // → true
 */
export const titleWords: ReadonlySet<string> = new Set(
  [
    ...personTitles.filter((title) => !title.includes(' ')),
    ...personTitles.filter((title) => title.includes(' ')).map((title) => title.split(' ')[0] ?? title),
    ...honorifics
  ].filter((word) => !organizationWords.has(word) && !notTitlesAlone.has(word))
)

/**
 * `according to`, or a comma and `said`/`says`/`added`/`noted`/`told reporters`, right before a name: a speaker
 * follows. Tested on the lower-cased text before the name.
 *
 * @example
 * speakerBefore.test('according to ') // → true
 */
export const speakerBefore = /(?:\baccording to|,\s?(?:said|says|added|noted|told reporters))\s$/u
/**
 * The end of a quotation or a comma, before a verb of saying that puts its speaker after it (`,” wrote Lena
 * Fairbrook`).
 *
 * @example
 * quoteOrComma.test(',” ') // → true
 */
export const quoteOrComma = /[,”"]\s*$/u

/**
 * Words that join the parts of a name (`Ministry of Commerce`, `Department of the Interior`, `AT&T`).
 *
 * @example
 * connectors.has('of') // → true
 */
export const connectors = new Set(['of', 'for', 'and', '&', 'de', 'du', 'von', 'der', 'van', 'the', 'on'])

/**
 * Words capitalized only because they start a sentence or a clause: never the start of a name.
 *
 * @example
 * leadingWords.has('however') // → true
 */
export const leadingWords = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'by', 'from', 'with', 'as', 'while',
  'when', 'if', 'but', 'and', 'of', 'its', 'their', 'our', 'his', 'her', 'after', 'before', 'since', 'under', 'over',
  'during', 'to', 'according', 'meanwhile', 'both', 'despite', 'amid', 'overall', 'however', 'then', 'finally',
  'first', 'second', 'third', 'also', 'why', 'what', 'how', 'who', 'where', 'which', 'it', 'we', 'they', 'he', 'she',
  'i', 'you', 'there', 'here', 'so', 'yet', 'still', 'even', 'such', 'all', 'any', 'each', 'every', 'no', 'not',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'did', 'does', 'do', 'more', 'most', 'many', 'some', 'other', 'another', 'only', 'just', 'now',
  'today', 'yesterday', 'last', 'next', 'recent', 'recently', 'read', 'see', 'looking', 'importantly', 'frankly',
  'clearly', 'notably'
])

/**
 * Months, weekdays, quarters and halves: capitalized, but they name no one.
 *
 * @example
 * calendarWords.has('monday') // → true
 */
export const calendarWords: ReadonlySet<string> = new Set([...monthNames, ...monthAbbreviations, ...weekdayNames, 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'])

/**
 * A word that may be part of a name: capitalized or all capitals, not a calendar word, not a figure.
 *
 * @example
 * isNameWord({text: 'Lynas', lower: 'lynas', start: 0, end: 5}) // → true
 */
export function isNameWord(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    (isCapitalized(token.text) || isAllCaps(token.text)) &&
    !calendarWords.has(token.lower) &&
    !startsWithDigit(token.text)
  )
}

/**
 * A word of `lexicon/organization-words.ts` standing as a word of its own: `Co` in `Acme Co.`, not the `Co`
 * the tokenizer split from `SmCo` (glued to the token before it).
 *
 * @example
 * isCompanyWord(tokenize('Acme Group'), 1) // → true
 */
export function isCompanyWord(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]
  if (token === undefined || !organizationWords.has(token.lower)) return false
  const previous = tokens[index - 1]
  return previous === undefined || previous.end < token.start
}

/**
 * A word that may be part of a person's name: no company word, connector or title.
 *
 * @example
 * isPersonWord({text: 'Rosa', lower: 'rosa', start: 0, end: 4}) // → true
 */
export function isPersonWord(token: Token | undefined): boolean {
  return token !== undefined && !organizationWords.has(token.lower) && !connectors.has(token.lower) && !titleWords.has(token.lower)
}
