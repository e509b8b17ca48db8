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
 * @example
 * nfcChanges('cafe\u0301') // [{start: 3, end: 5, to: 'é'}]
 */
export function nfcChanges(text: string): Change[] {
  if (!NFC_RISK.test(text)) return []
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
  return NFC_RISK.test(text.slice(Math.max(0, from - 1), to))
}

/**
 * Line (1-based), column (1-based) and offset of a UTF-16 offset in a text (`\n`, `\r\n` and `\r` end lines).
 *
 * @example
 * placeOf('ab\ncd', 4) // {line: 2, column: 2, offset: 4}
 */
export function placeOf(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1, offset}
}
