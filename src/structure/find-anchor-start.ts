import {companyAbbreviations, referenceAbbreviations, titleAbbreviations} from '../lexicon/abbreviations.js'
/**
 * Words that end a link anchor when walking back from a `(opens in a new tab)` marker: articles, pronouns,
 * prepositions, conjunctions, auxiliaries and reporting verbs. They sit between an anchor and the rest of its
 * clause (`hosted the president`, `as reported in Yicai Global`).
 */
const stopWords = new Set(
  (
    'a an the this that these those its it their his her our my your of in on at to from by for with as and or ' +
    'but nor while when where which who whom whose is are was were be been being has have had do does did will ' +
    'would can could should may might must said says say according via per than then also into onto over under ' +
    'about after before between through during without within including such see read here there not no ' +
    'source sources'
  ).split(' ')
)

/** Words that may sit inside a proper name (`Bank of China`, `Research & Development Centre`). */
const nameConnectors = new Set(['of', 'and', '&', 'for', 'de', 'du', 'la', 'le', 'der', 'von', 'y'])

const maxNameWords = 10
const maxPhraseWords = 4

const upper = /^[\p{Lu}\p{Lt}\p{N}$¥€£₹]/u
const numeric = /\p{N}/u
const opening = /^[(“"‘'[{]/u
const closingBoundary = /[,;:!?—–]$/u
const sentenceEnd = /\.$/
/** `U.S.`, `J.`: initials, whose periods end no sentence. */
const initials = /^(?:\p{Lu}\.)+$/u

/** `U.S.`, `Co.`, `Inc.`, `St.`, `No.`: a word whose final `.` does not end the sentence. */
function isAbbreviation(word: string): boolean {
  if (initials.test(word)) return true
  const bare = word.slice(0, -1).toLowerCase()
  return titleAbbreviations.has(bare) || referenceAbbreviations.has(bare) || companyAbbreviations.has(bare)
}

/**
 * Find where a link anchor starts, given the text before a `(opens in a new tab)` marker (the anchor ends at the
 * end of `before`). The anchor is at least the last word and at most back to the start of its clause: a run of
 * capitalised words when the last word is a name (`Yicai Global`), else a short noun phrase (`press release`,
 * `¥1 billion`). Returns `-1` when there is no word before the marker.
 *
 * @example
 * const before = 'as reported in Yicai Global'
 * before.slice(findAnchorStart(before)) // → 'Yicai Global'
 */
export function findAnchorStart(before: string): number {
  // Connectors do not count as words taken, so allow for one between every two words.
  const tokens = tokenizeBackward(before, 2 * maxNameWords + 1)
  const last = tokens[0]
  if (!last) return -1
  let start = last.start
  if (opening.test(last.word)) return stripOpening(before, last.start, last.end)
  const nameMode = upper.test(last.word)
  const limit = nameMode ? maxNameWords : maxPhraseWords
  let taken = 1
  // A name holds at most one connector in a row (`Ministry of Industry and Information Technology`), never
  // `and the`, and a connector must join two capitalised words.
  let pendingConnector = false
  for (let index = 1; index < tokens.length && taken < limit; index++) {
    const token = tokens[index] as Token
    // `Example Rare Earth Co., Ltd`: the comma of a company form is inside the name.
    const companyComma = nameMode && isCompanyComma(token.word, tokens[index - 1] as Token)
    if (closingBoundary.test(token.word) && !companyComma) break
    if (sentenceEnd.test(token.word) && !isAbbreviation(token.word)) break
    const lower = token.word.toLowerCase()
    const parenthesised = token.word.startsWith('(') && token.word.endsWith(')')
    if (opening.test(token.word) && !parenthesised) break
    if (nameMode) {
      if (upper.test(token.word) || (parenthesised && upper.test(token.word.slice(1)))) {
        // A capitalized article inside a sentence starts a title (`in The Economist`, `see An Outlook for X`);
        // at the start of a sentence it is only the sentence's first word.
        if (leadingArticles.has(lower) && !startsSentence(tokens, index)) {
          start = token.start
          break
        }
        if (stopWords.has(lower) && !nameConnectors.has(lower)) break
        if (pendingConnector && parenthesised) break
        start = token.start
        pendingConnector = false
        taken++
        continue
      }
      if (nameConnectors.has(lower) && !pendingConnector) {
        pendingConnector = true
        continue
      }
      break
    }
    if (stopWords.has(lower)) break
    start = token.start
    taken++
    if (numeric.test(token.word)) break
  }
  return start
}

/** Articles a title or name may start with when written capitalized mid-sentence. */
const leadingArticles: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/** The last word of a company name (`Ltd`, `Inc.`, `Limited`, `PLC`), after which `Co.,` belongs to the name. */
const companySuffix = /^(?:Ltd|Limited|Inc|Incorporated|LLC|PLC|Plc|Corp|Corporation|Co|Company|AG|SA|S\.A|NV|N\.V|GmbH|Pty|JSC|Bhd|Tbk|KK|SE)\.?$/u
/** A company word with its comma (`Co.,`, `Holdings,`): inside a name when a company suffix follows. */
const companyWordComma = /^(?:Co|Corp|Company|Corporation|Holdings|Group|Industries|Inc|Pty)\.?,$/u

function isCompanyComma(word: string, after: Token): boolean {
  return companyWordComma.test(word) && companySuffix.test(after.word)
}

/** Whether the token at `index` (counted back from the marker) starts its sentence: nothing before it, or a stop. */
function startsSentence(tokens: ReadonlyArray<Token>, index: number): boolean {
  const previous = tokens[index + 1]
  return previous === undefined || /[.!?:]["”’)]*$/u.test(previous.word)
}

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

/**
 * Split on spaces, nearest token first, at most `limit` tokens (an anchor never reaches further back, so a long
 * line with many markers costs linear time); the last token loses trailing closing punctuation.
 */
function tokenizeBackward(text: string, limit: number): Token[] {
  const tokens: Token[] = []
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  // Trailing punctuation right before the marker (`Reuters, (opens…)`) is not part of the anchor.
  while (end > 0 && ',;:.!?—–-'.includes(text.charAt(end - 1))) end--
  while (end > 0 && tokens.length < limit) {
    let start = end
    while (start > 0 && text.charCodeAt(start - 1) !== 32) start--
    tokens.push({word: text.slice(start, end), start, end})
    end = start
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  }
  return tokens
}

/** `(HK:1234` before a marker: the anchor is what follows the bracket or quote. */
function stripOpening(text: string, start: number, end: number): number {
  let index = start
  while (index < end && opening.test(text.charAt(index))) index++
  return index < end ? index : start
}
