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
 * Where `findDecodes` starts its clusters: the triggers, and any Thai, so a line's real Thai is seen whatever
 * surrounds it (`SCAN_STARTS`, as comparisons).
 *
 * @example
 * isScanStart(0x0e42) // true ('โ')
 * isScanStart(0x0e01) // true ('ก', Thai but no trigger)
 */
export const isScanStart = (code: number): boolean =>
  (code >= 0x80 && code <= 0x9f) || (code >= 0xc2 && code <= 0xf4) || (code >= 0x0e01 && code <= 0x0e5b)

/** The characters of `isScanStart`. */
export const SCAN_STARTS = /[\u0080-\u009F\u00C2-\u00F4\u0E01-\u0E5B]/g
