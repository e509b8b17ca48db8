import type {DamageKind} from '../schema/encoding.js'
import type {OtherPageName} from './other-code-pages.js'

/** One repair, with offsets into the text it was found in. */
export interface Edit {
  readonly start: number
  readonly end: number
  readonly from: string
  readonly to: string
  readonly kind: DamageKind
  readonly lossy: boolean
  readonly confidence: number
  /** For `other-code-page` damage, the page it was read with (named in the diagnostic). */
  readonly page?: OtherPageName
}

/**
 * `text[from, to)` with the repairs already made there applied, so an inner layer sees the quote that opened
 * before it as `“`, not as raw mojibake. Walks back from the last repair only as far as `from`.
 *
 * @example
 * repairedSlice('a โb', [{start: 2, end: 3, from: 'โ', to: '“', kind: 'lossy-thai', lossy: true, confidence: 0.9}], 0, 4) // 'a “b'
 */
export function repairedSlice(text: string, done: ReadonlyArray<Edit>, from: number, end: number): string {
  let first = done.length
  while (first > 0 && (done[first - 1]?.start ?? 0) >= from) first--
  const inside = done.slice(first).filter((edit) => edit.end <= end)
  return applyEdits(text.slice(from, end), inside.map((edit) => ({start: edit.start - from, end: edit.end - from, to: edit.to})))
}

/**
 * A function giving the line (0-based) of an offset in a text, by binary search over its line starts.
 *
 * @example
 * lineIndex('a\nb')(2) // 1
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}

/**
 * Apply edits (sorted, non-overlapping, offsets into `text`).
 *
 * @example
 * applyEdits('Chinaโs', [{start: 5, end: 6, from: 'โ', to: '’', kind: 'lossy-thai', lossy: true, confidence: 0.8}]) // 'China’s'
 */
export function applyEdits(text: string, edits: ReadonlyArray<Pick<Edit, 'start' | 'end' | 'to'>>): string {
  const parts: string[] = []
  let cursor = 0
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.start), edit.to)
    cursor = edit.end
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}
