/**
 * The single-byte code pages other than those of K1-K5 that UTF-8 text is commonly mis-decoded with: Windows-1251
 * (Cyrillic), MacRoman, code page 437 (DOS), Windows-1250 (Central European) and Windows-1257 (Baltic). Each maps
 * the bytes 0x80-0xFF to characters; U+FFFF marks a byte the page leaves undefined. The tables are those of the
 * Unicode Consortium's mapping files (as Python's codecs give them), written out so no ICU build is needed.
 */

/** The name of a code page, as `DamageKind` `other-code-page` repairs report it in their diagnostic. */
export type OtherPageName = 'windows-1251' | 'mac-roman' | 'cp437' | 'windows-1250' | 'windows-1257'

/** A code page: its name, how people call it, and the byte each character it decodes to came from. */
export interface OtherPage {
  readonly name: OtherPageName
  readonly label: string
  /** Character (UTF-16 code unit) → byte, for the bytes 0x80-0xFF it defines. */
  readonly byteOf: ReadonlyMap<number, number>
  /** Byte 0xA0 is NBSP on this page, so a sloppy decoder may have turned it into a space. */
  readonly nbspAtA0: boolean
  /** The characters that start a span on this page: those of its UTF-8 lead bytes (0xC2-0xF4) it is read from. */
  readonly leads: ReadonlySet<number>
}

/**
 * MacRoman's lead bytes that are everyday punctuation of correct text (`– — “ ” ‘ ’ « » …`, NBSP, `⁄ € ‹ › ﬁ ﬂ`):
 * read as UTF-8 leads they would give only Cyrillic, Armenian, IPA or rare Arabic letters, so they start no span.
 */
const isEverydayMacRomanLead = (byte: number): boolean =>
  (byte >= 0xd0 && byte <= 0xd5) || (byte >= 0xc7 && byte <= 0xca) || (byte >= 0xda && byte <= 0xdf)

function page(name: OtherPageName, label: string, high: string): OtherPage {
  const byteOf = new Map<number, number>()
  for (let index = 0; index < high.length; index++) {
    const code = high.charCodeAt(index)
    if (code !== 0xffff && !byteOf.has(code)) byteOf.set(code, 0x80 + index)
    // A browser-like decoder turns a byte the page leaves undefined into the C1 control of the same number.
    else if (code === 0xffff && index < 0x20) byteOf.set(0x80 + index, 0x80 + index)
  }
  const leads = new Set<number>()
  for (const [code, byte] of byteOf) {
    if (byte >= 0xc2 && byte <= 0xf4 && !(name === 'mac-roman' && isEverydayMacRomanLead(byte))) leads.add(code)
  }
  return Object.freeze({name, label, byteOf, nbspAtA0: high.charCodeAt(0x20) === 0xa0, leads})
}

