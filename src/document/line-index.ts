/**
 * The start offset of every line of a text, in one array: lines end at `\n`, `\r\n` or `\r` (SPEC §2), and this
 * index is the only place the text is split into lines.
 *
 * @param text the text
 * @returns `starts[i]` is the UTF-16 offset where line `i` (0-based) starts; there is always at least one line
 * @example
 * lineStarts('ab\r\ncd\re') // → [0, 4, 7]
 */
export function lineStarts(text: string): number[] {
  const starts = [0]
  // indexOf is native and fast; a `\r` alone is found by looking for `\r` too.
  let at = 0
  while (at < text.length) {
    const lf = text.indexOf('\n', at)
    const cr = text.indexOf('\r', at)
    if (lf < 0 && cr < 0) break
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      at = text.charCodeAt(cr + 1) === 0x0a ? cr + 2 : cr + 1
    } else {
      at = lf + 1
    }
    starts.push(at)
  }
  return starts
}

/**
 * The line (0-based) that holds `offset`, by binary search over `starts`.
 *
 * @example
 * lineOf([0, 4, 7], 5) // → 1
 */
export function lineOf(starts: ReadonlyArray<number>, offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * Where the content of line `index` ends: before its line break (or at the end of the text).
 *
 * @example
 * lineEnd('ab\r\ncd', [0, 4], 0) // → 2
 */
export function lineEnd(text: string, starts: ReadonlyArray<number>, index: number): number {
  const next = starts[index + 1]
  if (next === undefined) return text.length
  let end = next
  if (text.charCodeAt(end - 1) === 0x0a) end--
  if (text.charCodeAt(end - 1) === 0x0d) end--
  return end
}
