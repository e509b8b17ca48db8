import type {DamageKind} from '../schema/encoding.js'
import {chooseReadings, trackQuotes, type Chosen} from './choose-readings.js'
import {firstNonBlank, titleLineAt} from './dash-context.js'
import {applyEdits, repairedSlice, type Edit} from './edits.js'
import {admissible, dropLoneScripts, thaiKind, withoutEvidence} from './evidence-rules.js'
import {findDecodes, type Decode, type Scan} from './find-decodes.js'
import {findOtherDecodes} from './find-other-decodes.js'
import {hasCloserAhead} from './span-context.js'
import {textGate, type TextGate} from './text-gate.js'
import {countTriggers} from './triggers.js'

export {applyEdits, type Edit} from './edits.js'

/** Evidence carried between the layers of a doubly damaged span. */
export interface RepairEvidence {
  /** Some span elsewhere proves Windows-1252/Latin-1 damage, so lone lead characters (`â`, `Ã`) may be repaired. */
  readonly latin: boolean
  /** How many layers deep this repair is (0 for the text itself); inner layers stop at `MAX_LAYERS`. */
  readonly depth?: number
  /** A `“` is open where the text starts (an inner layer inherits the state of its line). */
  readonly quoteOpen?: boolean
  /** Something past the end of an inner layer's text, on its line, could close a quote (see `hasCloserAhead`). */
  readonly closerBeyond?: boolean
  /** Whether an inner layer's line is the title line (see `isTitleLine`). */
  readonly title?: boolean
}

/** Whether a short text holds a C1 control (read code by code: these are a repair's few characters). */
function hasC1(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80 && text.charCodeAt(index) <= 0x9f) return true
  return false
}

/** What the base scan finds in text with nothing it looks for. */
const NOTHING_FOUND: Scan = {decodes: [], thaiLines: new Set(), cleanLines: new Set(), triggers: 0}

/** How many times a span may have been damaged: K5 is two, a third layer costs nothing to try. */
const MAX_LAYERS = 3

/** The repairs of one pass, and how many triggers the text has (see `countTriggers`). */
export interface RepairPass {
  readonly edits: Edit[]
  readonly triggers: number
}

/**
 * Repair the mojibake in a text, span by span: every span that reads as UTF-8 behind a code page (with lost bytes
 * inferred) is replaced when the evidence says it is damage and not text, the reading chosen by context. A
 * repaired span that is itself mojibake (K5) is repaired again.
 *
 * @param text the text
 * @param evidence (optional) evidence from an outer layer
 * @param gate (optional) what `textGate` says of the text, when it was scanned already
 * @returns the repairs in order, offsets into `text`, and how many triggers the text has (see `countTriggers`); one
 *   pass, not checked for idempotence (`repairIdempotent` does that)
 * @example
 * repairText('Chinaโs planningโreassuring').edits.map((e) => e.to) // ['’', '—']
 */
export function repairText(text: string, evidence: RepairEvidence = {latin: false}, gate: TextGate = textGate(text)): RepairPass {
  if (!gate.damaged && !gate.otherPage) return {edits: [], triggers: 0}
  const scan = gate.damaged ? findDecodes(text, gate) : NOTHING_FOUND
  const others = gate.otherPage ? findOtherDecodes(text, scan.decodes, true) : []
  // Lines where damage corroborates itself: one strong span, or two weak ones.
  const corroborated = new Set<number>()
  const weakSeen = new Set<number>()
  for (const decode of scan.decodes) {
    if (decode.strength === 'strong') corroborated.add(decode.line)
    if (decode.strength !== 'weak') continue
    if (weakSeen.has(decode.line)) corroborated.add(decode.line)
    weakSeen.add(decode.line)
  }
  // Inside an inner layer the span is known to be damage: its repaired neighbours are no evidence against it.
  const inner = (evidence.depth ?? 0) > 0
  const supported = dropLoneScripts(
    text,
    scan.decodes.filter((decode) => inner || admissible(decode, scan, corroborated))
  )
  // Only a strong span that survives the other rules proves the text was mis-decoded (`SÓ…` reads as a lone
  // Cyrillic letter, which is dropped, so it proves nothing).
  // Damage read with another code page proves it too (`Å iaip ÄÆdomu`: Windows-1257 shows, so `Å ` is `Š`).
  const latin = evidence.latin || others.length > 0 || supported.some((decode) => decode.strength === 'strong')
  let candidates = supported
  if (!latin) {
    const kept: Decode[] = []
    for (const decode of supported) {
      const left = withoutEvidence(text, decode)
      if (left !== undefined) kept.push(left)
    }
    candidates = kept
  }
  if (others.length > 0) candidates = mergeDecodes(candidates, others)
  const outside = {
    quoteOpen: evidence.quoteOpen ?? false,
    closerBeyond: evidence.closerBeyond ?? false,
    ...(evidence.title === undefined ? {} : {title: evidence.title})
  }
  const chosen = withoutThaiNeighbours(text, chooseReadings(text, candidates, outside, gate))
  return {edits: groupEdits(text, chosen, thaiKind(scan), latin, evidence.depth ?? 0), triggers: scan.triggers}
}

