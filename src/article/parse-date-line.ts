import {format, isValid, parse} from 'date-fns'

/**
 * The date a date line may carry, as written on REEx pages: `Mar 3, 2025`, `March 3, 2025`, `Sept. 3, 2025`,
 * `3 March 2025`, `2025-03-03`, `2025/03/03`, optionally after `Published`/`Posted`/`Updated`/`Last updated` (and
 * `on`) and a weekday, and optionally followed by a time of day (`at 9:15 am`, `, 09:15 AM ET`, `14:05`), which
 * `publishedAt` (a date) does not keep.
 */
const dateLine =
  /^(?:(?:published|posted|(?:last )?updated)(?: on)?:? )?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2})(?:(?:,| at| -)? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?$/iu

const formats = ['MMM d yyyy', 'MMMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'yyyy-MM-dd', 'yyyy/MM/dd']
/**
 * date-fns needs a reference date to fill the fields a format lacks; every format here has them all, so a fixed
 * epoch serves (never the clock: time is an input of this library).
 */
const epoch = new Date(0)

/** Why a line that looks like a date line was not one. */
export type DateLineResult = {date: string} | {invalid: string} | null

/**
 * Read a date line (`Mar 3, 2025`) as an ISO date. Returns `{date}` for a valid date, `{invalid}` for a line
 * shaped like a date that is not a calendar date (`Feb 30, 2025`), `null` for any other line.
 *
 * @example
 * parseDateLine('March 3, 2025') // → {date: '2025-03-03'}
 * parseDateLine('Feb 30, 2025') // → {invalid: 'Feb 30, 2025'}
 */
export function parseDateLine(text: string): DateLineResult {
  const match = dateLine.exec(text)
  if (!match) return null
  const value = (match[1] as string)
    .replace(/(\d)(?:st|nd|rd|th)/i, '$1')
    .replaceAll(',', '')
    .replaceAll('.', '')
    .replace(/^sept\b/i, 'Sep')
  for (const pattern of formats) {
    const date = parse(value, pattern, epoch)
    if (isValid(date)) return {date: format(date, 'yyyy-MM-dd')}
  }
  return {invalid: text}
}
