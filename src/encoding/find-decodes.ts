import {byteOfCode, continuationCount, decodeUtf8Char, isContinuationByte, windows1252Code} from './code-page.js'
import {plausibility, type Plausibility} from './plausible.js'
import {describeExact, GAP_LOST, K1_LOST, matchLossy, type LostSet, type Role} from './targets.js'
import {isTrigger} from './triggers.js'

/** One way to read a damaged span (shared between spans with the same bytes, so it holds no offsets). */
export interface Reading {
  readonly text: string
  readonly prior: number
  readonly role: Role
  /** The reading takes the space after the span as byte 0xA0, so its span ends one character later. */
  readonly absorbsSpace: boolean
  /** Bytes were lost and inferred. */
  readonly lossy: boolean
  readonly plausibility: Plausibility
}

/**
 * How much a span proves by itself that the text is damaged:
 * - `strong`: three or more specific bytes, or a continuation character from 0x80-0x9F (`â€™`, `Ã‰`, `â\u0080\u0099`);
 * - `weak`: a Latin-1 letter and a Latin-1 symbol (`Ã©`, `Â£`) — also ordinary text in some languages;
 * - `lone`: a lead character whose continuation bytes were all lost (`â`, `Ã`);
 * - `c1`: a lone C1 control, read as the Windows-1252 character it stands for;
 * - `thai`: the span has Thai characters (K1/K2), judged by the Thai-run rule instead.
 */
export type Strength = 'strong' | 'weak' | 'lone' | 'c1' | 'thai'

/** A span that decodes, with its possible readings. */
export interface Decode {
  readonly start: number
  /** End of the characters that were mapped to bytes (readings may extend it by an absorbed space). */
  readonly end: number
  readonly line: number
  readonly readings: ReadonlyArray<Reading>
  readonly strength: Strength
  /** The span holds a C1 control (Latin-1 damage) or a Windows-1252-only character next to Thai (Windows-874). */
  readonly hasC1: boolean
  readonly hasHigh: boolean
  /** A `weak` span that takes 0xA0 (NBSP or a space) as its continuation byte. */
  readonly nbspContinuation: boolean
  /** How many continuation characters survived after the lead. */
  readonly found: number
}

/** What the scan found. */
export interface Scan {
  readonly decodes: ReadonlyArray<Decode>
  /** Lines with Thai that cannot be mojibake (a consonant with no lead before it): real Thai. */
  readonly thaiLines: ReadonlySet<number>
  /** Lines with a correctly encoded Windows-1252 punctuation character standing alone (`–` in `Mccoy – DrÃ¥ber`). */
  readonly cleanLines: ReadonlySet<number>
  /** How many characters of the text `mayBeDamaged` looks for (see `countTriggers`). */
  readonly triggers: number
}

/** Where the scan looks: the triggers (see `mayBeDamaged`), and any Thai, so a line's real Thai is seen whatever surrounds it. */
const TRIGGERS = /[\u0080-\u009F\u00C2-\u00F4\u0E01-\u0E5B]/g

const isThai = (code: number): boolean => code >= 0x0e01 && code <= 0x0e5b
/** U+FFFD where a decoder replaced a byte it could not place: a continuation byte whose value is unknown. */
const REPLACEMENT = 0xfffd
/** Stands for the unknown byte in cache keys and surviving-byte lists. */
const UNKNOWN_BYTE = 0x100
/** A character that maps back to a byte of 0x80 or more: the stuff mojibake is made of. */
const isHigh = (code: number): boolean => code === REPLACEMENT || (code >= 0x80 && byteOfCode(code) >= 0x80)

/**
 * Find every span that reads as a UTF-8 character once its characters are mapped back to bytes, allowing lost
 * bytes (wildcards) where the damage kind deletes them. Nothing is decided here: each span carries all its
 * readings and the evidence needed to accept or reject it. Only runs of high characters around a trigger are
 * looked at, so clean text with curly quotes and the odd accent costs little more than one regex scan.
 *
 * @param text the text to scan
 * @returns the spans in order, and the per-line evidence
 * @example
 * findDecodes('Chinaโs').decodes[0].readings.map((r) => r.text).slice(0, 3) // ['’', '“', '”']
 */
