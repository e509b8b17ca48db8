import {byteOfCode, continuationCount, isContinuationByte, windows1252Code, WINDOWS_1252_MARKS} from './code-page.js'
import {lineCounter, LineWalker} from './line-counter.js'
import type {OtherPageName} from './other-code-pages.js'
import {readingsFor, UNKNOWN_BYTE, type Reading} from './span-readings.js'
import {isLetter} from './span-context.js'
import {describeExact, GAP_LOST, K1_LOST} from './targets.js'
import {positionReader} from './positions.js'
import {textGate, type TextGate} from './text-gate.js'
import {isTrigger, SCAN_STARTS} from './triggers.js'

export type {Reading} from './span-readings.js'

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
  /** Where the span's line starts (just past the last line break before it): what quote tracking reads. */
  readonly lineStart: number
  readonly readings: ReadonlyArray<Reading>
  readonly strength: Strength
  /** The span holds a C1 control (Latin-1 damage) or a Windows-1252-only character next to Thai (Windows-874). */
  readonly hasC1: boolean
  readonly hasHigh: boolean
  /** A `weak` span that takes 0xA0 (NBSP or a space) as its continuation byte. */
  readonly nbspContinuation: boolean
  /** How many continuation characters survived after the lead. */
  readonly found: number
  /**
   * The span is part of a run of Thai (and NBSP) that touches no letter or digit on either side: damaged, it stood
   * for a word of its own (`ยฉ 2025`); real Thai words stand so too (`Word: โลก`).
   */
  readonly alone: boolean
  /**
   * The span ends the input short of bytes and some of its readings suppose the input was cut inside it (see
   * `ReadingOptions.cut`): whichever is chosen is a guess.
   */
  readonly cutOff: boolean
  /** The code page other than those of K1-K5 the span was read with (see `findOtherDecodes`). */
  readonly page?: OtherPageName
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

const isThai = (code: number): boolean => code >= 0x0e01 && code <= 0x0e5b
/** U+FFFD where a decoder replaced a byte it could not place: a continuation byte whose value is unknown. */
const REPLACEMENT = 0xfffd
/** A character that maps back to a byte of 0x80 or more: the stuff mojibake is made of. */
const isHigh = (code: number): boolean => code === REPLACEMENT || (code >= 0x80 && byteOfCode(code) >= 0x80)

/**
 * Find every span that reads as a UTF-8 character once its characters are mapped back to bytes, allowing lost
 * bytes (wildcards) where the damage kind deletes them. Nothing is decided here: each span carries all its
 * readings and the evidence needed to accept or reject it. Only runs of high characters around a trigger are
 * looked at, so clean text with curly quotes and the odd accent costs little more than one regex scan.
 *
 * @param text the text to scan
 * @param gate (optional) what `textGate` says of the text, when it was scanned already (its list of starts)
 * @returns the spans in order, and the per-line evidence
 * @example
 * findDecodes('Chinaโs').decodes[0].readings.map((r) => r.text).slice(0, 3) // ['’', '“', '”']
 */
