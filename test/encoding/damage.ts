/**
 * The damage generator: reproduces each kind of SPEC section 3 from first principles (encode as UTF-8, decode with
 * the wrong code page), independently of the repair code, so a test of repair(damage(text)) === text means
 * something. Only used by tests.
 */

const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178
]

/** TIS-620: 0xA0 NBSP, 0xA1-0xDA and 0xDF-0xFB Thai; everything else high is undefined (-1). */
function tis620(byte: number): number {
  if (byte === 0xa0) return 0xa0
  if (byte >= 0xa1 && byte <= 0xda) return 0x0e01 + byte - 0xa1
  if (byte >= 0xdf && byte <= 0xfb) return 0x0e3f + byte - 0xdf
  return -1
}

function cp1252(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? -1) : byte
}

function decodeWith(bytes: Uint8Array, table: (byte: number) => number): string {
  let out = ''
  for (const byte of bytes) {
    if (byte < 0x80) out += String.fromCharCode(byte)
    else {
      const code = table(byte)
      if (code >= 0) out += String.fromCharCode(code)
    }
  }
  return out
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Code page 437 (the IBM PC / DOS console), bytes 0x80-0xFF, from IBM's table. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0'

/** The other code pages UTF-8 is mis-decoded with, by their WHATWG names (Node's decoders), and code page 437. */
export type OtherPageName = 'windows-1251' | 'macintosh' | 'windows-1250' | 'windows-1257' | 'cp437'

/**
 * UTF-8 read as another single-byte code page: Node's WHATWG decoders (a browser's, so an undefined byte becomes
 * the C1 control of the same number), and code page 437 from its table.
 */
export function misread(text: string, page: OtherPageName): string {
  if (page !== 'cp437') return new TextDecoder(page).decode(utf8(text))
  return decodeWith(utf8(text), (byte) => CP437_HIGH.charCodeAt(byte - 0x80))
}

/** The damage kinds, each a function of clean text. */
export const damage = {
  /** K1: UTF-8 read as TIS-620, every byte TIS-620 lacks (0x80-0x9F and its holes) deleted. */
  k1: (text: string): string => decodeWith(utf8(text), tis620),
  /** K2: UTF-8 read as Windows-874 with the gaps filled from Windows-1252; bytes neither defines are lost. */
  k2: (text: string): string =>
    decodeWith(utf8(text), (byte) => (byte >= 0x80 && byte <= 0x9f ? cp1252(byte) : tis620(byte) >= 0 ? tis620(byte) : byte)),
  /** K3, sloppy: UTF-8 read as Windows-1252, undefined bytes lost and 0xA0 turned into a space. */
  k3: (text: string): string => decodeWith(utf8(text), (byte) => (byte === 0xa0 ? 0x20 : cp1252(byte))),
  /** K3, plain: UTF-8 read as Windows-1252 by a browser-like decoder (undefined bytes become C1 controls). */
  k3plain: (text: string): string => decodeWith(utf8(text), (byte) => (cp1252(byte) < 0 ? byte : cp1252(byte))),
  /** K4: UTF-8 read as Latin-1 (0x80-0x9F become C1 controls). */
  k4: (text: string): string => decodeWith(utf8(text), (byte) => byte),
  /** K5: Windows-1252 twice. */
  k5: (text: string): string => damage.k3plain(damage.k3plain(text)),
  /** K5: Windows-1252, then Latin-1. */
  k5latin: (text: string): string => damage.k4(damage.k3plain(text)),
  /** K5: Windows-874, then Windows-1252. */
  k5thai: (text: string): string => damage.k3plain(damage.k2(text)),
  /** K5: Latin-1 twice. */
  k5latin1: (text: string): string => damage.k4(damage.k4(text)),
  /** K5: Windows-1252, then Windows-874. */
  k5to874: (text: string): string => damage.k2(damage.k3plain(text)),
  /** K5: sloppy Windows-1252 twice (bytes lost and 0xA0 turned into spaces in both layers). */
  k5sloppy: (text: string): string => damage.k3(damage.k3(text)),
  /** K5: lossy Thai, then Windows-1252 (the inner layer keeps K1's losses). */
  k5k1: (text: string): string => damage.k3plain(damage.k1(text))
} as const

export type DamageName = keyof typeof damage

/** Per-word accuracy of a repair: how many of the words the damage changed came back exactly. */
export interface WordScore {
  readonly damaged: number
  readonly correct: number
  readonly wrong: ReadonlyArray<{readonly expected: string; readonly actual: string}>
}

/**
 * Score a repair against the clean text, line by line and word by word (words split on whitespace). A word counts
 * when the damage changed it; it is right when the repair gives it back exactly. When a line comes back with a
 * different number of words, every damaged word of that line counts as wrong.
 */
export function scoreWords(clean: string, repaired: string, damageOf: (text: string) => string): WordScore {
  const cleanLines = clean.split('\n')
  const repairedLines = repaired.split('\n')
  let damaged = 0
  let correct = 0
  const wrong: Array<{expected: string; actual: string}> = []
  cleanLines.forEach((line, lineIndex) => {
    const expected = line.split(/\s+/u)
    const actual = (repairedLines[lineIndex] ?? '').split(/\s+/u)
    expected.forEach((word, index) => {
      if (damageOf(word) === word) return
      damaged++
      const got = expected.length === actual.length ? actual[index] : undefined
      if (got === word) correct++
      else wrong.push({expected: word, actual: got ?? `(line) ${repairedLines[lineIndex] ?? ''}`})
    })
  })
  return {damaged, correct, wrong}
}
