import {encodeUtf8Char} from './code-page.js'

/**
 * What a character does in running text; context scoring (see `score-candidates.ts`) works on roles, so the same
 * rule ranks `’` against `—` whatever the damage kind.
 */
export type Role =
  | 'apostrophe'
  | 'open-double'
  | 'close-double'
  | 'open-single'
  | 'em-dash'
  | 'en-dash'
  | 'hyphen'
  | 'minus'
  | 'times'
  | 'bullet'
  | 'trademark'
  | 'ellipsis'
  | 'letter'
  | 'space'
  | 'invisible'
  | 'arrow'
  | 'other'

/** A character that a damaged span may stand for when bytes were lost, with how common it is in English news. */
export interface Target {
  readonly text: string
  readonly bytes: ReadonlyArray<number>
  /** Relative frequency in English news typography (only ratios matter). */
  readonly prior: number
  readonly role: Role
}

/**
 * The characters that a lossy span is allowed to become. Lost bytes can hide thousands of characters (`โ` alone is
 * any of U+2000-U+27DF with both continuation bytes in 0x80-0x9F), so inference only picks among characters that
 * English news text actually uses; the priors are rough frequencies, context does the rest.
 */
const TABLE: ReadonlyArray<readonly [string, number, Role]> = [
  ['\u2019', 1000, 'apostrophe'],
  ['\u201C', 400, 'open-double'],
  ['\u201D', 400, 'close-double'],
  ['\u2014', 300, 'em-dash'],
  ['\u2013', 150, 'en-dash'],
  ['\u2018', 80, 'open-single'],
  ['\u2022', 60, 'bullet'],
  ['\u2026', 60, 'ellipsis'],
  ['\u2122', 40, 'trademark'],
  ['\u20AC', 30, 'other'],
  ['\u2010', 4, 'hyphen'],
  ['\u2011', 2, 'hyphen'],
  ['\u2012', 1, 'en-dash'],
  ['\u2015', 1, 'em-dash'],
  ['\u201E', 2, 'open-double'],
  ['\u201A', 1, 'open-single'],
  ['\u201B', 0.5, 'open-single'],
  ['\u201F', 0.5, 'open-double'],
  ['\u2009', 3, 'space'],
  ['\u200A', 1, 'space'],
  ['\u2002', 1, 'space'],
  ['\u2003', 1, 'space'],
  ['\u202F', 2, 'space'],
  ['\u200B', 2, 'invisible'],
  ['\u200D', 1, 'invisible'],
  ['\u200E', 0.5, 'invisible'],
  ['\u200F', 0.5, 'invisible'],
  ['\u2212', 3, 'minus'],
  ['\u2192', 2, 'arrow'],
  ['\u2190', 1, 'arrow'],
  ['\u2191', 0.5, 'arrow'],
  ['\u2193', 0.5, 'arrow'],
  ['\u2248', 2, 'other'],
  ['\u2264', 1, 'other'],
  ['\u2265', 1, 'other'],
  ['\u2032', 2, 'other'],
  ['\u2033', 1, 'other'],
  ['\u2020', 1, 'other'],
  ['\u2021', 0.5, 'other'],
  ['\u2030', 1, 'other'],
  ['\u2039', 0.5, 'other'],
  ['\u203A', 0.5, 'other'],
  ['\u20B9', 2, 'other'],
  ['\u20BD', 1, 'other'],
  ['\u20A9', 1, 'other'],
  ['\u2116', 1, 'other'],
  ['\u2103', 1, 'other'],
  ['\u25CF', 2, 'bullet'],
  ['\u25AA', 1, 'bullet'],
  ['\u25A0', 1, 'bullet'],
  ['\u2713', 1, 'other'],
  ['\u2714', 1, 'other'],
  ['\u2605', 1, 'other'],
  ['\u00D7', 3, 'times'],
  // Letters whose UTF-8 form has a continuation byte in 0x80-0x9F (capital accented Latin-1 letters, much of
  // Latin Extended-A): under K1 that byte is deleted, under K2/K3 it may be one of the undefined ones.
  ...[...'ÉÖÜÇÅÁÓÄßÀÈÍÑØÚÂÊÎÔÆÏÐÝÞÃËÌÒÕÙÛ'].map((c) => [c, c === 'É' ? 5 : 'ÖÜÇÅÁÓÄß'.includes(c) ? 2 : 0.5, 'letter'] as const),
  ...[...'āăąćčďđēėęěğīıłńňőœřśşšźżžŁŚŠŽČĆĐŞ'].map((c) => [c, 1, 'letter'] as const),
  // Cyrillic letters whose second byte is one Windows-1252 leaves undefined (`с` is D1 81): a sloppy decoder
  // drops it. As letters of another script they are accepted only inside a run of repaired characters.
  ...[...'сэяАНЁ'].map((c) => [c, c === 'с' ? 2 : 0.5, 'letter'] as const),
  // C1 controls at the five bytes Windows-1252 leaves undefined: never text, but the middle layer of doubly
  // damaged text whose last byte was then lost (`”` → `â€\u009D` → `รขโ‚ฌย`); accepted only inside a run.
  // Their priors follow what the byte completes most often: 0x9D ends `”`, 0x90 `‐`, 0x8D a zero-width joiner.
  ['\u009D', 4, 'other'],
  ['\u0090', 1, 'other'],
  ['\u008D', 1, 'other'],
  ['\u0081', 0.5, 'other'],
  ['\u008F', 0.5, 'other']
]

