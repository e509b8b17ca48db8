/** Width of the bar itself, in characters. */
const BAR_WIDTH = 24

/** Back to the start of the line, then erase to its end: what removes the bar before other text is written. */
export const CLEAR_LINE = '\r\x1b[K'

/**
 * Render the progress line shown on stderr (only when it is a terminal and there are several inputs): a bar,
 * the count and the input just done, cut to the terminal width. With no known total (JSONL records, counted
 * as they stream in), the count alone.
 *
 * @param done how many inputs are finished
 * @param total how many inputs there are, or undefined when it is not known in advance
 * @param name the input just finished
 * @param columns (optional) the terminal width (default: 80; also used when the terminal reports 0, as a
 *   pseudo-terminal without a size does)
 * @returns one line, no newline
 * @example
 * renderProgress(5, 10, 'a.txt', 60) // '[############------------] 5/10 a.txt'
 * renderProgress(5, undefined, 'rec-5') // '5 done rec-5'
 */
export function renderProgress(done: number, total: number | undefined, name: string, columns = 80): string {
  let line
  if (total === undefined) line = `${done} done ${name}`
  else {
    const ratio = total === 0 ? 1 : Math.min(1, done / total)
    const filled = Math.round(ratio * BAR_WIDTH)
    line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`
  }
  const width = columns > 0 ? columns : 80
  // One column short of the width: a line that fills the terminal exactly wraps on some terminals.
  return line.length < width ? line : line.slice(0, width - 1)
}

/**
 * Redraw the progress line in place: back to the start, the new line, then erase whatever the previous,
 * longer line left to its right (a short name after a long one must not keep the long one's tail).
 *
 * @example
 * drawProgress('[##] 2/2 a.txt') // '\r[##] 2/2 a.txt\x1b[K'
 */
export function drawProgress(line: string): string {
  return `\r${line}\x1b[K`
}
