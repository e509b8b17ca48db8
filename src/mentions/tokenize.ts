/**
 * A word of a text: its characters, lower-cased form and UTF-16 offsets (`end` exclusive).
 *
 * @example
 * tokenize('Lynas')[0] // → {text: 'Lynas', lower: 'lynas', start: 0, end: 5}
 */
export interface Token {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
}

// Latin, Greek and Cyrillic letters and digits make words. Thai letters are deliberately not word characters:
// in REEx text a Thai letter is mojibake (`Chinaโs`), so it must split `China` from `s`, like an apostrophe.
const wordChar = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}]$/u

/** Is the character at `index` part of a word? ASCII is decided by code, the rest by the Unicode class. */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Surrogate pairs are letters of other planes: not Latin, Greek or Cyrillic.
  return wordChar.test(text.charAt(index))
}

// A lower-case letter followed by an upper-case one starts a new token (`EarthGroup`, `NdPr`): scrapes glue
// words together, and names like `NdFeB` are written without spaces.
const camelBoundary = /(?<=\p{Ll})(?=\p{Lu})/u
const hasCamel = /\p{Ll}\p{Lu}/u
const nonAscii = /[^\0-\x7f]/u

/**
 * The words of one document, each kept once: the tokens of every unit share their `text` and `lower` strings
 * (a long article repeats a few thousand words a million times), and each word is lower-cased once. Keyed by
 * the word as written.
 */
export type WordTable = Map<string, {readonly text: string; readonly lower: string}>

/**
 * A new, empty word table, for one document (never shared across calls).
 *
 * @example
 * const table = createWordTable(); tokenize('Lynas grew', table)
 */
export function createWordTable(): WordTable {
  return new Map()
}

/**
 * Split text into word tokens (letters and digits; `&` is a token of its own), splitting glued camel-case
 * words too. Gazetteer aliases are tokenized the same way, so both sides agree.
 *
 * @param text the text
 * @param table (optional) the document's word table: equal words then share one string
 * @returns the tokens, in order
 * @example
 * tokenize("Northern Rare EarthGroup's").map((t) => t.text) // → ['Northern', 'Rare', 'Earth', 'Group', 's']
 */
export function tokenize(text: string, table?: WordTable): Token[] {
  const tokens: Token[] = []
  // With a table, a word seen before takes its strings from there (no second copy, no second lower-casing).
  const push = (word: string, fold: (word: string) => string, start: number, end: number): void => {
    let known = table?.get(word)
    if (known === undefined) {
      known = {text: word, lower: fold(word)}
      table?.set(word, known)
    }
    tokens.push({text: known.text, lower: known.lower, start, end})
  }
  let index = 0
  while (index < text.length) {
    if (text.charCodeAt(index) === 38) {
      push('&', same, index, index + 1)
      index += 1
      continue
    }
    if (!isWordAt(text, index)) {
      index += 1
      continue
    }
    // Track, while scanning, whether the word is ASCII and has a capital after a small letter: most words
    // are plain ASCII and need neither the camel split (a lookbehind per character) nor normalization.
    const first = text.charCodeAt(index)
    let ascii = first < 0x80
    let upper = first >= 65 && first <= 90
    let camel = false
    let end = index + 1
    // One read of each character decides both whether the word goes on and what it holds (this loop sees every
    // character of every unit).
    while (end < text.length) {
      const code = text.charCodeAt(end)
      if (code < 0x80) {
        if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
          end += 1
          continue
        }
        if (code < 65 || code > 90) break
        upper = true
        const previous = text.charCodeAt(end - 1)
        if (previous >= 97 && previous <= 122) camel = true
      } else {
        if (!wordChar.test(text.charAt(end))) break
        ascii = false
      }
      end += 1
    }
    let start = index
    index = end
    const word = text.slice(start, end)
    if (ascii && !camel) {
      // An ASCII word without capitals is its own lower case.
      push(word, upper ? lowerCase : same, start, end)
      continue
    }
    if (!hasCamel.test(word)) {
      push(word, foldCase, start, end)
      continue
    }
    for (const part of word.split(camelBoundary)) {
      push(part, foldCase, start, start + part.length)
      start += part.length
    }
  }
  return tokens
}