const isThaiCode = (code: number): boolean => code >= 0x0e01 && code <= 0x0e5b

/**
 * Drop the repairs of Thai spans that would leave Thai beside them: in K1 damage every Thai character belongs to a
 * span, so a Thai neighbour that stays Thai (`โ` before `ลหะ` in `โลหะ`, metal) says the span is a Thai word's
 * letter. Adjacent repairs stand or fall together.
 */
function withoutThaiNeighbours(text: string, chosen: ReadonlyArray<Chosen>): Chosen[] {
  const kept: Chosen[] = []
  let index = 0
  while (index < chosen.length) {
    const first = index
    let thai = chosen[index]?.decode.strength === 'thai'
    index++
    while (index < chosen.length && chosen[index]?.decode.start === chosen[index - 1]?.end) {
      thai ||= chosen[index]?.decode.strength === 'thai'
      index++
    }
    const start = chosen[first]?.decode.start ?? 0
    const end = chosen[index - 1]?.end ?? 0
    if (thai && (isThaiCode(text.charCodeAt(start - 1)) || isThaiCode(text.charCodeAt(end)))) continue
    for (let part = first; part < index; part++) {
      const item = chosen[part]
      if (item !== undefined) kept.push(item)
    }
  }
  return kept
}

/**
 * The spans of both scans in order; where a span of another code page overlaps spans of the base ones, it wins:
 * it was taken only on evidence that the base reading cannot give (see `findOtherDecodes`).
 */
function mergeDecodes(base: ReadonlyArray<Decode>, others: ReadonlyArray<Decode>): Decode[] {
  const merged: Decode[] = []
  let next = 0
  for (const decode of base) {
    // Both lists are in order and neither overlaps itself, so a base span can only meet the other spans around it.
    while (next < others.length && (others[next]?.start ?? 0) < decode.start) merged.push(others[next++] as Decode)
    if (overlaps(others[next - 1], decode) || overlaps(others[next], decode)) continue
    merged.push(decode)
  }
  while (next < others.length) merged.push(others[next++] as Decode)
  return merged
}

const overlaps = (a: Decode | undefined, b: Decode): boolean => a !== undefined && a.start < b.end + (b.nbspContinuation ? 1 : 0) && b.start < a.end + (a.nbspContinuation ? 1 : 0)

function kindOf(chosen: Chosen, thai: DamageKind): DamageKind {
  const {decode, reading} = chosen
  if (decode.page !== undefined) return 'other-code-page'
  if (decode.strength === 'thai') {
    if (decode.hasHigh) return 'windows-874'
    return reading.lossy ? 'lossy-thai' : thai
  }
  return decode.hasC1 ? 'latin-1' : 'windows-1252'
}

/** Adjacent repaired spans form one repair; a repair that is itself mojibake is repaired again (K5). */
function groupEdits(text: string, chosen: ReadonlyArray<Chosen>, thai: DamageKind, latin: boolean, depth: number): Edit[] {
  const edits: Edit[] = []
  const state: LayerState = {text, thai, latin, depth, edits, quoteOpen: false, cursor: 0}
  let index = 0
  while (index < chosen.length) {
    const groupStart = index
    index++
    while (index < chosen.length && chosen[index]?.decode.start === chosen[index - 1]?.end) index++
    emitGroup(state, chosen, groupStart, index)
  }
  return edits
}

/** What `emitGroup` needs from its caller, and the repaired output so far (edits, quote state, position). */
interface LayerState {
  readonly text: string
  readonly thai: DamageKind
  readonly latin: boolean
  readonly depth: number
  readonly edits: Edit[]
  quoteOpen: boolean
  cursor: number
  /** The last line asked about by `titleOf`: where it starts and ends, and whether it is the title. */
  titleLine?: {readonly start: number; readonly end: number; readonly title: boolean}
}

/** Whether the line of `offset` is the title line (see `titleLineAt`), remembered per line. */
function titleOf(state: LayerState, offset: number): boolean {
  const known = state.titleLine
  if (known !== undefined && offset >= known.start && offset <= known.end) return known.title
  const {text} = state
  let start = offset
  while (start > 0 && !isBreakCode(text.charCodeAt(start - 1))) start--
  let end = offset
  while (end < text.length && !isBreakCode(text.charCodeAt(end))) end++
  const title = titleLineAt(text, offset, firstNonBlank(text))
  state.titleLine = {start, end, title}
  return title
}

/**
 * Emit one group of adjacent spans as one repair, repairing its inner layers. A C1 control only makes sense as a
 * middle layer; if no further layer took it, that reading was wrong: the runs of other spans around it are
 * emitted as groups of their own and the C1 one is left as it was.
 */
