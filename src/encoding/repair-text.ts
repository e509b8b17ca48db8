import type {DamageKind} from '../schema/encoding.js'
import {findDecodes, mayBeDamaged, type Decode, type Reading, type Scan} from './find-decodes.js'
import {caseScore, chooseReading} from './score-candidates.js'
import {describeSpan, type SpanContext} from './span-context.js'

/** One repair, with offsets into the text it was found in. */
export interface Edit {
  readonly start: number
  readonly end: number
  readonly from: string
  readonly to: string
  readonly kind: DamageKind
  readonly lossy: boolean
  readonly confidence: number
}

/** A decided span: the decode and the reading chosen for it. */
interface Chosen {
  readonly decode: Decode
  readonly reading: Reading
  readonly end: number
  readonly confidence: number
}

/** Evidence carried between the layers of a doubly damaged span. */
export interface RepairEvidence {
  /** Some span elsewhere proves Windows-1252/Latin-1 damage, so lone lead characters (`â`, `Ã`) may be repaired. */
  readonly latin: boolean
}

const C1 = /[\u0080-\u009F]/

/** How many times a span may have been damaged: K5 is two, a third layer costs nothing to try. */
const MAX_LAYERS = 3

/**
 * Repair the mojibake in a text, span by span: every span that reads as UTF-8 behind a code page (with lost bytes
 * inferred) is replaced when the evidence says it is damage and not text, the reading chosen by context. A
 * repaired span that is itself mojibake (K5) is repaired again.
 *
 * @param text the text
 * @param evidence (optional) evidence from an outer layer
 * @returns the repairs in order, offsets into `text`
 * @example
 * repairText('Chinaโs planningโreassuring').map((e) => e.to) // ['’', '—']
 */
export function repairText(text: string, evidence: RepairEvidence = {latin: false}): Edit[] {
  if (!mayBeDamaged(text)) return []
  const scan = findDecodes(text)
  const latin = evidence.latin || scan.decodes.some((decode) => decode.strength === 'strong')
  const candidates = dropLoneScripts(scan.decodes.filter((decode) => admissible(text, decode, scan, latin)))
  const chosen = choose(text, candidates)
  return groupEdits(text, chosen, thaiKind(scan), latin)
}

/** The evidence rules that do not depend on which reading is chosen. */
function admissible(text: string, decode: Decode, scan: Scan, latin: boolean): boolean {
  switch (decode.strength) {
    case 'thai':
      // A run of real Thai on the line means Thai characters here are Thai, not damage.
      return !scan.thaiLines.has(decode.line)
    case 'lone':
      return latin
    case 'weak': {
      if (scan.cleanLines.has(decode.line)) return false
      // 0xA0 after a lead is NBSP after `Â` or `à` after `Ã`; after other letters (`Ä\u00A0`) it is just a NBSP.
      const lead = text.charCodeAt(decode.start)
      return !decode.nbspContinuation || lead === 0xc2 || lead === 0xc3
    }
    case 'strong':
    case 'c1':
      return true
  }
}

/**
 * A lone Greek, Cyrillic, Hebrew or Arabic letter decoded from two bytes (`×”` → `ה`) is a coincidence, not a
 * word; a lone C1 control is no repair at all.
 */
function dropLoneScripts(decodes: ReadonlyArray<Decode>): Decode[] {
  return decodes.filter((decode, index) => {
    if (!decode.readings.every((reading) => reading.plausibility === 'script' || reading.plausibility === 'c1')) return true
    const before = decodes[index - 1]
    const after = decodes[index + 1]
    return (before !== undefined && before.end === decode.start) || (after !== undefined && after.start === decode.end)
  })
}

