/**
 * Whether a UTF-16 code unit is one of the characters `\s` matches (all of them lie in the Basic Multilingual
 * Plane): for loops that fold or count white space without a regex or a copy of the text.
 *
 * @example
 * isSpaceCode(0x20) // → true
 * isSpaceCode(0xa0) // → true (NBSP)
 * isSpaceCode(0x41) // → false
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}