function emitGroup(state: LayerState, chosen: ReadonlyArray<Chosen>, from: number, until: number): void {
  const first = chosen[from]
  const last = chosen[until - 1]
  if (first === undefined || last === undefined || until <= from) return
  const {text} = state
  const start = first.decode.start
  const end = last.end
  // The reading pass read the same stretch before this span when its last span is the one emitted last.
  if (first.gapStart === state.cursor) {
    if (first.gapQuote !== 'none') state.quoteOpen = first.gapQuote === 'open'
  } else state.quoteOpen = trackQuotes(text, state.cursor, start, state.quoteOpen)
  let to = ''
  let lossy = false
  let confidence = 1
  let kind = kindOf(first, state.thai)
  for (let index = from; index < until; index++) {
    const part = chosen[index] as Chosen
    to += part.text
    lossy ||= part.reading.lossy
    confidence = Math.min(confidence, part.confidence)
    // One group mixes kinds only when a lone C1 sits inside Windows-1252 damage; Latin-1 names the bytes better.
    if (kindOf(part, state.thai) === 'latin-1') kind = 'latin-1'
  }
  // Each layer is repaired once per group, and nested repairs stop after MAX_LAYERS, which bounds the work.
  for (let layer = state.depth + 1; layer < MAX_LAYERS && countTriggers(to) > 0; layer++) {
    const spans = findDecodes(to + text.charAt(end)).decodes.filter((decode) => decode.start < to.length)
    if (spans.length === 0) break
    // Most inner layers decode exactly (`â€™` is `’`); only lost bytes need the line around them.
    const evidence = {latin: state.latin, depth: layer, quoteOpen: state.quoteOpen, title: titleOf(state, start)}
    const inner = exactEdits(to, spans) ?? repairLayer(text, state.edits, start, end, to, evidence)
    if (inner.length === 0) break
    to = applyEdits(to, inner)
    lossy ||= inner.some((edit) => edit.lossy)
    confidence = inner.reduce((least, edit) => Math.min(least, edit.confidence), confidence)
    kind = 'double'
  }
  if (hasC1(to)) {
    // The runs between the parts that hold a C1 control, each as a group (none when no part holds one).
    let runStart = from
    for (let index = from; index < until; index++) {
      if (!hasC1((chosen[index] as Chosen).text)) continue
      if (index - runStart < until - from) emitGroup(state, chosen, runStart, index)
      runStart = index + 1
    }
    if (until - runStart < until - from) emitGroup(state, chosen, runStart, until)
    return
  }
  const page = kind === 'other-code-page' ? first.decode.page : undefined
  const slice = text.slice(start, end)
  state.edits.push(
    page === undefined
      ? {start, end, from: slice, to, kind, lossy, confidence}
      : {start, end, from: slice, to, kind, lossy, confidence, page}
  )
  state.quoteOpen = trackQuotes(to, 0, to.length, state.quoteOpen)
  state.cursor = end
}

/**
 * The edits of an inner layer when every span in it has exactly one reading with no byte lost (the usual K5 case),
 * or `undefined` when some span needs a choice in context.
 */
function exactEdits(to: string, spans: ReadonlyArray<Decode>): Edit[] | undefined {
  const edits: Edit[] = []
  for (const span of spans) {
    const reading = span.readings[0]
    if (span.readings.length !== 1 || reading === undefined || reading.lossy || reading.absorbsSpace) return undefined
    if (span.end > to.length || reading.plausibility === 'c1' || reading.plausibility === 'script') return undefined
    const kind: DamageKind = span.hasC1 ? 'latin-1' : 'windows-1252'
    edits.push({start: span.start, end: span.end, from: to.slice(span.start, span.end), to: reading.text, kind, lossy: false, confidence: 1})
  }
  return edits
}

/** Characters of the line kept on each side of an inner layer, so its lost bytes are chosen in context. */
const LAYER_CONTEXT = 20
const RIGHT_CONTEXT = 20

/**
 * Repair the next layer of a repaired span inside its line (`à¹‚` is `โ`, and `Chinaโs` needs `China` and `s` to
 * be read as `China’s`): the span's repair with the line around it (20 characters before it, already repaired, and
 * 20 after) and the quote state of the line, keeping only the edits that fall inside the span.
 */
function repairLayer(
  text: string,
  done: ReadonlyArray<Edit>,
  start: number,
  end: number,
  to: string,
  evidence: RepairEvidence
): Edit[] {
  let from = start
  while (from > 0 && start - from < LAYER_CONTEXT && !isBreakCode(text.charCodeAt(from - 1))) from--
  // The right side is raw text that may hold more damage; a word's worth is all the choice needs.
  let until = end
  while (until < text.length && until - end < RIGHT_CONTEXT && !isBreakCode(text.charCodeAt(until))) until++
  const left = repairedSlice(text, done, from, start)
  const inside = left.length + to.length
  const edits: Edit[] = []
  const closerBeyond = hasCloserAhead(text, until)
  for (const edit of repairText(left + to + text.slice(end, until), {...evidence, closerBeyond}).edits) {
    if (edit.start >= left.length && edit.end <= inside) {
      edits.push({...edit, start: edit.start - left.length, end: edit.end - left.length})
    }
  }
  return edits
}

const isBreakCode = (code: number): boolean => code === 0x0a || code === 0x0d