export function findDecodes(text: string, gate: TextGate = textGate(text)): Scan {
  const sink: Sink = {decodes: [], thaiLines: new Set(), cleanLines: new Set(), readingsOf: new Map(), triggers: 0}
  const lines = new LineWalker(text)
  // The characters that start a cluster, as the gate listed them: this reads no text the gate has read.
  const next = positionReader(text, gate.starts, gate.seenTo, SCAN_STARTS)
  let clusterEnd = 0
  for (let at = next(); at >= 0; at = next()) {
    // A start inside the last cluster is part of it.
    if (at < clusterEnd) continue
    let start = at
    while (start > clusterEnd && isHigh(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && isHigh(text.charCodeAt(end))) end++
    scanCluster(text, start, end, lines.lineAt(start), lines.lineStart, sink)
    clusterEnd = end
  }
  if (sink.decodes.some((decode) => decode.strength === 'weak')) markCleanLines(text, sink, gate)
  return {decodes: sink.decodes, thaiLines: sink.thaiLines, cleanLines: sink.cleanLines, triggers: sink.triggers}
}

/**
 * Mark the lines that hold a correctly encoded character that mis-decoding would have destroyed: a Windows-1252
 * punctuation character outside every span (`–` in `Mccoy – DrÃ¥ber`). Only lines with weak spans need it. The
 * marks are those `textGate` listed.
 */
function markCleanLines(text: string, sink: Sink, gate: TextGate): void {
  const lines = lineCounter(text)
  const weakLines = new Set<number>()
  for (const decode of sink.decodes) if (decode.strength === 'weak') weakLines.add(decode.line)
  const nextMark = positionReader(text, gate.marks, gate.seenTo, WINDOWS_1252_MARKS)
  let next = 0
  for (let index = nextMark(); index >= 0; index = nextMark()) {
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

function scanCluster(text: string, start: number, end: number, line: number, lineStart: number, sink: Sink): void {
  // A run of only Thai that touches no Latin text and is longer than mojibake of one or two characters is Thai,
  // and so is everything Thai on its line (`แร่หายาก` alone on a line).
  // Windows-874 damage mixes in Windows-1252 characters (`รขโ‚ฌโ€`), real Thai does not.
  if (end - start > LONE_THAI_RUN && !isAsciiMark(text.charCodeAt(start - 1)) && !isAsciiMark(text.charCodeAt(end))) {
    let allThai = true
    for (let index = start; index < end && allThai; index++) allThai = isThai(text.charCodeAt(index))
    if (allThai) sink.thaiLines.add(line)
  }
  for (let index = start; index < end; index++) if (isTrigger(text.charCodeAt(index))) sink.triggers++
  // The run of Thai the last span was in, and whether it stands alone (see `Decode.alone`).
  let run = {end: start, alone: false}
  // Continuation characters up to `slotsEnd` belong to a lead that failed to decode: not evidence of real Thai.
  let slotsEnd = start
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    const byte = byteOfCode(code)
    const count = continuationCount(byte)
    if (count > 0) {
      if (index >= run.end) run = thaiRunAt(text, index, start, end)
      const decode = decodeAt(text, {start: index, clusterEnd: end, count, lead: byte, line, lineStart, alone: run.alone}, sink.readingsOf)
      if (decode) {
        sink.decodes.push(decode)
        index = decode.end
        continue
      }
      // Only a Thai lead (K1 of an emoji: `๐ค`) excuses the Thai after it; after `à` a Thai consonant is Thai.
      if (isThai(code)) slotsEnd = index + 1 + count
    } else if (code >= 0x80 && code <= 0x9f && windows1252Code(code) >= 0) {
      sink.decodes.push(c1Decode(index, code, line, lineStart))
    } else if (isThai(code) && index >= slotsEnd) {
      sink.thaiLines.add(line)
    }
    index++
  }
}

function c1Decode(index: number, code: number, line: number, lineStart: number): Decode {
  const text = String.fromCharCode(windows1252Code(code))
  const {prior, role} = describeExact(text)
  return {
    start: index,
    end: index + 1,
    line,
    lineStart,
    readings: [{text, prior, role, absorbsSpace: false, lossy: false, plausibility: 'symbol'}],
    strength: 'c1',
    hasC1: true,
    hasHigh: true,
    nbspContinuation: false,
    found: 0,
    alone: false,
    cutOff: false
  }
}

const isThaiOrNbsp = (code: number): boolean => isThai(code) || code === 0xa0

/**
 * The run of Thai and NBSP (what K1 damage is made of) around `index` inside a cluster, and whether it stands
 * alone: nothing on either side is part of a word or damage of another kind. Clean punctuation around it does not
 * count (`“โลก”`); a Windows-1252 character does (`รขโ‚ฌ` is K2 damage, `โ‚` a piece of it).
 */
function thaiRunAt(text: string, index: number, clusterStart: number, clusterEnd: number): {end: number; alone: boolean} {
  if (!isThaiOrNbsp(text.charCodeAt(index))) return {end: index + 1, alone: false}
  let start = index
  while (start > clusterStart && isThaiOrNbsp(text.charCodeAt(start - 1))) start--
  let end = index + 1
  while (end < clusterEnd && isThaiOrNbsp(text.charCodeAt(end))) end++
  return {end, alone: isApart(text.charCodeAt(start - 1)) && isApart(text.charCodeAt(end))}
}

/** Punctuation that clean English text sets around a word: `“ ” ‘ ’ – — … • ™ « »`. */
const CLEAN_MARKS = '\u201C\u201D\u2018\u2019\u2013\u2014\u2026\u2022\u2122\u00AB\u00BB'

/** What may stand next to a word of its own: the edge of the text, a space or ASCII punctuation, clean marks. */
const isApart = (code: number): boolean =>
  Number.isNaN(code) || (code < 0x80 ? !isWordCode(code) : !isHigh(code) ? !isWordCode(code) : CLEAN_MARKS.includes(String.fromCharCode(code)))

/** A letter (any script but Thai, which is the damage itself) or a digit: what a word is made of. */
const isWordCode = (code: number): boolean => {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return !Number.isNaN(code) && isLetter(String.fromCharCode(code))
}

/** Where a span starts and what its lead says. */
interface SpanStart {
  readonly start: number
  readonly clusterEnd: number
  readonly count: number
  readonly lead: number
  readonly line: number
  readonly lineStart: number
  readonly alone: boolean
}

/** Whether only white space follows `offset` to the end of the text (line breaks included). */
function restIsBlank(text: string, offset: number): boolean {
  for (let index = offset; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false
  }
  return true
}

function decodeAt(text: string, span: SpanStart, cache: ReadingCache): Decode | undefined {
  const {start, clusterEnd, count, lead, line} = span
  let thai = isThai(text.charCodeAt(start))
  let hasC1 = false
  let hasHigh = false
  let nbsp = false
  let found = 0
  // The cache key packs the lead (0xC2-0xF4) and three slots in base 66: a surviving byte (0x80-0xBF, or 64 for
  // an unknown one) or none (65). It stays a small integer (under 2^28 with the flags), which a Map hashes fastest.
  let key = lead - 0xc2
  let index = start + 1
  while (index < clusterEnd && found < count) {
    const code = text.charCodeAt(index)
    const byte = code === REPLACEMENT ? UNKNOWN_BYTE : byteOfCode(code)
    if (!isContinuationByte(byte) && byte !== UNKNOWN_BYTE) break
    key = key * 66 + (byte === UNKNOWN_BYTE ? 64 : byte - 0x80)
    found++
    if (isThai(code)) thai = true
    if (code >= 0x80 && code <= 0x9f) hasC1 = true
    if (byte <= 0x9f) hasHigh = true
    if (byte === 0xa0) nbsp = true
    index++
  }
  for (let slot = found; slot < 3; slot++) key = key * 66 + 65
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
  // Damage at the edges: the input cut inside a character (two bytes of `’` left: `â€`), and a NBSP trimmed off
  // a line end, leaving its lead byte (`ย`). Both are read only where the text ends or the line ends.
  const cut = found > 0 && found < count && restIsBlank(text, index)
  const next = text.charCodeAt(index)
  const trimmed = lead === 0xc2 && found === 0 && (Number.isNaN(next) || next === 0x0a || next === 0x0d)
  key = key * 16 + (lost === K1_LOST ? 8 : 0) + (space ? 4 : 0) + (cut ? 2 : 0) + (trimmed ? 1 : 0)
  let readings = cache.get(key)
  if (readings === undefined) {
    const surviving: number[] = []
    for (let offset = start + 1; offset < index; offset++) {
      const code = text.charCodeAt(offset)
      surviving.push(code === REPLACEMENT ? UNKNOWN_BYTE : byteOfCode(code))
    }
    // This call's own list (readingsFor hands out copies), shared by its spans with the same bytes.
    readings = readingsFor(lead, surviving, count, lost, {space, cut, trimmed})
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
  return {start, end: index, line, lineStart: span.lineStart, readings, strength, hasC1, hasHigh, nbspContinuation: nbsp || space, found, alone: span.alone, cutOff: cut && readings.some((reading) => reading.cut === true)}
}
