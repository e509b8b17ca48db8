import {decodeUtf8Char, isContinuationByte} from './code-page.js'
import {plausibility, type Plausibility} from './plausible.js'
import {describeExact, GAP_LOST, K1_LOST, matchCut, matchLossy, type LostSet, type Role} from './targets.js'

/** One way to read a damaged span (shared between spans with the same bytes, so it holds no offsets). */
export interface Reading {
  readonly text: string
  readonly prior: number
  readonly role: Role
  /** The reading takes the space after the span as byte 0xA0, so its span ends one character later. */
  readonly absorbsSpace: boolean
  /** Bytes were lost and inferred. */
  readonly lossy: boolean
  /** Only a cut by the end of the input explains this reading (see `ReadingOptions.cut`). */
  readonly cut?: boolean
  readonly plausibility: Plausibility
}

/** Stands for a byte a decoder replaced with U+FFFD (in cache keys and surviving-byte lists). */
export const UNKNOWN_BYTE = 0x100

/** What else may have happened to a span than the loss its damage kind causes. */
export interface ReadingOptions {
  /** A sloppy decoder turned byte 0xA0 into the space after the span (`Ã ` is `à`). */
  readonly space: boolean
  /**
   * The span ends the input with fewer continuation bytes than its lead announces, and at least one survived
   * (`â€` at the very end): the input may have been cut inside the character, so any of its last bytes may be gone.
   */
  readonly cut: boolean
  /**
   * A lead `ย`/`Â` (0xC2) ends a line with nothing after it: a scraper trimmed the NBSP whose second byte (0xA0) it
   * was (`text.ย` for `text.` + NBSP).
   */
  readonly trimmed: boolean
}

/**
 * Every way to read one span: its lead byte, the continuation bytes that survived, and what may have been lost.
 *
 * @param lead the lead byte
 * @param surviving the continuation bytes that survived (`UNKNOWN_BYTE` for one replaced by U+FFFD)
 * @param count how many continuation bytes the lead announces
 * @param lost which bytes the damage deletes
 * @param options what else may have happened (see `ReadingOptions`)
 * @returns the readings (empty when nothing known fits), a new list each time
 * @example
 * readingsFor(0xe2, [0x80], 2, 'gap', {space: false, cut: true, trimmed: false}).map((r) => r.text) // ['”', '’', '“', …]
 */
export function readingsFor(
  lead: number,
  surviving: ReadonlyArray<number>,
  count: number,
  lost: LostSet,
  options: ReadingOptions
): ReadonlyArray<Reading> {
  const readings: Reading[] = []
  // A byte replaced by U+FFFD cannot be recovered, and neither can the character it belonged to: it is U+FFFD.
  if (surviving.length === count && surviving.includes(UNKNOWN_BYTE)) {
    readings.push({text: '\uFFFD', prior: 5, role: 'other', absorbsSpace: false, lossy: true, plausibility: 'symbol'})
    return readings
  }
  if (surviving.length === count) {
    pushExact(readings, [lead, ...surviving], false)
    return readings
  }
  // The commonest spans, a lead whose continuation bytes were all lost (`โ`) and a sign of English typography with
  // one byte lost (`โข`, `โฆ`, `โ€`), are read from tables built once.
  // A copy: V8 iterates and filters a frozen array several times slower than a plain one (the readings in it stay
  // frozen), and copies one fastest by spreading it (`slice` takes twenty times as long).
  if (!options.cut && !options.trimmed && !options.space) {
    const loss = lost === K1_LOST ? 1 : 0
    if (surviving.length === 0) return [...(LONE_LEADS.get(lead * 2 + loss) ?? [])]
    const byte = surviving[0] ?? 0
    if (surviving.length === 1 && lead === SIGN_LEAD && isContinuationByte(byte)) return [...(SIGN_READINGS.get(byte * 2 + loss) ?? [])]
  }
  return lossyReadings(lead, surviving, lost, options)
}

