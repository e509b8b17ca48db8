/** Width of the bar itself, in characters. */
const BAR_WIDTH = 24

/**
 * Render the progress line shown on stderr (only when it is a terminal and there are several files): a bar,
 * the count and the file just done, cut to the terminal width. The caller writes it after `\r` and clears it
 * with `\r\x1b[K`.
 *
 * @param done how many inputs are finished
 * @param total how many inputs there are
 * @param name the input just finished
 * @param columns (optional) the terminal width (default: 80; also used when the terminal reports 0, as a
 *   pseudo-terminal without a size does)
 * @returns one line, no newline
 * @example
 * renderProgress(5, 10, 'a.txt', 60) // '[############------------] 5/10 a.txt'
 */
export function renderProgress(done: number, total: number, name: string, columns = 80): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total)
  const filled = Math.round(ratio * BAR_WIDTH)
  const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`
  const width = columns > 0 ? columns : 80
  // One column short of the width: a line that fills the terminal exactly wraps on some terminals.
  return line.length < width ? line : line.slice(0, width - 1)
}