function choose(text: string, decodes: ReadonlyArray<Decode>): Chosen[] {
  const chosen: Chosen[] = []
  let quoteOpen = false
  let cursor = 0
  for (let index = 0; index < decodes.length; index++) {
    const decode = decodes[index]
    if (decode === undefined) continue
    quoteOpen = trackQuotes(text, cursor, decode.start, quoteOpen)
    const previous = chosen.at(-1)
    const joinedPrev = previous !== undefined && previous.end === decode.start ? previous.reading.text.slice(-1) : undefined
    const nextStart = decodes[index + 1]?.start
    const contextAt = (end: number): SpanContext =>
      describeSpan({text, start: decode.start, end, joinedPrev, joinedNext: end === nextStart, quoteOpen})
    // Most readings end where the span ends; only a reading that takes a following space needs its own context.
    const base = contextAt(decode.end)
    let spaced: SpanContext | undefined
    const contextOf = (reading: Reading): SpanContext =>
      reading.absorbsSpace ? (spaced ??= contextAt(decode.end + 1)) : base
    const pick = chooseReading(decode.readings, contextOf)
    cursor = decode.end
    if (pick === undefined) continue
    // Letters decoded without a strong sign of damage must also fit the case of the word around them, unless they
    // sit in a run of damage (the middle layer of `Ã¢â‚¬â„¢` is `â€™`, a small letter after whatever came before).
    const context = contextOf(pick.best)
    const inRun = joinedPrev !== undefined || context.next === '\u0000'
    if (!inRun && decode.strength !== 'strong' && pick.best.role === 'letter' && caseScore(pick.best.text, context) < 0.5) {
      continue
    }
    const end = decode.end + (pick.best.absorbsSpace ? 1 : 0)
    chosen.push({decode, reading: pick.best, end, confidence: pick.confidence})
    cursor = end
    if (pick.best.text === '\u201C') quoteOpen = true
    else if (pick.best.text === '\u201D') quoteOpen = false
  }
  return chosen
}

/** Follow `“`/`”` between two offsets; a line break closes whatever was open. */
function trackQuotes(text: string, from: number, to: number, open: boolean): boolean {
  let state = open
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x201c) state = true
    else if (code === 0x201d || code === 0x0a || code === 0x0d) state = false
  }
  return state
}

/** K1 and K2 read `ยฉ` and `รฉ` alike; such spans take the kind the rest of the document shows. */
function thaiKind(scan: Scan): DamageKind {
  const k2 = scan.decodes.some((decode) => decode.strength === 'thai' && decode.hasHigh)
  const k1 = scan.decodes.some((decode) => decode.strength === 'thai' && !decode.hasHigh && decode.readings.some((r) => r.lossy))
  return k2 && !k1 ? 'windows-874' : 'lossy-thai'
}

function kindOf(chosen: Chosen, thai: DamageKind): DamageKind {
  const {decode, reading} = chosen
  if (decode.strength === 'thai') {
    if (decode.hasHigh) return 'windows-874'
    return reading.lossy ? 'lossy-thai' : thai
  }
  return decode.hasC1 ? 'latin-1' : 'windows-1252'
}

/** Adjacent repaired spans form one repair; a repair that is itself mojibake is repaired again (K5). */
function groupEdits(text: string, chosen: ReadonlyArray<Chosen>, thai: DamageKind, latin: boolean): Edit[] {
  const edits: Edit[] = []
  let index = 0
  while (index < chosen.length) {
    const first = chosen[index]
    if (first === undefined) break
    let last = first
    let to = first.reading.text
    let lossy = first.reading.lossy
    let confidence = first.confidence
    let kind = kindOf(first, thai)
    index++
    for (let next = chosen[index]; next !== undefined && next.decode.start === last.end; next = chosen[index]) {
      to += next.reading.text
      lossy ||= next.reading.lossy
      confidence = Math.min(confidence, next.confidence)
      const nextKind = kindOf(next, thai)
      // One group mixes kinds only when a lone C1 sits inside Windows-1252 damage; Latin-1 names the bytes better.
      if (nextKind !== kind && nextKind === 'latin-1') kind = nextKind
      last = next
      index++
    }
    for (let layer = 1; layer < MAX_LAYERS; layer++) {
      const inner = repairText(to, {latin})
      if (inner.length === 0) break
      to = applyEdits(to, inner)
      lossy ||= inner.some((edit) => edit.lossy)
      confidence = Math.min(confidence, ...inner.map((edit) => edit.confidence))
      kind = 'double'
    }
    // A C1 control only makes sense as a middle layer; if no further layer took it, the reading was wrong.
    if (C1.test(to)) continue
    const start = first.decode.start
    const end = last.end
    edits.push({start, end, from: text.slice(start, end), to, kind, lossy, confidence})
  }
  return edits
}

/**
 * Apply edits (sorted, non-overlapping, offsets into `text`).
 *
 * @example
 * applyEdits('Chinaโs', [{start: 5, end: 6, from: 'โ', to: '’', kind: 'lossy-thai', lossy: true, confidence: 0.8}]) // 'China’s'
 */
export function applyEdits(text: string, edits: ReadonlyArray<Pick<Edit, 'start' | 'end' | 'to'>>): string {
  const parts: string[] = []
  let cursor = 0
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.start), edit.to)
    cursor = edit.end
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}
