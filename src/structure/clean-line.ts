/**
 * Characters that are spacing but not a plain space: NBSP (SPEC: NBSP becomes a plain space), the typographic
 * spaces, and tabs. Zero-width characters and BOMs are dropped; NUL becomes U+FFFD as micromark would make it.
 */
const spaces = /[\t\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g
const invisible = /[\u200B\u2060\uFEFF]/g
const runs = / {2,}/g
/** Anything the cleaning would change inside a line: most lines hold none and only need a trim. */
const needsCleaning = /[\t\v\f\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\u2060\uFEFF\0]| {2}/

/**
 * Clean one raw line: odd spaces to plain spaces, invisible characters dropped, NUL to U+FFFD, runs of spaces
 * folded, both ends trimmed.
 *
 * @example
 * cleanLine('\u00A0 Of course.\u00A0 Next\t') // → 'Of course. Next'
 */
export function cleanLine(raw: string): string {
  if (!needsCleaning.test(raw)) return raw.trim()
  return raw
    .replace(spaces, ' ')
    .replace(invisible, '')
    .replaceAll('\0', '\uFFFD')
    .replace(runs, ' ')
    .trim()
}

/**
 * Measure the indentation of a raw line in columns (a tab advances to the next multiple of 4).
 *
 * @example
 * measureIndent('    • nested') // → 4
 */
export function measureIndent(raw: string): number {
  let column = 0
  for (const char of raw) {
    if (char === ' ' || char === '\u00A0') column++
    else if (char === '\t') column += 4 - (column % 4)
    else break
  }
  return column
}