export function findDecodes(text: string): Scan {
  const sink: Sink = {decodes: [], thaiLines: new Set(), cleanLines: new Set(), readingsOf: new Map(), triggers: 0}
  const lines = lineCounter(text)
  const triggers = new RegExp(TRIGGERS.source, 'g')
  let clusterEnd = 0
  for (let match = triggers.exec(text); match !== null; match = triggers.exec(text)) {
    let start = match.index
    while (start > clusterEnd && isHigh(text.charCodeAt(start - 1))) start--
    let end = match.index + 1
    while (end < text.length && isHigh(text.charCodeAt(end))) end++
    scanCluster(text, start, end, lines(start), sink)
    clusterEnd = end
    triggers.lastIndex = end
  }
  if (sink.decodes.some((decode) => decode.strength === 'weak')) markCleanLines(text, sink)
  return {decodes: sink.decodes, thaiLines: sink.thaiLines, cleanLines: sink.cleanLines, triggers: sink.triggers}
}

/** Line numbers of growing offsets, jumping from line break to line break so a whole scan stays linear. */
function lineCounter(text: string): (offset: number) => number {
  const breaks = /\r\n?|\n/g
  let line = 0
  let nextBreak = -2
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      if (nextBreak >= 0) line++
      const found = breaks.exec(text)
      nextBreak = found === null ? -1 : found.index
    }
    return line
  }
}

/**
 * Mark the lines that hold a correctly encoded character that mis-decoding would have destroyed: a Windows-1252
 * punctuation character outside every span (`–` in `Mccoy – DrÃ¥ber`). Only lines with weak spans need it.
 */
function markCleanLines(text: string, sink: Sink): void {
  const lines = lineCounter(text)
  const weakLines = new Set(sink.decodes.filter((decode) => decode.strength === 'weak').map((decode) => decode.line))
  let next = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code <= 0xff || isThai(code) || byteOfCode(code) < 0) continue
    // Skip the spans before this point; a character inside a span is part of the damage, not evidence against it.
    while (next < sink.decodes.length && (sink.decodes[next]?.end ?? 0) <= index) next++
    const decode = sink.decodes[next]
    if (decode !== undefined && decode.start <= index) continue
    const line = lines(index)
    if (weakLines.has(line)) sink.cleanLines.add(line)
  }
}

type ReadingCache = Map<number, ReadonlyArray<Reading>>

interface Sink {
  readonly decodes: Decode[]
  readonly thaiLines: Set<number>
  readonly cleanLines: Set<number>
  readonly readingsOf: ReadingCache
  /** Every trigger lies in a cluster (a trigger is a high character), so counting in clusters counts them all. */
  triggers: number
}

/** A printable ASCII character other than the space: what Latin text touching a run of Thai looks like. */
const isAsciiMark = (code: number): boolean => code > 0x20 && code < 0x7f

/** Longest run of Thai that may be mojibake standing alone (`ยฉ\u00A0`, `โข`, `โโฆ`); longer runs must touch Latin text. */
const LONE_THAI_RUN = 4

function scanCluster(text: string, start: number, end: number, line: number, sink: Sink): void {
  // A run of only Thai that touches no Latin text and is longer than mojibake of one or two characters is Thai,
  // and so is everything Thai on its line (`แร่หายาก` alone on a line).
  // Windows-874 damage mixes in Windows-1252 characters (`รขโ‚ฌโ€`), real Thai does not.
  if (end - start > LONE_THAI_RUN && !isAsciiMark(text.charCodeAt(start - 1)) && !isAsciiMark(text.charCodeAt(end))) {
    let allThai = true
    for (let index = start; index < end && allThai; index++) allThai = isThai(text.charCodeAt(index))
    if (allThai) sink.thaiLines.add(line)
  }
  for (let index = start; index < end; index++) if (isTrigger(text.charCodeAt(index))) sink.triggers++
  // Continuation characters up to `slotsEnd` belong to a lead that failed to decode: not evidence of real Thai.
  let slotsEnd = start
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    const byte = byteOfCode(code)
    const count = continuationCount(byte)
    if (count > 0) {
      const decode = decodeAt(text, index, end, count, byte, line, sink.readingsOf)
      if (decode) {
        sink.decodes.push(decode)
        index = decode.end
        continue
      }
      // Only a Thai lead (K1 of an emoji: `๐ค`) excuses the Thai after it; after `à` a Thai consonant is Thai.
      if (isThai(code)) slotsEnd = index + 1 + count
    } else if (code >= 0x80 && code <= 0x9f && windows1252Code(code) >= 0) {
      sink.decodes.push(c1Decode(index, code, line))
    } else if (isThai(code) && index >= slotsEnd) {
      sink.thaiLines.add(line)
    }
    index++
  }
}

