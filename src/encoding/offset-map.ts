import {lineCounter} from './line-counter.js'

/** A replacement of `[start, end)` of a source text by `to`. */
export interface Change {
  readonly start: number
  readonly end: number
  readonly to: string
}

/**
 * A function mapping an offset in the changed text back to the source text. Offsets between changes shift by the
 * length difference so far; an offset inside a replacement maps into the replaced span, never past its end.
 *
 * @param changes sorted, non-overlapping changes of the source
 * @returns the mapping, linear to build and logarithmic per call
 * @example
 * const toSource = offsetMapper([{start: 5, end: 7, to: '©'}]) // 'ab de©!' from 'ab deยฉ!'
 * toSource(6) // 7
 */
export function offsetMapper(changes: ReadonlyArray<Change>): (offset: number) => number {
  if (changes.length === 0) return (offset) => offset
  const newStarts: number[] = []
  const newEnds: number[] = []
  let shift = 0
  for (const change of changes) {
    newStarts.push(change.start + shift)
    shift += change.to.length - (change.end - change.start)
    newEnds.push(change.end + shift)
  }
  return (offset) => {
    let low = 0
    let high = newStarts.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if ((newStarts[middle] ?? 0) <= offset) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    if (found < 0) return offset
    const change = changes[found]
    const newStart = newStarts[found] ?? 0
    const newEnd = newEnds[found] ?? 0
    if (change === undefined) return offset
    // A deletion (`to` empty) maps to just after what it deleted: the text there starts after it.
    if (offset >= newEnd && (offset > newStart || change.to === '')) return change.end + (offset - newEnd)
    return Math.min(change.start + (offset - newStart), change.end)
  }
}

/**
 * A superset of the characters NFC can change or move: combining marks and the scripts that have them, Hangul
 * jamo and syllables, the NFC singletons (`\u2000 \u2001 Ω K Å 〈 〉 ⫝̸`, CJK compatibility ideographs), and every astral
 * character (marks and ideographs among them). Thai counts only for its seven combining marks (`\u0E38-\u0E3A`,
 * `\u0E48-\u0E4B`): the rest of it neither composes nor reorders, and K1 mojibake is full of it. Text without any of
 * them (English with curly quotes, dashes, `™ © €`) is NFC already, which one regex test proves faster than normalising. The class is of UTF-16 code units, without the `u`
 * flag (2.4× faster in V8): an astral character is found by its high surrogate (`\uD800-\uDBFF`).
 */
const NFC_RISK =
  // eslint-disable-next-line no-misleading-character-class -- ranges of code units, nothing here is combined
  /[\u0300-\u0DFF\u0E38-\u0E3A\u0E48-\u0E4B\u0E80-\u1FFF\u2000\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u2ADC\u2C00-\u2DFF\u3000-\u30FF\uA000-\uABFF\uAC00-\uDBFF\uF900-\uFB4F\uFE00-\uFE2F]/

/** A run of characters from U+0300 up, with the one character before it: NFC never reaches further. */
const NFC_CHUNK = /[\0-\u02FF]?[^\0-\u02FF]+/g

/**
 * The changes that NFC makes to a text, as local changes (so offsets can be mapped back). Characters below U+0300
 * are stable and never the second half of a composition, so each run of higher characters, with the character
 * before it, normalises on its own.
 *
 * @param text the text
 * @param risky (optional) whether the text holds a character of `NFC_RISK`, when a scan has told already
 * @example
 * nfcChanges('cafe\u0301') // [{start: 3, end: 5, to: 'é'}]
 */
export function nfcChanges(text: string, risky = NFC_RISK.test(text)): Change[] {
  if (!risky) return []
  const normalized = text.normalize('NFC')
  if (normalized === text) return []
  const changes: Change[] = []
  for (const match of text.matchAll(NFC_CHUNK)) {
    const chunk = match[0]
    const to = chunk.normalize('NFC')
    if (to !== chunk) changes.push({start: match.index, end: match.index + chunk.length, to})
  }
  return changes
}

/** How far `nfcRiskNear` looks along a run of characters from U+0300 up before it gives up and says yes. */
const NEAR = 32

/**
 * Whether NFC may change the part of a text around `[start, end)`: the runs of characters from U+0300 up that
 * touch it, and the character before them (NFC's reach, as in `nfcChanges`). `false` proves that NFC leaves that
 * part alone; over long runs it answers `true` rather than read on.
 *
 * @example
 * nfcRiskNear('China’s', 5, 6) // false
 * nfcRiskNear('e\u0300x', 1, 2) // true
 */
export function nfcRiskNear(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && text.charCodeAt(from - 1) >= 0x300) if (start - --from > NEAR) return true
  let to = end
  while (to < text.length && text.charCodeAt(to) >= 0x300) if (++to - end > NEAR) return true
  // A few characters, read one by one: cheaper than a copy and a regex for each repair.
  for (let index = Math.max(0, from - 1); index < to; index++) if (isNfcRisk(text.charCodeAt(index))) return true
  return false
}

/**
 * Whether a code unit is in `NFC_RISK` (the same ranges, as comparisons): a character NFC may change or move.
 *
 * @example
 * isNfcRisk(0x0301) // true (a combining acute accent)
 * isNfcRisk(0x2019) // false
 */
export function isNfcRisk(code: number): boolean {
  if (code < 0x300) return false
  if (code <= 0x0dff) return true
  if (code < 0x0e80) return (code >= 0x0e38 && code <= 0x0e3a) || (code >= 0x0e48 && code <= 0x0e4b)
  if (code <= 0x1fff) return true
  if (code < 0x3000) {
    return (
      code === 0x2000 || code === 0x2001 || (code >= 0x20d0 && code <= 0x20ff) || code === 0x2126 || code === 0x212a ||
      code === 0x212b || code === 0x2329 || code === 0x232a || code === 0x2adc || (code >= 0x2c00 && code <= 0x2dff)
    )
  }
  if (code <= 0x30ff) return true
  return (code >= 0xa000 && code <= 0xabff) || (code >= 0xac00 && code <= 0xdbff) || (code >= 0xf900 && code <= 0xfb4f) || (code >= 0xfe00 && code <= 0xfe2f)
}

/** Where an offset is: line (1-based), column (1-based) and the offset itself. */
export interface Place {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/**
 * The places of some UTF-16 offsets in a text (`\n`, `\r\n` and `\r` end lines), found in one walk up to the
 * furthest of them.
 *
 * @param text the text
 * @param offsets the offsets to place, in any order
 * @returns a function giving the place of each of those offsets
 * @example
 * placesOf('ab\ncd', [4, 1])(4) // {line: 2, column: 2, offset: 4}
 */
export function placesOf(text: string, offsets: ReadonlyArray<number>): (offset: number) => Place {
  const found = new Map<number, Place>()
  const lines = lineCounter(text)
  for (const offset of [...new Set(offsets)].sort((a, b) => a - b)) {
    // The line starts after the last break before the offset (`\r\n` ends with `\n`, a lone `\r` with itself).
    const lineStart = offset === 0 ? 0 : Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1
    found.set(offset, {line: lines(offset) + 1, column: offset - lineStart + 1, offset})
  }
  return (offset) => found.get(offset) ?? placesOf(text, [offset])(offset)
}
