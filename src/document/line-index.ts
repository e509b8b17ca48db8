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
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 0x0d) continue
    if (code === 0x0a) starts.push(index + 1)
    else if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index++
      starts.push(index + 1)
    }
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
