import {amountEndsAt, amountStarts, isNamePair, tokenBefore} from './dash-context.js'

/**
 * What surrounds a damaged span, reduced to the few facts that context scoring asks about. Computed once per span
 * (a span can have thirty readings), from character codes, with a regex only for non-ASCII characters.
 */
export interface SpanContext {
  /** The character before the span (already repaired), `''` at the start of a line. */
  readonly prev: string
  /** The character after the span, `''` at the end of a line; `'\u0000'` stands for another damaged span. */
  readonly next: string
  readonly prevLetter: boolean
  readonly prevUpper: boolean
  readonly prevDigit: boolean
  readonly prevSpace: boolean
  /** `( [ { / - – — “ ‘` before the span: what opens a quote or a clause. */
  readonly prevOpener: boolean
  /** `. , ; : ! ? ) ] } … ” ’` before the span: what ends a word or clause. */
  readonly prevCloser: boolean
  readonly nextLetter: boolean
  readonly nextUpper: boolean
  readonly nextDigit: boolean
  readonly nextSpace: boolean
  readonly nextCloser: boolean
  /** The word after the span is a contraction ending (`s t re ve ll d m`), after a word or a number (`1990s`). */
  readonly contraction: boolean
  /** The word before the span is a one-letter elision (`O`, `d`, `l`: `O’Brien`, `d’Ivoire`). */
  readonly elision: boolean
  /** A decade follows (`90s`). */
  readonly decade: boolean
  /** Only whitespace stands between the start of the line and the span. */
  readonly lineStart: boolean
  /** A `“` is open on this line. */
  readonly quoteOpen: boolean
  /** A figure before and after the span (`$110Mโ$125M`, `15% โ 18%`): the ends of a range (see `amountEndsAt`). */
  readonly range: boolean
  /** A name before the span and a capitalised word that is no function word after it (`U.S.โJapan`). */
  readonly namePair: boolean
  /**
   * Something later on the line could close a quote opened here (`”`, `"`, or damage that may be one). Only
   * read where an opening quote is in question (after a space or opener, before a word); `true` elsewhere.
   */
  readonly closerAhead: boolean
  /** The span is a spaced dash in a title line (see `isTitleLine`). */
  readonly titleDash: boolean
}

const LETTER = /\p{L}/u
const DECADE = /^\d0s\b/u

/**
 * Whether a character is a letter, for the purpose of reading English words around a span: any script counts,
 * except Thai, which in text with mojibake is the damage itself (`itโs` is the word `it`, then damage).
 *
 * @example
 * isLetter('é') // true
 * isLetter('โ') // false
 */
export function isLetter(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (code <= 0xff) return code >= 0xc0 ? code !== 0xd7 && code !== 0xf7 : code === 0xaa || code === 0xb5 || code === 0xba
  if (code >= 0x0e00 && code <= 0x0e7f) return false
  // General Punctuation (curly quotes, dashes, `…`) has no letter: no regex for what stands around most damage.
  if (code >= 0x2000 && code <= 0x206f) return false
  return c !== '' && LETTER.test(c)
}

/** White space, or nothing (the edge of the line); tab and space in ASCII, all of `\s` beyond it. */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0)
  if (c === '' || code === 0x20 || code === 0x09) return true
  return code >= 0x80 && isSpaceAbove(code)
}

/**
 * `/\s/` for a character from U+0080 up, as comparisons (NBSP, Ogham space, U+2000-U+200A, U+2028 and so on).
 *
 * @example
 * isSpaceAbove(0x00a0) // true
 * isSpaceAbove(0x2019) // false
 */
export const isSpaceAbove = (code: number): boolean =>
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff

/** What opens a quote or a clause before a span: `( [ { / - – — “ ‘`. */
const isOpenerCode = (code: number): boolean =>
  code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2f || code === 0x2d || code === 0x2013 || code === 0x2014 ||
  code === 0x201c || code === 0x2018

/** What ends a word or clause: `. , ; : ! ? ) ] } … ” ’`, and U+0000 (another span follows). */
const isCloserCode = (code: number): boolean =>
  code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x29 ||
  code === 0x5d || code === 0x7d || code === 0x2026 || code === 0x201d || code === 0x2019 || code === 0x00

const isDigit = (c: string): boolean => c.length === 1 && c >= '0' && c <= '9'
const isUpper = (c: string): boolean => {
  const code = c.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return c !== c.toLowerCase()
}
const isBreak = (c: string): boolean => c === '\n' || c === '\r'

