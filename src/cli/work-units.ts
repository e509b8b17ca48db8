import {createReadStream} from 'node:fs'
import type {Readable} from 'node:stream'
import type {InputFormat} from './args.js'
import {fsFailure, type InputRef} from './inputs.js'
import {jsonlLines, lineTooLong} from './jsonl-input.js'
import {tooLarge} from './read-input.js'
import type {WorkUnit} from './render-unit.js'

/**
 * The most the main thread holds of one input it reads itself (stdin, or one JSONL line): four times the
 * library's default `maxInputBytes` (16 MiB), room for any text the library would take even JSON-escaped. It is
 * a bound on memory, not the size rule: the library still rejects a text over its own limit (`input-too-large`),
 * and the main thread need not load the library to know its limit.
 */
export const MAX_HELD_BYTES = 64 * 1024 * 1024

/** One unit of work and the input it comes from (for `--out`, which writes one file per input). */
export interface SourcedUnit {
  readonly unit: WorkUnit
  readonly input: InputRef
}

/**
 * Turn the inputs into units of work, lazily and in order: a file is one unit (its bytes are read where it is
 * parsed), stdin is read here, and a JSONL input gives one unit per line, named `file:line` until its record is
 * read. A missing path, an unreadable JSONL file or a line too long becomes a failed unit in its place.
 *
 * @param inputs the inputs, from `expandInputs`
 * @param inputFormat whether each input is one text or lines of `{id, text}` records
 * @param stdin the stream `-` reads
 * @returns the units, as an async generator (a JSONL file of any size is never held whole)
 * @example
 * for await (const {unit} of workUnits(inputs, 'jsonl', process.stdin)) console.log(unit.kind, unit.name)
 * // line in.jsonl:1, line in.jsonl:2, failed in.jsonl:3 (a line too long) …
 */
export async function* workUnits(inputs: ReadonlyArray<InputRef>, inputFormat: InputFormat, stdin: Readable): AsyncGenerator<SourcedUnit> {
  for (const input of inputs) {
    if (input.kind === 'missing') {
      yield {input, unit: {kind: 'failed', name: input.display, error: input.failure}}
    } else if (inputFormat === 'jsonl') {
      const stream = input.kind === 'stdin' ? stdin : createReadStream(input.path)
      try {
        for await (const line of jsonlLines(stream as AsyncIterable<Uint8Array>, MAX_HELD_BYTES)) {
          const name = `${input.display}:${line.line}`
          yield {input, unit: 'bytes' in line ? {kind: 'line', bytes: line.bytes, name} : {kind: 'failed', name, error: lineTooLong(MAX_HELD_BYTES)}}
        }
      } catch (error) {
        yield {input, unit: {kind: 'failed', name: input.display, error: fsFailure(error)}}
      } finally {
        if (input.kind === 'file') stream.destroy()
      }
    } else if (input.kind === 'stdin') {
      yield {input, unit: await readStdin(stdin)}
    } else {
      yield {input, unit: {kind: 'file', path: input.path, name: input.display}}
    }
  }
}

// Stops at MAX_HELD_BYTES, so an endless pipe fails like an oversized file instead of filling memory.
async function readStdin(stream: Readable): Promise<WorkUnit> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buffer.byteLength
      if (size > MAX_HELD_BYTES) {
        stream.destroy()
        return {kind: 'failed', name: '-', error: tooLarge(`Unexpected input of more than ${MAX_HELD_BYTES} bytes`)}
      }
      chunks.push(buffer)
    }
  } catch (error) {
    return {kind: 'failed', name: '-', error: fsFailure(error)}
  }
  return {kind: 'bytes', bytes: Buffer.concat(chunks), name: '-'}
}
