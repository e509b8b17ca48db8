/**
 * The single-byte code pages that mojibake comes from, as one reverse table: every character a legacy decoder
 * can produce, mapped back to the byte it was decoded from.
 *
 * The tables agree wherever they overlap, which is what lets one function serve every damage kind:
 * - Latin-1: byte `b` → U+00`b` (0x80-0x9F become C1 control characters);
 * - Windows-1252: like Latin-1 except 0x80-0x9F, which hold `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`
 *   (0x81 0x8D 0x8F 0x90 0x9D are undefined);
 * - TIS-620 / ISO-8859-11: 0xA0 → NBSP, 0xA1-0xDA → U+0E01-U+0E3A, 0xDF-0xFB → U+0E3F-U+0E5B;
 * - Windows-874: TIS-620 plus `€ … ‘ ’ “ ” • – —` at the same bytes as Windows-1252, so with its gaps filled from
 *   Windows-1252 it is the union of the two tables above.
 */

/** Windows-1252 bytes 0x80-0x9F (index = byte - 0x80); `-1` marks the five undefined bytes. */
const CP1252_HIGH: ReadonlyArray<number> = Object.freeze([
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178
])


/**
 * The byte a legacy decoder (Latin-1, Windows-1252, TIS-620, Windows-874) would have decoded into this UTF-16 code
 * unit, or `-1` when none of them produces it.
 *
 * @example
 * byteOfCode(0x0e42) // 0xE2 ('โ' in TIS-620)
 * byteOfCode(0x20ac) // 0x80 ('€' in Windows-1252)
 * byteOfCode(0x4e2d) // -1
 */
export function byteOfCode(code: number): number {
  if (code < 0x100) return code
  if (code >= 0x0e01 && code <= 0x0e3a) return code - 0x0e01 + 0xa1
  if (code >= 0x0e3f && code <= 0x0e5b) return code - 0x0e3f + 0xdf
  // Windows-1252's characters at 0x80-0x9F (`CP1252_HIGH`), as a switch: V8 compiles it to a jump table, where a
  // Map lookup costs a hash per character (this runs for every curly quote next to damage).
  switch (code) {
    case 0x20ac: return 0x80
    case 0x201a: return 0x82
    case 0x0192: return 0x83
    case 0x201e: return 0x84
    case 0x2026: return 0x85
    case 0x2020: return 0x86
    case 0x2021: return 0x87
    case 0x02c6: return 0x88
    case 0x2030: return 0x89
    case 0x0160: return 0x8a
    case 0x2039: return 0x8b
    case 0x0152: return 0x8c
    case 0x017d: return 0x8e
    case 0x2018: return 0x91
    case 0x2019: return 0x92
    case 0x201c: return 0x93
    case 0x201d: return 0x94
    case 0x2022: return 0x95
    case 0x2013: return 0x96
    case 0x2014: return 0x97
    case 0x02dc: return 0x98
    case 0x2122: return 0x99
    case 0x0161: return 0x9a
    case 0x203a: return 0x9b
    case 0x0153: return 0x9c
    case 0x017e: return 0x9e
    case 0x0178: return 0x9f
    default: return -1
  }
}

/**
 * Whether a character is one Windows-1252 has at 0x80-0x9F, above U+00FF (`Œ œ Š š Ÿ Ž ž ƒ ˆ ˜ – — ‘ ’ ‚ “ ” „ † ‡
 * • … ‰ ‹ › € ™`): correctly encoded, it is punctuation that mis-decoding would have destroyed.
 *
 * @example
 * isWindows1252Mark(0x2019) // true ('’')
 * isWindows1252Mark(0x0e42) // false ('โ' maps to 0xE2)
 */
export function isWindows1252Mark(code: number): boolean {
  if (code <= 0xff) return false
  const byte = byteOfCode(code)
  return byte >= 0x80 && byte <= 0x9f
}

/** The characters of `isWindows1252Mark`, as a regex. */
export const WINDOWS_1252_MARKS =
  /[\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/g

/**
 * How many continuation bytes a UTF-8 lead byte announces (1-3), or 0 when the byte cannot start a multi-byte
 * character (ASCII, a continuation byte, or 0xC0 0xC1 0xF5-0xFF, which UTF-8 never uses).
 *
 * @example
 * continuationCount(0xe2) // 2
 * continuationCount(0x41) // 0
 */
export function continuationCount(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1
  if (byte >= 0xe0 && byte <= 0xef) return 2
  if (byte >= 0xf0 && byte <= 0xf4) return 3
  return 0
}

/**
 * Whether a byte is a UTF-8 continuation byte (0x80-0xBF).
 *
 * @example
 * isContinuationByte(0x99) // true
 */
export function isContinuationByte(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}

/**
 * The character Windows-1252 decodes a byte to, as a code point, or `-1` for its five undefined bytes.
 *
 * @example
 * windows1252Code(0x92) // 0x2019 ('’')
 * windows1252Code(0x81) // -1
 */
export function windows1252Code(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? -1) : byte
}

/**
 * Decode bytes as Windows-1252 with the 0x80-0x9F table written out (Node's `TextDecoder('windows-1252')` returns
 * C1 controls there). The five undefined bytes become the C1 control of the same number, as browsers do.
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x92])) // 'Café’'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const chunk = 8192
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = []
    const end = Math.min(bytes.length, start + chunk)
    for (let index = start; index < end; index++) {
      const byte = bytes[index] ?? 0
      const code = windows1252Code(byte)
      codes.push(code < 0 ? byte : code)
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

/**
 * Decode UTF-8 bytes to one code point, or `-1` when they are not exactly one well-formed character (overlong
 * forms, surrogates and values past U+10FFFF are rejected).
 *
 * @example
 * decodeUtf8Char([0xe2, 0x80, 0x99]) // 0x2019
 * decodeUtf8Char([0xc0, 0x80]) // -1
 */
export function decodeUtf8Char(bytes: ReadonlyArray<number>): number {
  const lead = bytes[0] ?? 0
  const count = continuationCount(lead)
  if (count === 0 || bytes.length !== count + 1) return -1
  let code = lead & (count === 1 ? 0x1f : count === 2 ? 0x0f : 0x07)
  for (let index = 1; index <= count; index++) {
    const byte = bytes[index] ?? 0
    if (!isContinuationByte(byte)) return -1
    code = (code << 6) | (byte & 0x3f)
  }
  const minimum = count === 1 ? 0x80 : count === 2 ? 0x800 : 0x10000
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return -1
  return code
}

/**
 * Encode one code point as UTF-8 bytes.
 *
 * @example
 * encodeUtf8Char(0x2019) // [0xE2, 0x80, 0x99]
 */
export function encodeUtf8Char(code: number): number[] {
  if (code < 0x80) return [code]
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)]
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
}
