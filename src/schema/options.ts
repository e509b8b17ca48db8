import {z} from 'zod'

/** Default `maxInputBytes`: 16 MiB, well past any real article, small enough to bound memory. */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024

/**
 * Options of `parseArticle`. Pass the input shape (`z.input<typeof ParseOptions>`); every field is optional, and
 * an unknown key is an error that names it (a misspelt `claim: false` is never silently ignored).
 *
 * - `referenceDate`: the date that month-day mentions without a year resolve against (`YYYY-MM-DD` or a
 *   valid `Date`); default: `publishedAt`, else the latest explicit date, else the copyright year.
 * - `strict` (default `false`): throw `ArticleParseError` on any error or warning diagnostic.
 * - `mentions` (default `true`): find entities, quantities and dates. `false` skips them, and claims with them
 *   (a claim is made of its mentions).
 * - `claims` (default `true`): find claims and questions.
 * - `maxInputBytes` (default 16 MiB): larger input throws `ArticleParseError` with code `input-too-large`. For a
 *   `Uint8Array` it counts bytes; for a string, UTF-16 code units (`input.length`, as memory is spent), so a
 *   string of non-Latin text may hold up to three times as many UTF-8 bytes.
 */
export const ParseOptions = z.strictObject({
  referenceDate: z
    .union([z.iso.date(), z.date()])
    .optional()
    .transform((value) => (value instanceof Date ? toIsoDate(value) : value)),
  strict: z.boolean().default(false),
  mentions: z.boolean().default(true),
  claims: z.boolean().default(true),
  maxInputBytes: z.number().int().positive().default(DEFAULT_MAX_INPUT_BYTES)
})
export type ParseOptions = z.input<typeof ParseOptions>
export type ParseSettings = z.output<typeof ParseOptions>

/** Options of `fixText`: `maxInputBytes` as for `parseArticle`; an unknown key is an error. */
export const FixOptions = z.strictObject({
  maxInputBytes: z.number().int().positive().default(DEFAULT_MAX_INPUT_BYTES)
})
export type FixOptions = z.input<typeof FixOptions>
export type FixSettings = z.output<typeof FixOptions>

function toIsoDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0')
  const m = String(date.getUTCMonth() + 1).padStart(2, '0')
  const d = String(date.getUTCDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