function c1Decode(index: number, code: number, line: number): Decode {
  const text = String.fromCharCode(windows1252Code(code))
  const {prior, role} = describeExact(text)
  return {
    start: index,
    end: index + 1,
    line,
    readings: [{text, prior, role, absorbsSpace: false, lossy: false, plausibility: 'symbol'}],
    strength: 'c1',
    hasC1: true,
    hasHigh: true,
    nbspContinuation: false,
    found: 0
  }
}

function decodeAt(
  text: string,
  start: number,
  clusterEnd: number,
  count: number,
  lead: number,
  line: number,
  cache: ReadingCache
): Decode | undefined {
  let thai = isThai(text.charCodeAt(start))
  let hasC1 = false
  let hasHigh = false
  let nbsp = false
  let found = 0
  // The cache key packs the lead and up to three surviving bytes (+1, so 0 means none).
  let key = lead
  let index = start + 1
  while (index < clusterEnd && found < count) {
    const code = text.charCodeAt(index)
    const byte = code === REPLACEMENT ? UNKNOWN_BYTE : byteOfCode(code)
    if (!isContinuationByte(byte) && byte !== UNKNOWN_BYTE) break
    key = key * 257 + byte + 1
    found++
    if (isThai(code)) thai = true
    if (code >= 0x80 && code <= 0x9f) hasC1 = true
    if (byte <= 0x9f) hasHigh = true
    if (byte === 0xa0) nbsp = true
    index++
  }
  for (let slot = found; slot < 3; slot++) key *= 257
  // TIS-620 has nothing at 0x80-0x9F, so K1 deleted those bytes; once one of them survives (`โ€`) the page was
  // Windows-874 or 1252, which lose only their five undefined bytes.
  const lost = thai && !hasHigh ? K1_LOST : GAP_LOST
  // A sloppy Windows-1252 decoder turned 0xA0 into a space: `Ã ` is `à`, `Â ` is NBSP, `Ð ` is `Р`, `âš ` is `⚠`.
  // For a longer sequence the space must end it after a symbol lead (`â`) or run into more mojibake (`à¸ à¸²`);
  // `parlé\u0085 Tu` is an ellipsis and a space, not a CJK character.
  // The space before a run of Thai separates it from what comes before; it is never a byte of it.
  const space =
    !thai &&
    text.charCodeAt(index) === 0x20 &&
    !isThai(text.charCodeAt(index + 1)) &&
    ((count === 1 && found === 0) ||
      (found > 0 && found + 1 === count && (lead === 0xe2 || isHigh(text.charCodeAt(index + 1)))))
  key = key * 4 + (lost === K1_LOST ? 2 : 0) + (space ? 1 : 0)
  let readings = cache.get(key)
  if (readings === undefined) {
    const surviving: number[] = []
    for (let offset = start + 1; offset < index; offset++) {
      const code = text.charCodeAt(offset)
      surviving.push(code === REPLACEMENT ? UNKNOWN_BYTE : byteOfCode(code))
    }
    readings = Object.freeze(readingsFor(lead, surviving, count, lost, space))
    cache.set(key, readings)
  }
  if (readings.length === 0) return undefined
  const strength: Strength = thai
    ? 'thai'
    : found === 0 && !space
      ? 'lone'
      : found > 0 && (count >= 2 || hasHigh)
        ? 'strong'
        : 'weak'
  return {start, end: index, line, readings, strength, hasC1, hasHigh, nbspContinuation: nbsp || space, found}
}

function readingsFor(
  lead: number,
  surviving: ReadonlyArray<number>,
  count: number,
  lost: LostSet,
  space: boolean
): Reading[] {
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
  const targets = matchLossy(lead, surviving, lost)
  // A reading a hundred times rarer than the likeliest one cannot win in any context (fits range 0.01-1), so it
  // is not worth scoring: `โ` keeps its quotes and dashes, not its arrows and invisible spaces.
  const floor = targets.reduce((most, target) => Math.max(most, target.prior), 0) / 100
  for (const {text, prior, role} of targets) {
    if (prior < floor) continue
    readings.push({text, prior, role, absorbsSpace: false, lossy: true, plausibility: plausibility(text.codePointAt(0) ?? 0)})
  }
  if (space) pushExact(readings, [lead, ...surviving, 0xa0], true)
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
