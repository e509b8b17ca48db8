/**
 * Line numbers (0-based) of growing offsets, jumping from line break to line break so a whole scan stays linear.
 *
 * @example
 * const lines = lineCounter('a\nb\r\nc')
 * lines(0) // 0
 * lines(5) // 2
 */
export function lineCounter(text: string): (offset: number) => number {
  const walker = new LineWalker(text)
  return (offset) => walker.lineAt(offset)
}

/**
 * Lines of growing offsets, as `lineCounter` counts them, and where each starts: the offset just past the last
 * line break before it (`\r\n` is one break). The start tells quote tracking where the last break before a span
 * is, with no second walk over the breaks.
 *
 * @example
 * const walker = new LineWalker('a\nb\r\nc')
 * walker.lineAt(5) // 2
 * walker.lineStart // 5
 */
export class LineWalker {
  private readonly text: string
  private line = 0
  /** The start of the current line. */
  private start = 0
  // The next `\n` and `\r` at or after the last break passed (-1 when there is none): two native searches
  // instead of a regex, which costs several times more on long text.
  private lineFeed: number
  private carriageReturn: number

  constructor(text: string) {
    this.text = text
    this.lineFeed = text.indexOf('\n')
    this.carriageReturn = text.indexOf('\r')
  }

  /** Where the line of the last offset asked (by `lineAt`) starts. */
  get lineStart(): number {
    return this.start
  }

  /** The line (0-based) of `offset`, which must not be below the last offset asked. */
  lineAt(offset: number): number {
    const {text} = this
    for (;;) {
      const {lineFeed, carriageReturn} = this
      const next = lineFeed < 0 ? carriageReturn : carriageReturn < 0 ? lineFeed : Math.min(lineFeed, carriageReturn)
      if (next < 0 || next >= offset) return this.line
      this.line++
      // `\r\n` is one break.
      const end = next === carriageReturn && lineFeed === next + 1 ? next + 2 : next + 1
      this.start = end
      if (lineFeed >= 0 && lineFeed < end) this.lineFeed = text.indexOf('\n', end)
      if (carriageReturn >= 0 && carriageReturn < end) this.carriageReturn = text.indexOf('\r', end)
    }
  }
}