/** Where a span sits: its text, its offsets, and what the repair so far says about its left side. */
export interface SpanPlace {
  readonly text: string
  readonly start: number
  readonly end: number
  /** The character the previous repair ended with, when it ends right at `start`. */
  readonly joinedPrev: string | undefined
  /** Another span starts right at `end`. */
  readonly joinedNext: boolean
  readonly quoteOpen: boolean
  /**
   * When another span starts right at `end`: the text after the span as it will read, if that span's reading is
   * already known (`ยฅ580` is `¥580`).
   */
  readonly nextPeek?: string | undefined
  /** The span's line (0-based), for `titleLine`. */
  readonly line?: number
  /** Whether a line is a title line (asked only for a spaced span; the caller remembers it per line). */
  readonly titleLine?: (line: number, offset: number) => boolean
  /** Something past the end of `text`, on the same line, could close a quote (`text` is a piece of a line). */
  readonly closerBeyond?: boolean
}

/**
 * Describe a span's surroundings for scoring.
 *
 * @example
 * describeSpan({text: 'Chinaโs', start: 5, end: 6, joinedPrev: undefined, joinedNext: false, quoteOpen: false}).contraction // true
 */
export function describeSpan(place: SpanPlace): SpanContext {
  const {text, start, end} = place
  const before = start > 0 ? text.charAt(start - 1) : ''
  const prev = place.joinedPrev ?? (isBreak(before) ? '' : before)
  const after = text.charAt(end)
  const next = place.joinedNext ? '\u0000' : isBreak(after) ? '' : after
  const prevLetter = isLetter(prev)
  // Before another span, its reading tells the case of the word (`ลรณdลบ`: `Ł` before `ó`), when it is known.
  const nextShown = place.joinedNext ? (place.nextPeek?.charAt(0) ?? '') : next
  const nextLetter = isLetter(nextShown)
  const joined = place.joinedPrev !== undefined
  // The words around the span matter only between two letters, so they are read only then.
  const prevDigit = isDigit(prev)
  const prevSpace = isSpace(prev)
  const nextSpace = isSpace(next)
  const nextDigit = isDigit(next)
  // The words around a dash are read only where one of the dashes fits: closed between two words or figures,
  // or spaced. A span joined to the one before it has no clean word there. Cheap tests of the characters next to
  // the span come first, so most spans read no word at all (`Chinaโs` is neither a range nor two names).
  const closed = !joined && !prevSpace && !nextSpace && prev !== ''
  const spaced = prevSpace && nextSpace && prev !== '' && next !== ''
  const rangeLeft = (closed && amountEndsAt(text, start)) || (spaced && !joined && amountEndsAt(text, start - 1))
  const nameLeft = closed && (prevLetter || prev === '.') && isUpper(nextShown)
  const wordsAfter = rangeLeft || nameLeft ? textAfter(place, spaced) : ''
  // `prev` and `next` are one character or none (a line edge); none is no opener or closer here.
  const prevCode = prev.charCodeAt(0)
  const nextCode = next.charCodeAt(0)
  const prevOpener = prev !== '' && isOpenerCode(prevCode)
  const nextCloser = next !== '' && isCloserCode(nextCode)
  const opening = (prevSpace || prevOpener) && prev !== '' && !nextSpace && next !== '' && !nextCloser
  return {
    prev,
    next,
    prevLetter,
    prevUpper: prevLetter && isUpper(prev),
    prevDigit,
    prevSpace,
    prevOpener,
    prevCloser: prev !== '' && isCloserCode(prevCode),
    nextLetter,
    nextUpper: nextLetter && isUpper(nextShown),
    nextDigit,
    nextSpace,
    nextCloser,
    contraction: (prevLetter || prevDigit) && nextLetter && isContractionAt(text, end),
    elision: prevLetter && nextLetter && !joined && isElisionBefore(text, start),
    decade: isDigit(next) && DECADE.test(text.slice(end, end + 4)),
    lineStart: !joined && atLineStart(text, start),
    quoteOpen: place.quoteOpen,
    range: rangeLeft && wordsAfter !== '' && amountStarts(wordsAfter),
    namePair: nameLeft && wordsAfter !== '' && isNamePair(tokenBefore(text, start), wordsAfter),
    closerAhead: !opening || place.closerBeyond === true || hasCloserAhead(text, end),
    titleDash: spaced && (place.titleLine?.(place.line ?? 0, start) ?? false)
  }
}

