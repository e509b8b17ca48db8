import {ArticleParseError} from '../diagnostics/error.js'
import {encodingRules} from '../diagnostics/encoding-rules.js'
import {createDiagnostic} from '../diagnostics/rule.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {DamageKind, EncodingReport, EncodingSource, Repair} from '../schema/encoding.js'
import {FixOptions, type FixSettings} from '../schema/options.js'
import {decodeBytes} from './decode-bytes.js'
import {isNfcRisk, nfcChanges, offsetMapper, placesOf, type Change} from './offset-map.js'
import {applyEdits} from './edits.js'
import {OTHER_PAGES, type OtherPageName} from './other-code-pages.js'
import {repairIdempotent} from './repair-idempotent.js'
import {toInput} from './to-input.js'
import {textGate} from './text-gate.js'

/** What `fixText` returns: the repaired text and the report of what was done. */
export interface FixTextResult {
  readonly text: string
  readonly encoding: EncodingReport
}

/** What the encoding stage hands to the rest of the pipeline. */
export interface RepairResult extends FixTextResult {
  readonly diagnostics: ReadonlyArray<Diagnostic>
  /** Map a UTF-16 offset in the repaired `text` back to an offset in the decoded input. */
  readonly toInputOffset: (offset: number) => number
}

/** Repairs below this confidence are flagged with an `uncertain-repair` warning. */
const UNCERTAIN = 0.6

const KIND_RULES = {
  'lossy-thai': encodingRules['lossy-thai-mojibake'],
  'windows-874': encodingRules['windows-874-mojibake'],
  'windows-1252': encodingRules['windows-1252-mojibake'],
  'latin-1': encodingRules['latin-1-mojibake'],
  double: encodingRules['double-mojibake'],
  'other-code-page': encodingRules['other-code-page-mojibake']
} as const

const KIND_ORDER: ReadonlyArray<DamageKind> = ['lossy-thai', 'windows-874', 'windows-1252', 'latin-1', 'double', 'other-code-page']

/**
 * Decode and repair text: bytes are decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252),
 * mojibake is repaired span by span (K1 lossy Thai with the lost bytes inferred from context, K2 Windows-874,
 * K3 Windows-1252, K4 Latin-1, K5 twice), and the result is NFC. Correct text is never changed, and repairing
 * repaired text changes nothing. Line endings and NBSP are left as they are.
 *
 * @param input the text, or its bytes (a `Uint8Array` or an `ArrayBuffer`, from any realm)
 * @param options (optional) `maxInputBytes` (default 16 MiB; larger input throws `ArticleParseError`); an unknown
 *   key throws zod's `ZodError`, as does a bad value; input of another type throws `ArticleParseError`
 *   (`invalid-input`)
 * @returns `text` and the `encoding` report: `source`, `changed`, `damage` per kind and every repair with offsets
 *   into the decoded input, what it was, what it became, whether bytes had been lost and how sure the choice is
 * @example
 * fixText('Chinaโs monopolyโitโs ยฉ 2025').text // 'China’s monopoly—it’s © 2025'
 */
export function fixText(input: string | Uint8Array | ArrayBuffer, options: FixOptions = {}): FixTextResult {
  const {text, encoding} = repairInput(toInput(input), isEmptyObject(options) ? DEFAULT_SETTINGS : FixOptions.parse(options))
  return {text, encoding}
}

/** The settings of no options, parsed once: parsing them again on every call costs more than a small page. */
const DEFAULT_SETTINGS: FixSettings = Object.freeze(FixOptions.parse({}))

/** A plain object with no keys (what callers pass as "no options"); anything else is parsed and checked. */
const isEmptyObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0

/**
 * The encoding stage of `parseArticle`: decode, repair, normalise to NFC, report (see `fixText`), plus the
 * diagnostics and a map from offsets in the repaired text back to the decoded input. Never throws on messy input;
 * throws `ArticleParseError` (`input-too-large`) over `settings.maxInputBytes`.
 *
 * @example
 * const result = repairInput('ยฉ 2025', {maxInputBytes: 1000})
 * result.text // '© 2025'
 * result.toInputOffset(2) // 3
 */
