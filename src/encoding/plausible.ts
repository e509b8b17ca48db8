/**
 * How believable a decoded character is as the intended text. Mojibake repair is a bet that the damaged span is
 * less likely than what it decodes to; a decode into IPA, combining marks, private use or a lone Hebrew letter is
 * a bet we would lose (ftfy's negative cases are full of them: `É’s`, `×”`, `Ä£`).
 *
 * - `latin`: Latin letters and Latin-1 symbols, fine alone;
 * - `symbol`: punctuation, currency, arrows, maths, dingbats, emoji, spacing and combining accents, fine alone;
 * - `script`: letters of an alphabet other than Latin from a two-byte sequence (Greek, Cyrillic, Hebrew, Arabic,
 *   Armenian): believable only as part of a word of at least two repaired characters;
 * - `wide`: CJK, Hangul, Thai, Indic scripts from three or four bytes: three specific bytes are strong evidence;
 * - `c1`: a C1 control: never text, but the middle layer of doubly damaged text (`Â\u009D` inside `Ã¢â‚¬Â\u009D`),
 *   so believable only inside a run that a further layer repairs;
 * - `implausible`: everything else.
 */
export type Plausibility = 'latin' | 'symbol' | 'script' | 'wide' | 'c1' | 'implausible'

const RANGES: ReadonlyArray<readonly [number, number, Plausibility]> = [
  [0x0080, 0x009f, 'c1'],
  [0x00a0, 0x00bf, 'symbol'],
  [0x00c0, 0x017f, 'latin'],
  [0x0192, 0x0192, 'symbol'],
  [0x01a0, 0x01b0, 'latin'],
  [0x01cd, 0x01dc, 'latin'],
  [0x0218, 0x021b, 'latin'],
  [0x02c6, 0x02dd, 'symbol'],
  [0x0300, 0x036f, 'symbol'],
  [0x0386, 0x03ce, 'script'],
  [0x0400, 0x045f, 'script'],
  [0x0490, 0x04ff, 'script'],
  [0x0531, 0x0587, 'script'],
  [0x05d0, 0x05ea, 'script'],
  [0x0621, 0x064a, 'script'],
  [0x0660, 0x06d3, 'script'],
  [0x0900, 0x0dff, 'wide'],
  [0x0e01, 0x0e5b, 'wide'],
  [0x1e00, 0x1eff, 'latin'],
  [0x2002, 0x200d, 'symbol'],
  [0x2010, 0x2027, 'symbol'],
  [0x202f, 0x205e, 'symbol'],
  [0x2070, 0x209c, 'symbol'],
  [0x20a0, 0x20c0, 'symbol'],
  [0x2100, 0x218b, 'symbol'],
  [0x2190, 0x23ff, 'symbol'],
  [0x2460, 0x27bf, 'symbol'],
  [0x2900, 0x2bff, 'symbol'],
  [0x3000, 0x303f, 'wide'],
  [0x3040, 0x30ff, 'wide'],
  [0x3400, 0x4dbf, 'wide'],
  [0x4e00, 0x9fff, 'wide'],
  [0xac00, 0xd7a3, 'wide'],
  [0xfeff, 0xfeff, 'symbol'],
  [0xff01, 0xff5e, 'wide'],
  [0xfffd, 0xfffd, 'symbol'],
  [0x1f000, 0x1faff, 'symbol'],
  [0x20000, 0x2fa1f, 'wide']
]

/**
 * Classify a decoded code point (see `Plausibility`).
 *
 * @example
 * plausibility(0xe9) // 'latin' (é)
 * plausibility(0x0252) // 'implausible' (ɒ, IPA)
 * plausibility(0x05d4) // 'script' (ה)
 */
export function plausibility(code: number): Plausibility {
  let low = 0
  let high = RANGES.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const range = RANGES[middle]
    if (range === undefined) break
    if (code < range[0]) high = middle - 1
    else if (code > range[1]) low = middle + 1
    else return range[2]
  }
  return 'implausible'
}