/** The pages, in the order a tie between them is settled (the commoner mix-up first). */
export const OTHER_PAGES: ReadonlyArray<OtherPage> = Object.freeze([
  // Windows-1251: Cyrillic Windows.
  page(
    'windows-1251',
    'Windows-1251',
      '\u0402\u0403\u201A\u0453\u201E\u2026\u2020\u2021\u20AC\u2030\u0409\u2039\u040A\u040C\u040B\u040F' +
      '\u0452\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFF\u2122\u0459\u203A\u045A\u045C\u045B\u045F' +
      '\u00A0\u040E\u045E\u0408\u00A4\u0490\u00A6\u00A7\u0401\u00A9\u0404\u00AB\u00AC\u00AD\u00AE\u0407' +
      '\u00B0\u00B1\u0406\u0456\u0491\u00B5\u00B6\u00B7\u0451\u2116\u0454\u00BB\u0458\u0405\u0455\u0457' +
      '\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F' +
      '\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F' +
      '\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F' +
      '\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F'
  ),
  // MacRoman: classic Mac OS.
  page(
    'mac-roman',
    'MacRoman',
      '\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8' +
      '\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC' +
      '\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8' +
      '\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8' +
      '\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153' +
      '\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02' +
      '\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4' +
      '\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7'
  ),
  // code page 437: the IBM PC / DOS console.
  page(
    'cp437',
    'code page 437',
      '\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5' +
      '\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00A2\u00A3\u00A5\u20A7\u0192' +
      '\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u2310\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB' +
      '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510' +
      '\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567' +
      '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580' +
      '\u03B1\u00DF\u0393\u03C0\u03A3\u03C3\u00B5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229' +
      '\u2261\u00B1\u2265\u2264\u2320\u2321\u00F7\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0'
  ),
  // Windows-1250: Central European Windows.
  page(
    'windows-1250',
    'Windows-1250',
      '\u20AC\uFFFF\u201A\uFFFF\u201E\u2026\u2020\u2021\uFFFF\u2030\u0160\u2039\u015A\u0164\u017D\u0179' +
      '\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFF\u2122\u0161\u203A\u015B\u0165\u017E\u017A' +
      '\u00A0\u02C7\u02D8\u0141\u00A4\u0104\u00A6\u00A7\u00A8\u00A9\u015E\u00AB\u00AC\u00AD\u00AE\u017B' +
      '\u00B0\u00B1\u02DB\u0142\u00B4\u00B5\u00B6\u00B7\u00B8\u0105\u015F\u00BB\u013D\u02DD\u013E\u017C' +
      '\u0154\u00C1\u00C2\u0102\u00C4\u0139\u0106\u00C7\u010C\u00C9\u0118\u00CB\u011A\u00CD\u00CE\u010E' +
      '\u0110\u0143\u0147\u00D3\u00D4\u0150\u00D6\u00D7\u0158\u016E\u00DA\u0170\u00DC\u00DD\u0162\u00DF' +
      '\u0155\u00E1\u00E2\u0103\u00E4\u013A\u0107\u00E7\u010D\u00E9\u0119\u00EB\u011B\u00ED\u00EE\u010F' +
      '\u0111\u0144\u0148\u00F3\u00F4\u0151\u00F6\u00F7\u0159\u016F\u00FA\u0171\u00FC\u00FD\u0163\u02D9'
  ),
  // Windows-1257: Baltic Windows.
  page(
    'windows-1257',
    'Windows-1257',
      '\u20AC\uFFFF\u201A\uFFFF\u201E\u2026\u2020\u2021\uFFFF\u2030\uFFFF\u2039\uFFFF\u00A8\u02C7\u00B8' +
      '\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFF\u2122\uFFFF\u203A\uFFFF\u00AF\u02DB\uFFFF' +
      '\u00A0\uFFFF\u00A2\u00A3\u00A4\uFFFF\u00A6\u00A7\u00D8\u00A9\u0156\u00AB\u00AC\u00AD\u00AE\u00C6' +
      '\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00F8\u00B9\u0157\u00BB\u00BC\u00BD\u00BE\u00E6' +
      '\u0104\u012E\u0100\u0106\u00C4\u00C5\u0118\u0112\u010C\u00C9\u0179\u0116\u0122\u0136\u012A\u013B' +
      '\u0160\u0143\u0145\u00D3\u014C\u00D5\u00D6\u00D7\u0172\u0141\u015A\u016A\u00DC\u017B\u017D\u00DF' +
      '\u0105\u012F\u0101\u0107\u00E4\u00E5\u0119\u0113\u010D\u00E9\u017A\u0117\u0123\u0137\u012B\u013C' +
      '\u0161\u0144\u0146\u00F3\u014D\u00F5\u00F6\u00F7\u0173\u0142\u015B\u016B\u00FC\u017C\u017E\u02D9'
  )
])