/**
 * Bytes a K1 (lossy TIS-620) damage deletes: everything TIS-620 leaves undefined in the C1 range.
 *
 * @example
 * isLostByte(0x80, K1_LOST) // true
 */
export const K1_LOST = 'k1'
/**
 * Bytes Windows-1252 (and Windows-874 filled from it) leaves undefined, so a sloppy decoder drops them.
 *
 * @example
 * isLostByte(0x80, GAP_LOST) // false (0x80 is `€`)
 */
export const GAP_LOST = 'gap'
export type LostSet = typeof K1_LOST | typeof GAP_LOST

/**
 * Whether a byte can be missing from a span under this loss model.
 *
 * @example
 * isLostByte(0x99, 'k1') // true
 * isLostByte(0x9d, 'gap') // true
 */
export function isLostByte(byte: number, lost: LostSet): boolean {
  if (lost === K1_LOST) return byte >= 0x80 && byte <= 0x9f
  return byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d
}

const BY_LEAD: ReadonlyMap<number, ReadonlyArray<Target>> = (() => {
  const index = new Map<number, Target[]>()
  for (const [text, prior, role] of TABLE) {
    const bytes = encodeUtf8Char(text.codePointAt(0) ?? 0)
    const lead = bytes[0] ?? 0
    const list = index.get(lead) ?? []
    list.push(Object.freeze({text, bytes: Object.freeze(bytes), prior, role}))
    index.set(lead, list)
  }
  return index
})()

/**
 * The known targets that fit a lead byte followed by the surviving continuation bytes, when the bytes in between
 * or after may have been lost: a target fits when deleting its lost-able bytes leaves exactly `surviving`.
 *
 * @param lead the lead byte (the damaged span's first character, mapped back through its code page)
 * @param surviving the continuation bytes that survived, in order
 * @param lost which bytes can have been lost
 * @returns the fitting targets (empty when nothing known fits)
 * @example
 * matchLossy(0xe2, [0xa2], 'k1').map((t) => t.text) // ['•', '™']
 */
export function matchLossy(lead: number, surviving: ReadonlyArray<number>, lost: LostSet): Target[] {
  const candidates = BY_LEAD.get(lead)
  if (candidates === undefined) return []
  const fits: Target[] = []
  for (const target of candidates) {
    let next = 0
    let ok = true
    let missing = 0
    for (let index = 1; index < target.bytes.length && ok; index++) {
      const byte = target.bytes[index] ?? 0
      // Lost and surviving bytes are disjoint sets, so each byte is either matched or explained as lost.
      if (next < surviving.length && surviving[next] === byte) next++
      else if (isLostByte(byte, lost)) missing++
      else ok = false
    }
    if (ok && next === surviving.length && missing > 0) fits.push(target)
  }
  return fits
}

/**
 * The known targets that begin with a lead byte and the surviving continuation bytes (lost bytes allowed between
 * them) and go on past them: what a span may be when the input was cut off inside it.
 *
 * @param lead the lead byte
 * @param surviving the continuation bytes that survived, in order (at least one)
 * @param lost which bytes can have been lost before the cut
 * @returns the fitting targets
 * @example
 * matchCut(0xe2, [0x80], 'gap').map((t) => t.text).slice(0, 3) // ['’', '“', '”']
 */
export function matchCut(lead: number, surviving: ReadonlyArray<number>, lost: LostSet): Target[] {
  const candidates = BY_LEAD.get(lead)
  if (candidates === undefined || surviving.length === 0) return []
  const fits: Target[] = []
  for (const target of candidates) {
    let next = 0
    let index = 1
    for (; index < target.bytes.length && next < surviving.length; index++) {
      const byte = target.bytes[index] ?? 0
      if (surviving[next] === byte) next++
      else if (!isLostByte(byte, lost)) break
    }
    if (next === surviving.length && index < target.bytes.length) fits.push(target)
  }
  return fits
}

/**
 * The prior and role of a character that is known exactly (no byte lost), for ranking it against lossy readings
 * of the same span.
 *
 * @example
 * describeExact('à') // {prior: 5, role: 'letter'}
 */
export function describeExact(text: string): {prior: number; role: Role} {
  return BY_TEXT.get(text) ?? {prior: 5, role: LETTER.test(text) ? 'letter' : 'other'}
}

/** A letter of any script (made once: a regex literal in the function would be made on every call). */
const LETTER = /\p{L}/u

/** The targets by their text, for `describeExact`. */
const BY_TEXT: ReadonlyMap<string, {readonly prior: number; readonly role: Role}> = new Map(
  TABLE.map(([text, prior, role]) => [text, Object.freeze({prior, role})] as const)
)