export function repairInput(input: string | Uint8Array, settings: FixSettings): RepairResult {
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > settings.maxInputBytes) {
    throw new ArticleParseError(`Input of ${size} bytes is over maxInputBytes (${settings.maxInputBytes})`, 'input-too-large')
  }
  const {text: decoded, source, utf8} = typeof input === 'string' ? {text: input, source: 'string' as const, utf8: undefined} : decodeBytes(input)
  // One scan answers every question asked of the whole text: most text has nothing that starts a repair, nothing
  // NFC changes and no control character, and then nothing more reads it. It reads the bytes, when it can.
  const gate = textGate(decoded, utf8)
  const plain = !gate.damaged && !gate.otherPage && !gate.nfcRisk
  const diagnostics: Diagnostic[] = decodingDiagnostics(source, gate.binary)
  // A BOM is an encoding mark, not text; a string can still carry one when it was decoded without stripping it.
  // Every leading BOM goes at once, so that the output never starts with one and a second pass removes nothing.
  let bomEnd = 0
  while (decoded.charCodeAt(bomEnd) === 0xfeff) bomEnd++
  const bom: Change[] = bomEnd > 0 ? [{start: 0, end: bomEnd, to: ''}] : []
  // Repair reads NFC text (`e` + U+0301 is `é`, a lead byte like any other), and its output is normalised again.
  // Text with no character NFC may change is NFC already (a BOM is none of them).
  const composed = gate.nfcRisk ? nfcChanges(bomEnd > 0 ? decoded.slice(bomEnd) : decoded, true) : []
  const prepared = [...bom, ...composed.map((change) => shift(change, bomEnd))]
  const normal = prepared.length > 0 ? applyEdits(decoded, prepared) : decoded
  const toDecoded = offsetMapper(prepared)
  // The gate read the decoded text; what NFC or the BOM changed is read again (rarely: NFC changes little).
  const {edits, normalizing: renormalizing, text} = plain
    ? {edits: [], normalizing: [], text: normal}
    : repairIdempotent(normal, prepared.length > 0 ? textGate(normal) : gate)
  const toNormal = offsetMapper(edits)
  const toRepaired = offsetMapper(renormalizing)
  const repairs: Repair[] = edits.map(({start, end, to, kind, lossy, confidence}) => {
    const inputStart = toDecoded(start)
    const inputEnd = toDecoded(end)
    return {start: inputStart, end: inputEnd, from: decoded.slice(inputStart, inputEnd), to: nfc(to), kind, lossy, confidence}
  })
  const report = reportRepairs(decoded, repairs, edits.find((edit) => edit.page !== undefined)?.page)
  for (const diagnostic of report.diagnostics) diagnostics.push(diagnostic)
  const normalized = prepared.length > bom.length || renormalizing.length > 0
  return {
    text,
    encoding: {source, changed: repairs.length > 0 || normalized, damage: report.damage, repairs},
    diagnostics,
    // Made outside this scope: a closure here would keep this call's whole context, the decoded text with it.
    toInputOffset: composeOffsets(toDecoded, toNormal, toRepaired)
  }
}

/** NFC of a repair's characters: only what holds a character NFC may change can change (see `isNfcRisk`). */
function nfc(text: string): string {
  for (let index = 0; index < text.length; index++) if (isNfcRisk(text.charCodeAt(index))) return text.normalize('NFC')
  return text
}

/** Offsets in the repaired text back to the decoded input, through the NFC, repair and renormalizing edits. */
function composeOffsets(toDecoded: (offset: number) => number, toNormal: (offset: number) => number, toRepaired: (offset: number) => number): (offset: number) => number {
  return (offset) => toDecoded(toNormal(toRepaired(offset)))
}

const shift = (change: Change, by: number): Change => ({start: change.start + by, end: change.end + by, to: change.to})

function decodingDiagnostics(source: EncodingSource, binary: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  if (source === 'windows-1252') {
    diagnostics.push(
      createDiagnostic(encodingRules['legacy-decoding'], 'Unexpected invalid UTF-8, expected UTF-8; decoded as Windows-1252', {
        actual: 'invalid UTF-8',
        expected: 'UTF-8'
      })
    )
  }
  if (binary) {
    diagnostics.push(
      createDiagnostic(encodingRules['binary-input'], 'Unexpected binary content (NUL or control characters), expected text')
    )
  }
  return diagnostics
}

/** How many repairs of one kind (or uncertain ones) there are, and the first of them. */
interface Tally {
  count: number
  readonly first: Repair
}

/**
 * The damage counts and the diagnostics of the repairs, from one pass over them: one info diagnostic per kind,
 * placed at its first repair, and one `uncertain-repair` warning for the guesses under 0.6.
 */
function reportRepairs(
  text: string,
  repairs: ReadonlyArray<Repair>,
  page: OtherPageName | undefined
): {damage: EncodingReport['damage']; diagnostics: Diagnostic[]} {
  const kinds = new Map<DamageKind, Tally>()
  let uncertain: Tally | undefined
  for (const repair of repairs) {
    const tally = kinds.get(repair.kind)
    if (tally === undefined) kinds.set(repair.kind, {count: 1, first: repair})
    else tally.count++
    if (repair.confidence >= UNCERTAIN) continue
    if (uncertain === undefined) uncertain = {count: 1, first: repair}
    else uncertain.count++
  }
  const damage: EncodingReport['damage'] = []
  const diagnostics: Diagnostic[] = []
  if (repairs.length === 0) return {damage, diagnostics}
  const places = placesOf(text, [...[...kinds.values()].map((tally) => tally.first.start), uncertain?.first.start ?? 0])
  for (const kind of KIND_ORDER) {
    const tally = kinds.get(kind)
    if (tally === undefined) continue
    damage.push({kind, count: tally.count})
    const {first, count} = tally
    // Which other code page it was is the useful part of that message (`UTF-8 read as Windows-1251`).
    const name = kind === 'other-code-page' && page !== undefined ? (OTHER_PAGES.find((known) => known.name === page)?.label ?? page) : kind
    diagnostics.push(
      createDiagnostic(
        KIND_RULES[kind],
        `Unexpected ${name} mojibake \`${first.from}\`, expected \`${first.to}\`; repaired ${count} span${count === 1 ? '' : 's'}`,
        {place: places(first.start), actual: first.from, expected: first.to}
      )
    )
  }
  if (uncertain !== undefined) {
    const {first, count} = uncertain
    diagnostics.push(
      createDiagnostic(
        encodingRules['uncertain-repair'],
        `Unexpected lost bytes in \`${first.from}\` with little context, expected a clear reading; guessed \`${first.to}\` (confidence ${first.confidence}) in ${count} span${count === 1 ? '' : 's'}`,
        {place: places(first.start), actual: first.from, expected: first.to}
      )
    )
  }
  return {damage, diagnostics}
}
