import {companyAbbreviations, placeAbbreviations, referenceAbbreviations, titleAbbreviations} from '../lexicon/abbreviations.js'

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

/**
 * Heads of institutions that take `on` inside their names (`Commission on Environmental Quality`, `Council on
 * Foreign Relations`, `Committee on Foreign Investment`): after them `on` is a connector too.
 */
const onHeads = new Set(['commission', 'committee', 'council', 'conference', 'forum', 'panel', 'institute', 'center', 'centre', 'office', 'board', 'subcommittee', 'caucus', 'agreement', 'convention', 'treaty', 'summit'])

/** Articles a title or name may start with when written capitalized mid-sentence. */
const leadingArticles: ReadonlySet<string> = new Set(['the', 'a', 'an'])

const maxNameWords = 12
const maxPhraseWords = 4

const upper = /^[\p{Lu}\p{Lt}\p{N}$¥€£₹]/u
const numeric = /\p{N}/u
const opening = /^[(“"‘'[{]/u
const closingBoundary = /[,;:!?—–]$/u
/** A word that ends a sentence: a final `.`, `!` or `?`, maybe inside closing quotes or brackets (`supplier.”`). */
const sentenceEnd = /[.!?]["”’)\]]*$/u
/** `U.S.`, `J.`: initials, whose periods end no sentence. */
const initials = /^(?:\p{Lu}\.)+$/u
/** The last word of a company name (`Ltd`, `Inc.`, `Limited`, `PLC`), after which `Co.,` belongs to the name. */
const companySuffix = /^(?:Ltd|Limited|Inc|Incorporated|LLC|PLC|Plc|Corp|Corporation|Co|Company|AG|SA|S\.A|NV|N\.V|GmbH|Pty|JSC|Bhd|Tbk|KK|SE)\.?$/u
/** A company word with its comma (`Co.,`, `Holdings,`): inside a name when a company suffix follows. */
const companyWordComma = /^(?:Co|Corp|Company|Corporation|Holdings|Group|Industries|Inc|Pty)\.?,$/u
const closingQuotes = '”’"\''
const openingQuotes = '“‘"\''

/** A link anchor in a text: UTF-16 offsets, `end` exclusive. */
export interface AnchorRange {
  readonly start: number
  readonly end: number
}

/**
 * Find the link anchor a `(opens in a new tab)` marker followed, given the text before the marker: at least the
 * last word and at most back to the start of its clause. When the last word is a name, the run of capitalised
 * words (`Yicai Global`, `Ministry of Commerce of the People’s Republic of China`, `Example Rare Earth Co., Ltd`,
 * `in The Economist`); else a short noun phrase (`press release`, `¥1 billion`), which takes in the whole name it
 * starts with (`Quillon Minerals Ltd quarterly report`). A quoted phrase (`“general licences”`) is the text
 * inside its quotes. The final period of an abbreviation (`Inc.`, `U.S.`) stays in the anchor; other trailing
 * punctuation does not. `null` when there is no word before the marker.
 *
 * @param before the text before the marker
 * @returns the anchor's offsets in `before`, or `null`
 * @example
 * const before = 'as reported in Yicai Global'
 * findAnchor(before) // → {start: 15, end: 27}
 */
export function findAnchor(before: string): AnchorRange | null {
  let end = before.length
  while (end > 0 && before.charCodeAt(end - 1) === 32) end--
  const quoted = quotedAnchor(before, end)
  if (quoted) return quoted
  // Trailing punctuation right before the marker (`Reuters, (opens…)`) is not part of the anchor, but the period
  // of an abbreviation is (`Acme Inc.`, `the U.S.`).
  while (end > 0 && ',;:!?—–-'.includes(before.charAt(end - 1))) end--
  if (before.charAt(end - 1) === '.' && !isAbbreviation(lastWord(before, end))) {
    while (end > 0 && '.,;:'.includes(before.charAt(end - 1))) end--
  }
  // Connectors do not count as words taken, so allow for one between every two words.
  const tokens = tokenizeBackward(before, end, 2 * maxNameWords + 1)
  const last = tokens[0]
  if (!last) return null
  if (opening.test(last.word)) return {start: stripOpening(before, last.start, last.end), end}
  const start = upper.test(last.word) ? nameStart(tokens, 0) : phraseStart(tokens)
  return start < end ? {start, end} : null
}

/**
 * Where the run of name words that ends with token `from` starts. A name holds at most one connector in a row
 * (`Ministry of Industry and Information Technology`), or `of the` (`Republic of the Congo`), never `and the`,
 * and a connector joins two capitalised words; `and` never joins two complete company names.
 */
function nameStart(tokens: ReadonlyArray<Token>, from: number): number {
  let start = (tokens[from] as Token).start
  let taken = 1
  let pending: string | null = null
  for (let index = from + 1; index < tokens.length && taken < maxNameWords; index++) {
    const token = tokens[index] as Token
    const after = tokens[index - 1] as Token
    // `Example Rare Earth Co., Ltd`: the comma of a company form is inside the name.
    const companyComma = companyWordComma.test(token.word) && companySuffix.test(after.word)
    if (closingBoundary.test(token.word) && !companyComma) break
    if (sentenceEnd.test(token.word) && !isAbbreviation(token.word)) break
    const lower = token.word.toLowerCase()
    const parenthesised = token.word.startsWith('(') && token.word.endsWith(')')
    if (opening.test(token.word) && !parenthesised) break
    if (upper.test(token.word) || (parenthesised && upper.test(token.word.slice(1)))) {
      // A capitalized article inside a sentence starts a title (`in The Economist`, `see An Outlook for X`);
      // at the start of a sentence it is only the sentence's first word.
      if (leadingArticles.has(lower) && pending === null) {
        if (!startsSentence(tokens, index)) start = token.start
        break
      }
      if (stopWords.has(lower) && !nameConnectors.has(lower)) break
      if (pending !== null && parenthesised) break
      // `X Group and Y Co., Ltd`: two companies, not one name.
      if (pending === 'and' && companySuffix.test(token.word.replace(/,$/u, ''))) break
      start = token.start
      pending = null
      taken++
      continue
    }
    if (pending === null && (nameConnectors.has(lower) || (lower === 'on' && onHeads.has(tokens[index + 1]?.word.toLowerCase() ?? '')))) {
      pending = lower
      continue
    }
    // `of the People’s Republic`: read backwards, `the` comes before its connector.
    const connector = tokens[index + 1]?.word.toLowerCase()
    if (lower === 'the' && pending === null && (connector === 'of' || connector === 'for') && upper.test(tokens[index + 2]?.word ?? '')) {
      pending = 'of the'
      index++
      continue
    }
    break
  }
  return start
}

/**
 * Where a short noun phrase before the marker starts: up to four words, stopping at an article, pronoun,
 * preposition or auxiliary and right after a number; when it reaches a name, the whole name
 * (`Quillon Minerals Ltd quarterly report`).
 */
function phraseStart(tokens: ReadonlyArray<Token>): number {
  let start = (tokens[0] as Token).start
  for (let index = 1; index < tokens.length && index < maxPhraseWords; index++) {
    const token = tokens[index] as Token
    if (closingBoundary.test(token.word) || sentenceEnd.test(token.word) || opening.test(token.word)) break
    if (stopWords.has(token.word.toLowerCase())) break
    if (upper.test(token.word) && !numeric.test(token.word.charAt(0))) return nameStart(tokens, index)
    start = token.start
    if (numeric.test(token.word)) break
  }
  return start
}

/**
 * `“general licences” (opens in a new tab)`: a quoted phrase right before the marker is the anchor, inside its
 * quotes (at most `maxNameWords` words back to the opening quote).
 */
function quotedAnchor(before: string, end: number): AnchorRange | null {
  const close = before.charAt(end - 1)
  if (!closingQuotes.includes(close) || end < 2) return null
  // A straight or curly apostrophe after a letter is a possessive (`the companies’`), not a quote.
  if ((close === '’' || close === "'") && /\p{L}/u.test(before.charAt(end - 2)) && !before.slice(0, end - 1).includes('‘')) return null
  const limit = Math.max(0, end - 200)
  for (let index = end - 2; index >= limit; index--) {
    const char = before.charAt(index)
    if (openingQuotes.includes(char) && (index === 0 || before.charCodeAt(index - 1) === 32 || before.charAt(index - 1) === '(')) {
      const inside = before.slice(index + 1, end - 1)
      return inside.trim() === '' || inside.split(' ').length > maxNameWords ? null : {start: index + 1, end: end - 1}
    }
  }
  return null
}

/** `U.S.`, `Co.`, `Inc.`, `St.`, `No.`: a word whose final `.` does not end the sentence. */
function isAbbreviation(word: string): boolean {
  if (initials.test(word)) return true
  const bare = word.slice(0, -1).replace(/^\(/u, '').toLowerCase()
  return titleAbbreviations.has(bare) || referenceAbbreviations.has(bare) || companyAbbreviations.has(bare) || placeAbbreviations.has(bare)
}

/** The word of `text` that ends at `end`. */
function lastWord(text: string, end: number): string {
  let start = end
  while (start > 0 && text.charCodeAt(start - 1) !== 32) start--
  return text.slice(start, end)
}

/** Whether the token at `index` (counted back from the marker) starts its sentence: nothing before it, or a stop. */
function startsSentence(tokens: ReadonlyArray<Token>, index: number): boolean {
  const previous = tokens[index + 1]
  return previous === undefined || (sentenceEnd.test(previous.word) && !isAbbreviation(previous.word))
}

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

/**
 * Split `text` before `end` on spaces, nearest token first, at most `limit` tokens (an anchor never reaches
 * further back, so a long line with many markers costs linear time).
 */
function tokenizeBackward(text: string, end: number, limit: number): Token[] {
  const tokens: Token[] = []
  let at = end
  while (at > 0 && tokens.length < limit) {
    let start = at
    while (start > 0 && text.charCodeAt(start - 1) !== 32) start--
    tokens.push({word: text.slice(start, at), start, end: at})
    at = start
    while (at > 0 && text.charCodeAt(at - 1) === 32) at--
  }
  return tokens
}

/** `(HK:1234` before a marker: the anchor is what follows the bracket or quote. */
function stripOpening(text: string, start: number, end: number): number {
  let index = start
  while (index < end && opening.test(text.charAt(index))) index++
  return index < end ? index : start
}
