import {companyAbbreviations, placeAbbreviations, referenceAbbreviations, titleAbbreviations} from '../lexicon/abbreviations.js'
import {monthAbbreviations} from '../lexicon/months.js'
import type {TextSpan} from '../schema/mentions.js'
import {isSpaceCode} from '../structure/is-space-code.js'

// After these a period never ends a sentence: titles, `No. 1`, months, `e.g.`.
const neverFinal: ReadonlySet<string> = new Set([...titleAbbreviations, ...referenceAbbreviations, ...monthAbbreviations])
// After these a period ends a sentence only if a typical sentence opening follows (`… in the U.S. The plan`).
const sometimesFinal: ReadonlySet<string> = new Set([...companyAbbreviations, ...placeAbbreviations])
const openers = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'in', 'but', 'and', 'however', 'as', 'a', 'an', 'we', 'they',
  'he', 'she', 'i', 'there', 'meanwhile', 'still', 'yet', 'so', 'if', 'when', 'while', 'such', 'our', 'for', 'with',
  'on', 'at', 'by', 'after', 'before', 'since', 'what', 'why', 'how', 'who', 'frankly', 'overall', 'finally', 'first',
  'second', 'third', 'then', 'today', 'now', 'both', 'each', 'his', 'her', 'their', 'to', 'from', 'despite', 'although'
])

// Closing quotes and brackets stay with the sentence they close; `โ` is the lossy-Thai mojibake of `”`/`’`.
// Matched by code: this runs for every character of the text.
const isCloser = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0xbb || code === 0x203a || code === 0x0e42
// `.`, `!`, `?`, `…`.
const isTerminal = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026
const lowercase = /\p{Ll}/u
const wordChar = /[\p{L}\p{N}.]/u

const anyOpening = /[([\u201C]/u
// The pair kind of `(`, `[`, `“` (0, 1, 2) and of `)`, `]`, `”`; -1 for any other character.
const openingMark = (code: number): number => (code === 0x28 ? 0 : code === 0x5b ? 1 : code === 0x201c ? 2 : -1)
const closingMark = (code: number): number => (code === 0x29 ? 0 : code === 0x5d ? 1 : code === 0x201d ? 2 : -1)

/**
 * The spans inside balanced `(…)`, `[…]` and `“…”` pairs, merged and in order: no sentence ends in there.
 * One stack per kind of pair keeps it linear, even with thousands of unclosed brackets.
 */
function enclosedSpans(text: string): Array<[start: number, end: number]> {
  // Most sentences have no brackets or curly quotes: then nothing is enclosed.
  if (!anyOpening.test(text)) return []
  const spans: Array<[number, number]> = []
  const stacks: number[][] = [[], [], []]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const open = openingMark(code)
    if (open >= 0) {
      stacks[open]?.push(index)
      continue
    }
    const close = closingMark(code)
    if (close < 0) continue
    // Unbalanced closers are skipped; an opener left open never hides the rest of the text.
    const at = stacks[close]?.pop()
    if (at !== undefined && index > at + 1) spans.push([at + 1, index])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

/** Does the period at `index` end a sentence, given the word before it and the word after? */
function periodEnds(text: string, index: number, next: number): boolean {
  // Walk back over the word (letters, digits, inner periods): a bounded scan, no regex anchored at the end.
  let from = index
  while (from > 0 && index - from < 12 && wordChar.test(text.charAt(from - 1))) from -= 1
  const before = text.slice(from, index)
  const word = before.toLowerCase()
  // `Mt.` after a figure is a unit (`3.2 Mt.`), before a name a mountain (`Mt. Weld`).
  if (word === 'mt' && /\d\s?$/u.test(text.slice(Math.max(0, from - 2), from))) return true
  if (neverFinal.has(word)) return false
  // A lone capital is an initial (`J. Smith`), unless it is the last word of a sentence about `Plan B.`
  if (/^\p{Lu}$/u.test(before)) return false
  // `… magnets, motors, etc. Lynas said …`: a list's `etc.` before a capital ends its sentence; `etc.` never
  // precedes a name inside one.
  if (word === 'etc') return /^\p{Lu}/u.test(text.slice(next, next + 1))
  if (sometimesFinal.has(word)) {
    const following = /^\p{L}+/u.exec(text.slice(next, next + 16))?.[0]?.toLowerCase()
    return following !== undefined && openers.has(following)
  }
  return true
}

/**
 * Split text into sentences, as trimmed spans. A sentence ends at `.`, `!`, `?` or `…` (with the closing
 * quotes and brackets after it) followed by space and a word that is not lower case, or by the end. Not at
 * decimals (`1.5`), abbreviations (`U.S.`, `Co., Ltd.`, `Inc.`, `No. 1`, `e.g.`), initials, or inside
 * balanced brackets and curly quotes.
 *
 * @param text the text (one paragraph, item or highlight)
 * @returns the sentence spans, in order
 * @example
 * splitSentences('Lynas Corp. grew 1.5%. Is it big? Yes.')
 * // → [{start: 0, end: 22}, {start: 23, end: 33}, {start: 34, end: 38}]
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = []
  const enclosed = enclosedSpans(text)
  let cursor = 0
  let start = 0
  // The next terminal is found by a native search, not a loop over every character (one regex per call: its
  // `lastIndex` is this call's own).
  const terminals = /[.!?\u2026]/gu
  for (let index = 0; index < text.length; index++) {
    terminals.lastIndex = index
    const found = terminals.exec(text)
    if (!found) break
    index = found.index
    const code = text.charCodeAt(index)
    let end = index + 1
    while (end < text.length && isTerminal(text.charCodeAt(end))) end += 1
    while (end < text.length && isCloser(text.charCodeAt(end))) end += 1
    // Inside brackets or quotes, unless the closer right after the mark ends them (`“world-class.”`). The
    // positions only grow, so a cursor over the merged spans answers in amortized constant time.
    while (cursor < enclosed.length && (enclosed[cursor] as [number, number])[1] <= end - 1) cursor += 1
    const span = enclosed[cursor]
    if (span && span[0] <= end - 1) continue
    let next = end
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next += 1
    if (next < text.length) {
      if (next === end || lowercase.test(text.charAt(next))) continue
      if (code === 0x2e && end === index + 1 && !periodEnds(text, index, next)) continue
    }
    pushTrimmed(spans, text, start, end)
    start = end
    index = end - 1
  }
  pushTrimmed(spans, text, start, text.length)
  return spans
}

function pushTrimmed(spans: TextSpan[], text: string, start: number, end: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1
  if (end > start) spans.push({start, end})
}
