/**
 * Line numbers (0-based) of growing offsets, jumping from line break to line break so a whole scan stays linear.
 *
 * @example
 * const lines = lineCounter('a\nb\r\nc')
 * lines(0) // 0
 * lines(5) // 2
 */
export function lineCounter(text: string): (offset: number) => number {
  let line = 0
  // The next `\n` and `\r` at or after the last break passed (-1 when there is none): two native searches
  // instead of a regex, which costs several times more on long text.
  let lineFeed = text.indexOf('\n')
  let carriageReturn = text.indexOf('\r')
  return (offset) => {
    for (;;) {
      const next = lineFeed < 0 ? carriageReturn : carriageReturn < 0 ? lineFeed : Math.min(lineFeed, carriageReturn)
      if (next < 0 || next >= offset) return line
      line++
      // `\r\n` is one break.
      const end = next === carriageReturn && lineFeed === next + 1 ? next + 2 : next + 1
      if (lineFeed >= 0 && lineFeed < end) lineFeed = text.indexOf('\n', end)
      if (carriageReturn >= 0 && carriageReturn < end) carriageReturn = text.indexOf('\r', end)
    }
  }
}

