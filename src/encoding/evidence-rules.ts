import type {DamageKind} from '../schema/encoding.js'
import type {Decode, Scan} from './find-decodes.js'

// The evidence rules of `repairText`: which spans count as damage before any reading is chosen (docs/encoding.md,
// "Weigh the evidence").

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)

/** The evidence rules that do not depend on which reading is chosen. */
export function admissible(decode: Decode, scan: Scan, corroborated: ReadonlySet<number>): boolean {
  switch (decode.strength) {
    case 'thai':
      // A run of real Thai on the line means Thai characters here are Thai, not damage.
      return !scan.thaiLines.has(decode.line)
    case 'weak':
      // A correctly encoded `–` on a line says the line was decoded right (`Mccoy – DrÃ¥ber`), unless more damage
      // on the line says otherwise (`relatifs Ã l’utilisation … lâ€™Ã©galitÃ©`).
      return !scan.cleanLines.has(decode.line) || corroborated.has(decode.line)
    case 'lone':
    case 'strong':
    case 'c1':
      return true
  }
}

/**
 * What is left of a span when nothing else in the text proves Windows-1252 damage: a lead character with no
 * continuation (`Ã`) is ordinary text then, and 0xA0 read from a space counts only after `Â` and `Ã`.
 */
export function withoutEvidence(text: string, decode: Decode): Decode | undefined {
  if (decode.strength === 'lone') return undefined
  // Thai spans answer to the Thai-run rule; strong spans and C1 controls are evidence themselves.
  if (decode.strength !== 'weak') return decode
  const lead = text.charCodeAt(decode.start)
  // `Ä\u00A0` is a letter before a NBSP (`SELKÄ\u00A0EDELLÄ`) unless other damage says otherwise.
  if (decode.nbspContinuation && lead !== 0xc2 && lead !== 0xc3) return undefined
  if (decode.found > 0) return decode
  const readings = decode.readings.filter((reading) => !reading.lossy)
  return readings.length > 0 ? {...decode, readings} : undefined
}

/**
 * A lone Greek, Cyrillic, Hebrew or Arabic letter decoded from two bytes (`×”` → `ה`) is a coincidence, not a
 * word; a lone C1 control is no repair at all.
 */
export function dropLoneScripts(text: string, decodes: ReadonlyArray<Decode>): ReadonlyArray<Decode> {
  // Most texts have no such span: then the list stands as it is, with no copy.
  if (!decodes.some(isAllScript)) return decodes
  return decodes.filter((decode, index) => {
    if (!isAllScript(decode)) return true
    const before = decodes[index - 1]
    const after = decodes[index + 1]
    // A letter of another script inside a Latin word (`IL2RÎ³cKO`) is a word of its own kind: a Greek γ.
    if (isAsciiLetter(text.charCodeAt(decode.start - 1)) && isAsciiLetter(text.charCodeAt(decode.end))) return true
    const end = decode.readings.some((reading) => reading.absorbsSpace) ? decode.end + 1 : decode.end
    const beforeEnd = before?.readings.some((reading) => reading.absorbsSpace) ? before.end + 1 : before?.end
    return beforeEnd === decode.start || (after !== undefined && (after.start === decode.end || after.start === end))
  })
}

/** Every reading of the span is a letter of another script or a C1 control. */
function isAllScript(decode: Decode): boolean {
  for (const reading of decode.readings) if (reading.plausibility !== 'script' && reading.plausibility !== 'c1') return false
  return true
}

/** K1 and K2 read `ยฉ` and `รฉ` alike; such spans take the kind the rest of the document shows. */
export function thaiKind(scan: Scan): DamageKind {
  const k2 = scan.decodes.some((decode) => decode.strength === 'thai' && decode.hasHigh)
  const k1 = scan.decodes.some((decode) => decode.strength === 'thai' && !decode.hasHigh && decode.readings.some((r) => r.lossy))
  return k2 && !k1 ? 'windows-874' : 'lossy-thai'
}