/**
 * A regex character class (source, without the brackets) that holds every character starting a span on some page
 * and not ASCII: Latin-1 and Latin Extended-A letters and a few signs (`¬ ± µ ·`, `ƒ`), the Greek letters of code
 * page 437, the Cyrillic of Windows-1251, MacRoman's `‚ „ ‡ ‰` and maths (`∆ √ ∞ ≈ ≤ ≥`), box drawings and `◊`.
 * It is a superset written as a few ranges, because V8 scans a class of a few ranges three times faster than one
 * listing each of the 176 characters; each match is then checked against the pages' own `leads`.
 *
 * @example
 * new RegExp(`[${OTHER_LEAD_BLOCKS}]`).test('ChinaвЂ™s') // true
 */
export const OTHER_LEAD_BLOCKS =
  '\\u00AC\\u00B1\\u00B5\\u00B7\\u00C0-\\u017D\\u0192\\u0393-\\u03C6\\u0412-\\u0444\\u201A\\u201E\\u2021\\u2030\\u2206-\\u2320\\u2500-\\u25CA\\uF8FF'

/**
 * Whether a character (and the one after it) shows damage of these pages, as K1-K5 damage hardly ever does: a
 * character none of the base code pages has (a Latin Extended-A letter or caron outside Windows-1252, Greek,
 * Cyrillic, `₧ № √ ∆ ≈ ≤`, box drawings, `◊`), one of the few base characters that stand for other bytes on a
 * page and are all a span may show (`ÿ` in MacRoman `ÿ±`, `Æ Ø æ ø` in Windows-1257's `ÄÆ`), or MacRoman's
 * `‚Ä`/`‚Ñ` (`’ ™` begin so) and `ƒ` before a continuation character (`ƒÅ` is `ā`). Windows-1252's own
 * `‚ ƒ Œ œ Š š Ÿ Ž ž ˆ ˜`, which K3 damage is full of, do not count.
 *
 * @param code the character
 * @param next the character after it (`NaN` at the end)
 * @example
 * showsOtherPage(0x0412, 0x0402) // true ('ВЂ')
 * showsOtherPage(0x0153, NaN) // false ('œ', as in K3 `â€œ`)
 */
export function showsOtherPage(code: number, next: number): boolean {
  if (code === 0x201a) return next === 0xc4 || next === 0xd1
  if (code === 0x0192) return MAC_ROMAN_CONTINUATIONS.has(next)
  if (code < 0x100) return code === 0xc6 || code === 0xd8 || code === 0xe6 || code === 0xf8 || code === 0xff
  if (code <= 0x17c) return code !== 0x152 && code !== 0x153 && code !== 0x160 && code !== 0x161 && code !== 0x178
  return (
    (code >= 0x2c7 && code <= 0x2dd && code !== 0x2dc) ||
    (code >= 0x393 && code <= 0x3c6) ||
    (code >= 0x401 && code <= 0x491) ||
    code === 0x20a7 ||
    code === 0x2116 ||
    (code >= 0x2202 && code <= 0x2320) ||
    (code >= 0x2500 && code <= 0x25ca) ||
    code === 0xf8ff
  )
}

/** MacRoman's continuation characters (bytes 0x80-0xBF). */
const MAC_ROMAN_CONTINUATIONS: ReadonlySet<number> = (() => {
  const macRoman = OTHER_PAGES.find((known) => known.name === 'mac-roman')
  const codes = new Set<number>()
  for (const [code, byte] of macRoman?.byteOf ?? []) if (byte >= 0x80 && byte <= 0xbf) codes.add(code)
  return codes
})()

/**
 * A regex character class (source, without the brackets) of a few ranges that holds every character for which
 * `showsOtherPage` may be true: the cheap first test (V8 scans a class of a few ranges several times faster than
 * one of many).
 */
export const OTHER_GATE_BLOCKS = '\\u00C6\\u00D8\\u00E6\\u00F8\\u00FF-\\u02DD\\u0393-\\u0491\\u201A\\u20A7\\u2116\\u2202-\\u25CA\\uF8FF'
