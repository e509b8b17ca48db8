import type {InputFailure} from './frame.js'
import {jsonlRecord} from './jsonl-input.js'
import {readAndRender} from './read-input.js'
import {failedOutcome, renderInput, type InputOutcome, type RenderSettings} from './render-input.js'

/**
 * One unit of work of a batch, as plain data that can be posted to a worker thread: a file to read, bytes
 * already read (stdin), one JSONL line (parsed where it is rendered, so the main thread only splits lines), or
 * an input that failed before any work (a missing path, a line too long to hold).
 */
export type WorkUnit =
  | {readonly kind: 'file'; readonly path: string; readonly name: string}
  | {readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly name: string}
  | {readonly kind: 'line'; readonly bytes: Uint8Array; readonly name: string}
  | {readonly kind: 'failed'; readonly name: string; readonly error: InputFailure}

/**
 * Render one unit. A JSONL line that is no record fails under its `name` (`file:line`); a record is named by its
 * id from then on.
 *
 * @param unit the unit
 * @param settings format, framing and parse options
 * @returns the outcome (never rejects)
 * @example
 * await renderUnit({kind: 'line', bytes: Buffer.from('{"id":"a","text":"…"}'), name: 'in.jsonl:1'}, settings)
 * // → {ok: true, name: 'a', text: '{"input":"a","article":{…}}\n'}
 */
export async function renderUnit(unit: WorkUnit, settings: RenderSettings): Promise<InputOutcome> {
  switch (unit.kind) {
    case 'file':
      return readAndRender(unit.path, unit.name, settings)
    case 'bytes':
      return renderInput(unit.bytes, unit.name, settings)
    case 'line': {
      const record = jsonlRecord(unit.bytes)
      return record.ok ? renderInput(record.text, record.id, settings) : failedOutcome(unit.name, record.error, settings)
    }
    case 'failed':
      return failedOutcome(unit.name, unit.error, settings)
  }
}
