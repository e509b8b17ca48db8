import type {Token} from '../mentions/tokenize.js'

/**
 * A sentence as the claim engine reads it: the unit's text and tokens (made once by the mentions stage), the
 * range of tokens `[first, last)` that lies in the sentence, and the sentence's character span `[start, end)`.
 *
 * @example
 * const text = 'Lynas said so.'
 * const words: Words = {text, tokens: tokenize(text), first: 0, last: 3, start: 0, end: 14}
 */
export interface Words {
  readonly text: string
  readonly tokens: ReadonlyArray<Token>
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
}

/**
 * The characters between token `index - 1` and token `index` (from the sentence start for its first token):
 * the punctuation the tokenizer left out (`, `, `—`, `’`, `: “`).
 *
 * @example
 * gapBefore(words, 1) // → ', ' in `Lynas, the miner`
 */
export function gapBefore(words: Words, index: number): string {
  const token = words.tokens[index] as Token
  const from = index > words.first ? (words.tokens[index - 1] as Token).end : words.start
  return words.text.slice(from, token.start)
}

/**
 * The characters after the sentence's token `index` up to the next token (or the sentence end).
 *
 * @example
 * gapAfter(words, 0) // → ', ' in `Lynas, the miner`
 */
export function gapAfter(words: Words, index: number): string {
  const token = words.tokens[index] as Token
  const to = index + 1 < words.last ? (words.tokens[index + 1] as Token).start : words.end
  return words.text.slice(token.end, to)
}

/**
 * Is the gap before token `index` plain spaces? (`isSpaceGap(gapBefore(words, index))`, without a copy of the gap:
 * nearly every gap is one space, read by code.)
 *
 * @example
 * spaceBefore(words, 1) // → true in `Lynas said`
 */
export function spaceBefore(words: Words, index: number): boolean {
  const token = words.tokens[index] as Token
  const from = index > words.first ? (words.tokens[index - 1] as Token).end : words.start
  if (token.start === from + 1) return words.text.charCodeAt(from) === 0x20
  return from < token.start && isSpaceGap(words.text.slice(from, token.start))
}

/**
 * Is the gap after the sentence's token `index` plain spaces? (`index + 1` must be in the sentence.)
 *
 * @example
 * spaceAfter(words, 0) // → true in `Lynas said`
 */
export function spaceAfter(words: Words, index: number): boolean {
  return index + 1 < words.last && spaceBefore(words, index + 1)
}

/**
 * Does the gap before token `index` hold a comma? (`hasComma(gapBefore(words, index))`, read by code.)
 *
 * @example
 * commaBefore(words, 1) // → true in `Lynas, the miner`
 */
export function commaBefore(words: Words, index: number): boolean {
  const token = words.tokens[index] as Token
  const from = index > words.first ? (words.tokens[index - 1] as Token).end : words.start
  for (let at = from; at < token.start; at++) if (words.text.charCodeAt(at) === 0x2c) return true
  return false
}

const spaceOnly = /^[ \t\u00A0]+$/u
// A hyphen, an apostrophe (also the lossy-Thai `โ`), a period inside an abbreviation or a domain, or `/`: one word.
const joiner = /^(?:[-‐‑'’โ./]|['’] ?)$/u

/** A gap of plain spaces. @example isSpaceGap(' ') // → true */
export function isSpaceGap(gap: string): boolean {
  return spaceOnly.test(gap)
}

/** A gap inside one word or name: `-`, `’`, `.` (`state-owned`, `Japan’s`, `Mining.com`). @example isJoinGap('-') // → true */
export function isJoinGap(gap: string): boolean {
  return gap.length <= 2 && joiner.test(gap)
}

/** A gap holding a comma. @example hasComma(', ') // → true */
export function hasComma(gap: string): boolean {
  return gap.includes(',')
}

/** A gap holding a dash that sets off an aside: `—`, `–`, or a spaced hyphen. @example hasDash(' — ') // → true */
export function hasDash(gap: string): boolean {
  return gap.includes('—') || gap.includes('–') || gap.includes(' - ') || gap.includes('--')
}

/** A gap that opens a quotation (`“`, or `"` after a space or at the start). @example opensQuote(': “') // → true */
export function opensQuote(gap: string): boolean {
  return gap.includes('“') || /(?:^|[\s(:,])"$/u.test(gap)
}

/** A gap that closes a quotation (`”`, or `"` before a space). @example closesQuote(',” ') // → true */
export function closesQuote(gap: string): boolean {
  return gap.includes('”') || /^\S*"/u.test(gap)
}

/**
 * Per token of a unit, whether it stands inside a quotation: curly quotes open and close; a straight `"` opens
 * after a space and closes before one. One pass over the tokens and the gaps between them.
 *
 * @param text the unit's text
 * @param tokens the unit's tokens
 * @returns 1 for a token inside quotation marks
 * @example
 * quotedTokens('“We grew,” Lynas said.', tokenize('“We grew,” Lynas said.')) // → Uint8Array [1, 1, 0, 0]
 */
export function quotedTokens(text: string, tokens: ReadonlyArray<Token>): Uint8Array {
  const quoted = new Uint8Array(tokens.length)
  let depth = 0
  let from = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    for (let at = from; at < token.start; at++) {
      const code = text.charCodeAt(at)
      if (code === 0x201c) depth = 1
      else if (code === 0x201d) depth = 0
      // A straight quote opens after a space, a bracket, a colon or at the start, and closes otherwise.
      else if (code === 0x22) depth = at === 0 || isOpeningContext(text.charCodeAt(at - 1)) ? 1 : 0
    }
    quoted[index] = depth
    from = token.end
  }
  return quoted
}

function isOpeningContext(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x28 || code === 0x3a || code === 0x2014
}