/** The first characters after the span, past the space of a spaced span; what the next span reads as, if known. */
function textAfter(place: SpanPlace, spaced: boolean): string {
  const {text, end} = place
  if (place.joinedNext) return place.nextPeek ?? ''
  const from = spaced ? end + 1 : end
  return text.slice(from, from + 16)
}

/**
 * Whether something later on the line could close a quote opened here: the next quote mark on the line (`”`, `"`,
 * or a character that starts the damage a quote becomes: `โ` in K1 and K2, `â` in K3 and K4, `Ã` and `à` in K5)
 * stands where a closing quote stands, after a word or punctuation and before a space, punctuation or the line end.
 * A mark where an opening quote stands (`5% โand … the โgreenโ`) means none closes this one first; a mark between
 * two letters or before a figure is an apostrophe (`Chinaโs`, `โ80s`) and is passed over. With no mark up to the
 * line end, a line that does not end as a sentence was cut off and may have lost its closing quote.
 *
 * @example
 * hasCloserAhead('โso it said.โ', 1) // true
 * hasCloserAhead('โand fell after the โgreenโ one', 1) // false
 * hasCloserAhead('the rules were โnot targeted', 16) // true (the line was cut off)
 */
export function hasCloserAhead(text: string, from: number): boolean {
  let index = from
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || code === 0x0d) break
    if (code === 0x201d) return true
    if (code !== 0x22 && code !== 0x0e42 && code !== 0xe2 && code !== 0xc3 && code !== 0xe0) continue
    // The damage a quote became runs over several characters; what follows it is after the run.
    let after = index + 1
    while (after < text.length && code !== 0x22 && text.charCodeAt(after) >= 0x80 && !isLetterCode(text.charCodeAt(after))) after++
    const before = text.charAt(index - 1)
    const next = text.charAt(after)
    const wordBefore = isLetter(before) || isDigit(before)
    if (wordBefore && (isLetter(next) || isDigit(next))) continue
    // Before a figure it may be the apostrophe of a decade (`’80s`): passed over too.
    if (isDigit(next)) continue
    if (!wordBefore && isLetter(next) && (isSpace(before) || isOpenerCode(before.charCodeAt(0)))) return false
    return true
  }
  // No mark up to the line end: nothing closes the quote, unless the line was cut off before its end (a line that
  // does not end as a sentence may have lost its closing quote with the rest).
  let end = index
  while (end > from && isSpace(text.charAt(end - 1))) end--
  return end > from && !SENTENCE_END.includes(text.charAt(end - 1))
}

/** What a line that ends as a sentence ends with. */
const SENTENCE_END = '.!?:;)]}\u2026\u201D\u2019"\''

/** A letter that is no damage character (Latin-1 letters of damage runs, `Ã`, are not letters here). */
const isLetterCode = (code: number): boolean => code > 0xff && code !== 0x0e42 && isLetter(String.fromCharCode(code))

/** Whether the word at `offset` is a contraction ending (`s t d m re ve ll`, any case): read letter by letter. */
function isContractionAt(text: string, offset: number): boolean {
  const first = text.charCodeAt(offset) | 0x20
  if (first === 0x73 || first === 0x74 || first === 0x64 || first === 0x6d) return !isLetter(text.charAt(offset + 1))
  const second = text.charCodeAt(offset + 1) | 0x20
  const pair = (first === 0x72 && second === 0x65) || (first === 0x76 && second === 0x65) || (first === 0x6c && second === 0x6c)
  return pair && !isLetter(text.charAt(offset + 2))
}

/** Whether the word ending at `offset` is a one-letter elision (`O`, `d`, `l`: `O’Brien`, `d’Ivoire`). */
function isElisionBefore(text: string, offset: number): boolean {
  const letter = text.charCodeAt(offset - 1) | 0x20
  return (letter === 0x6f || letter === 0x64 || letter === 0x6c) && !isLetter(text.charAt(offset - 2))
}

function atLineStart(text: string, offset: number): boolean {
  let index = offset
  while (index > 0 && (text.charCodeAt(index - 1) === 0x20 || text.charCodeAt(index - 1) === 0x09)) index--
  return index === 0 || isBreak(text.charAt(index - 1))
}
