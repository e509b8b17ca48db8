/**
 * Line numbers (0-based) of growing offsets, jumping from line break to line break so a whole scan stays linear.
 *
 * @example
 * const lines = lineCounter('a\nb\r\nc')
 * lines(0) // 0
 * lines(5) // 2
 */
export function lineCounter(text: string): (offset: number) => number {
  const breaks = /\r\n?|\n/g
  let line = 0
  let nextBreak = -2
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      if (nextBreak >= 0) line++
      const found = breaks.exec(text)
      nextBreak = found === null ? -1 : found.index
    }
    return line
  }
}