/**
 * A unit's tokens as the later readers get them: the token objects, or, in a long document, packed (see
 * `PackedTokens`).
 */
export type UnitTokens = ReadonlyArray<Token> | PackedTokens

/**
 * The tokens of a unit, unpacked when they were packed.
 *
 * @example
 * tokensOf(unitTokens, table)[0]?.text // → 'Lynas'
 */
export function tokensOf(tokens: UnitTokens, table: WordTable): ReadonlyArray<Token> {
  return Array.isArray(tokens) ? tokens : unpackTokens(tokens as PackedTokens, table)
}

/**
 * A unit's tokens kept compactly while the document is read (16 bytes a word instead of an object of 64): the
 * word strings (from the document's word table) and their start offsets; `end` is `start` plus the word's length.
 * `unpackTokens` gives the same tokens back, one unit at a time, so a long article never holds a token object
 * for every word at once.
 */
export interface PackedTokens {
  readonly words: ReadonlyArray<string>
  /** Small integers in a plain array: a typed array per unit would cost a native buffer each. */
  readonly starts: ReadonlyArray<number>
}

/**
 * Pack tokens made with a word table.
 *
 * @example
 * packTokens(tokenize('Lynas grew', table)).words // → ['Lynas', 'grew']
 */
export function packTokens(tokens: ReadonlyArray<Token>): PackedTokens {
  const words: string[] = new Array(tokens.length)
  const starts: number[] = new Array(tokens.length)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    words[index] = token.text
    starts[index] = token.start
  }
  return {words, starts}
}

/**
 * The tokens of a packed unit, as `tokenize` made them (the same strings, from the word table).
 *
 * @example
 * unpackTokens(packTokens(tokens), table) // → equal to tokens
 */
export function unpackTokens(packed: PackedTokens, table: WordTable): Token[] {
  const tokens: Token[] = new Array(packed.words.length)
  for (let index = 0; index < tokens.length; index++) {
    const text = packed.words[index] as string
    const start = packed.starts[index] as number
    tokens[index] = {text, lower: table.get(text)?.lower ?? text, start, end: start + text.length}
  }
  return tokens
}

const same = (word: string): string => word
const lowerCase = (word: string): string => word.toLowerCase()

/**
 * Fold a word for comparison: lower case, accents removed (`Kärr` and `Karr` are one name).
 *
 * @example
 * foldCase('Kärr') // → 'karr'
 */
export function foldCase(word: string): string {
  // ASCII words (nearly all) need no Unicode normalization.
  if (!nonAscii.test(word)) return word.toLowerCase()
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** True when a word starts with an upper-case letter. @example isCapitalized('Lynas') // → true */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0)
  // ASCII fast path: this runs for every token.
  if (code < 0x80) return code >= 65 && code <= 90
  const first = word.codePointAt(0)
  if (first === undefined) return false
  const char = String.fromCodePoint(first)
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

/**
 * True when a word starts with an ASCII digit: `/^\d/u.test(word)` without a regex, as this runs for every token.
 *
 * @example
 * startsWithDigit('2025') // → true
 */
export function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** True when a word is all upper-case letters (`USA`, `CREIA`). @example isAllCaps('MIIT') // → true */
export function isAllCaps(word: string): boolean {
  let ascii = true
  let letters = 0
  for (let index = 0; index < word.length && ascii; index++) {
    const code = word.charCodeAt(index)
    if (code >= 97 && code <= 122) return false
    if (code >= 65 && code <= 90) letters += 1
    else if (code >= 0x80) ascii = false
  }
  if (ascii) return letters > 0
  return word.length > 0 && word === word.toUpperCase() && word !== word.toLowerCase()
}
