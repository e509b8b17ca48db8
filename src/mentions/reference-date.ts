import type {Copyright} from '../schema/article.js'
import type {FoundDate} from '../schema/mentions.js'

/**
 * Choose the date that year-less dates resolve against: the caller's `referenceDate`, else `publishedAt`,
 * else the latest explicit full date in the text, else the copyright year (`YYYY`), else none.
 *
 * @param given `options.referenceDate`, if any
 * @param publishedAt the Article's date line, if any
 * @param explicitDates dates found in the text without a reference (only full, explicit ones count)
 * @param copyright the copyright line, if any
 * @returns `YYYY-MM-DD`, `YYYY` or `undefined`
 * @example
 * resolveReferenceDate(undefined, null, [], {year: 2025, holder: 'Rare Earth Exchanges', notice: '…'}) // → '2025'
 */
export function resolveReferenceDate(
  given: string | undefined,
  publishedAt: string | null,
  explicitDates: ReadonlyArray<FoundDate>,
  copyright: Copyright | null
): string | undefined {
  if (given) return given
  if (publishedAt) return publishedAt
  let latest: string | undefined
  for (const date of explicitDates) {
    // A year-less `--MM-DD` names no year: it cannot be a reference.
    if (date.precision !== 'day' || date.yearInferred || date.value.startsWith('--')) continue
    // ISO day strings of equal length order like the dates they name.
    if (!latest || date.value > latest) latest = date.value
  }
  if (latest) return latest
  const year = copyright?.year
  return year !== null && year !== undefined && year >= 1000 && year <= 9999 ? String(year) : undefined
}
