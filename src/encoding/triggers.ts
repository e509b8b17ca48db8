/** Any character that can start a repair: a UTF-8 lead byte under some code page, or a C1 control. */
const TRIGGER = /[\u0080-\u009F\u00C2-\u00F4\u0E22-\u0E54]/

/**
 * Whether the text has anything that could be mojibake: one regex test, so clean text costs a single scan.
 *
 * @example
 * mayBeDamaged('China’s “rare earth” — 5…') // false
 * mayBeDamaged('Chinaโs') // true
 */
export function mayBeDamaged(text: string): boolean {
  return TRIGGER.test(text)
}

/** A character of `TRIGGER`. */
export const isTrigger = (code: number): boolean =>
  (code >= 0x80 && code <= 0x9f) || (code >= 0xc2 && code <= 0xf4) || (code >= 0x0e22 && code <= 0x0e54)

/**
 * How many characters of a text `mayBeDamaged` looks for, for short texts (a repair's `from` and `to`).
 *
 * @example
 * countTriggers('Chinaโs ยฉ') // 2
 */
export function countTriggers(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) if (isTrigger(text.charCodeAt(index))) count++
  return count
}

/**
 * Whether a text is made only of ASCII (without control characters other than tab, line feed, form feed and
 * carriage return) and the everyday signs of English typography (`’ ‘ “ ” – — … • ™ © ® € £ ¥ °`, NBSP). Such
 * text holds no trigger (`mayBeDamaged`), nothing `looksBinary` counts, and nothing that starts damage of another
 * code page: one scan, of a class of a few ranges, proves it for the usual clean text.
 *
 * @example
 * isPlainText('China’s “rare earth” — 5…\n') // true
 * isPlainText('Chinaโs') // false
 * isPlainText('a\u0000b') // false
 * isPlainText('Société') // false (not plain, though clean: repair looks, and changes nothing)
 */
export function isPlainText(text: string): boolean {
  return !OUTSIDE_EVERYDAY.test(text)
}

const OUTSIDE_EVERYDAY = /[^\t\n\f\r\x20-\x7E\u00A0\u00A3\u00A5\u00A9\u00AE\u00B0\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u2122\u20AC]/