/** The readings of a span whose bytes were lost in part (see `readingsFor`). */
function lossyReadings(lead: number, surviving: ReadonlyArray<number>, lost: LostSet, options: ReadingOptions): Reading[] {
  const readings: Reading[] = []
  const targets = matchLossy(lead, surviving, lost)
  // Cut off by the end of the input: the characters that begin with the surviving bytes, unless loss alone
  // explains them already (`â€` is `”` with 0x9D lost, or any of `’ “ — – …` cut short).
  const cut = options.cut ? matchCut(lead, surviving, lost).filter((target) => !targets.includes(target)) : []
  // A reading a hundred times rarer than the likeliest one cannot win in any context (fits range 0.01-1), so it
  // is not worth scoring: `โ` keeps its quotes and dashes, not its arrows and invisible spaces.
  let floor = 0
  for (const target of targets.concat(cut)) floor = Math.max(floor, target.prior / 100)
  for (const target of targets.concat(cut)) {
    const {text, prior, role} = target
    if (prior < floor) continue
    const reading = {text, prior, role, absorbsSpace: false, lossy: true, plausibility: plausibility(text.codePointAt(0) ?? 0)}
    readings.push(cut.includes(target) ? {...reading, cut: true} : reading)
  }
  if (options.trimmed) {
    readings.push({text: '\u00A0', prior: 20, role: 'space', absorbsSpace: false, lossy: true, plausibility: 'symbol'})
  }
  if (options.space) pushExact(readings, [lead, ...surviving, 0xa0], true)
  return readings
}

function pushExact(readings: Reading[], bytes: ReadonlyArray<number>, absorbedSpace: boolean): void {
  const code = decodeUtf8Char(bytes)
  if (code < 0) return
  const kind = plausibility(code)
  if (kind === 'implausible') return
  // A BOM decoded out of `ï»¿` is not text: it goes, as it would at the start of a file.
  const text = code === 0xfeff ? '' : String.fromCodePoint(code)
  const {prior, role} = describeExact(text)
  readings.push({text, prior: absorbedSpace ? prior / 2 : prior, role, absorbsSpace: absorbedSpace, lossy: false, plausibility: kind})
}

/** The readings of a lead and some surviving bytes under either loss, frozen for a table. */
function frozenReadings(lead: number, surviving: ReadonlyArray<number>, lost: LostSet): ReadonlyArray<Reading> {
  const options = {space: false, cut: false, trimmed: false}
  return Object.freeze(lossyReadings(lead, surviving, lost, options).map((reading) => Object.freeze(reading)))
}

/** The readings of every lead byte with all its continuation bytes lost, under either loss, built once. */
const LONE_LEADS: ReadonlyMap<number, ReadonlyArray<Reading>> = (() => {
  const table = new Map<number, ReadonlyArray<Reading>>()
  for (let lead = 0xc2; lead <= 0xf4; lead++) {
    for (const lost of [GAP_LOST, K1_LOST] as const) table.set(lead * 2 + (lost === K1_LOST ? 1 : 0), frozenReadings(lead, [], lost))
  }
  return table
})()

/** The lead byte of U+2000-U+2FFF: every sign of English typography (`’ “ ” – — … • ™ €`). */
const SIGN_LEAD = 0xe2

/**
 * The readings of `SIGN_LEAD` with one of its two continuation bytes lost (`โข` is `•` or `™`, `โ€` is `”`), by
 * the byte that survived, under either loss, built once: a page of K1 or K2 damage asks for them again and again.
 */
const SIGN_READINGS: ReadonlyMap<number, ReadonlyArray<Reading>> = (() => {
  const table = new Map<number, ReadonlyArray<Reading>>()
  for (let byte = 0x80; byte <= 0xbf; byte++) {
    for (const lost of [GAP_LOST, K1_LOST] as const) table.set(byte * 2 + (lost === K1_LOST ? 1 : 0), frozenReadings(SIGN_LEAD, [byte], lost))
  }
  return table
})()
