/** A word of a text: its characters, lower-cased form and UTF-16 offsets (`end` exclusive). */
export interface Token {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
}

// Latin, Greek and Cyrillic letters and digits make words. Thai letters are deliberately not word characters:
// in REEx text a Thai letter is mojibake (`Chinaโs`), so it must split `China` from `s`, like an apostrophe.
const word = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}]+|&/gu

// A lower-case letter followed by an upper-case one starts a new token (`EarthGroup`, `NdPr`): scrapes glue
// words together, and names like `NdFeB` are written without spaces.
const camelBoundary = /(?<=\p{Ll})(?=\p{Lu})/u

/**
 * Split text into word tokens (letters and digits; `&` is a token of its own), splitting glued camel-case
 * words too. Gazetteer aliases are tokenized the same way, so both sides agree.
 *
 * @param text the text
 * @returns the tokens, in order
 * @example
 * tokenize("Northern Rare EarthGroup's").map((t) => t.text) // → ['Northern', 'Rare', 'Earth', 'Group', 's']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(word)) {
    let start = match.index
    for (const part of match[0].split(camelBoundary)) {
      tokens.push({text: part, lower: foldCase(part), start, end: start + part.length})
      start += part.length
    }
  }
  return tokens
}

/**
 * Fold a word for comparison: lower case, accents removed (`Kärr` and `Karr` are one name).
 *
 * @example
 * foldCase('Kärr') // → 'karr'
 */
export function foldCase(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** True when a word starts with an upper-case letter. @example isCapitalized('Lynas') // → true */
export function isCapitalized(word: string): boolean {
  const first = word.codePointAt(0)
  if (first === undefined) return false
  const char = String.fromCodePoint(first)
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

/** True when a word is all upper-case letters (`USA`, `CREIA`). @example isAllCaps('MIIT') // → true */
export function isAllCaps(word: string): boolean {
  return word.length > 0 && word === word.toUpperCase() && word !== word.toLowerCase()
}
