import {ArticleParseError} from '../diagnostics/error.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {EncodingReport} from '../schema/encoding.js'
import {FixOptions, type FixSettings} from '../schema/options.js'

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

/**
 * Decode and repair text (STUB: decodes UTF-8 only and normalises to NFC; the repair lands with issue 3).
 */
export function fixText(input: string | Uint8Array, options: FixOptions = {}): FixTextResult {
  const {text, encoding} = repairInput(input, FixOptions.parse(options))
  return {text, encoding}
}

/** The encoding stage: decode, repair, report. */
export function repairInput(input: string | Uint8Array, settings: FixSettings): RepairResult {
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > settings.maxInputBytes) {
    throw new ArticleParseError(`Input of ${size} bytes is over maxInputBytes (${settings.maxInputBytes})`, 'input-too-large')
  }
  const decoded = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)
  const text = decoded.normalize('NFC')
  return {
    text,
    encoding: {source: typeof input === 'string' ? 'string' : 'utf-8', changed: false, damage: [], repairs: []},
    diagnostics: [],
    toInputOffset: (offset) => offset
  }
}
