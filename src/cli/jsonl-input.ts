import type {InputFailure} from './frame.js'

/** One line of a JSONL input, as bytes (without its line break), or a line too long to hold. */
export type JsonlLine =
  | {readonly line: number; readonly bytes: Uint8Array}
  | {readonly line: number; readonly tooLong: true}

/** A JSONL line understood as a record, or why it is not one. */
export type JsonlRecord =
  | {readonly ok: true; readonly id: string; readonly text: string}
  | {readonly ok: false; readonly error: InputFailure}

const NEWLINE = 0x0a
const RETURN = 0x0d

/**
 * Split a byte stream into lines (LF or CRLF), numbered from 1, without decoding them: the bytes go as they are
 * to whichever thread parses the record. Blank lines are skipped (a trailing newline, a spacer), but still
 * counted, so line numbers match an editor's. A line longer than `maxBytes` is reported as too long and skipped
 * without being held, so one endless line cannot fill memory. A UTF-8 byte order mark at the start is dropped.
 *
 * @param chunks the stream, e.g. a file read stream or stdin
 * @param maxBytes the longest line held
 * @returns the lines, in order
 * @example
 * for await (const line of jsonlLines(createReadStream('records.jsonl'), 1 << 20)) console.log(line.line)
 * // 1, 2, 3 …
 */
export async function* jsonlLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<JsonlLine> {
  let pieces: Uint8Array[] = []
  let held = 0
  let tooLong = false
  let line = 1
  let first = true
  const finish = function* (): Generator<JsonlLine> {
    if (tooLong) yield {line, tooLong: true}
    else if (held > 0) {
      const bytes = pieces.length === 1 ? (pieces[0] as Uint8Array) : concat(pieces, held)
      const end = bytes[bytes.length - 1] === RETURN ? bytes.length - 1 : bytes.length
      if (!isBlank(bytes, end)) yield {line, bytes: bytes.subarray(0, end)}
    }
    pieces = []
    held = 0
    tooLong = false
    line++
  }
  for await (const chunk of chunks) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    if (first) {
      first = false
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
    }
    let start = 0
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      hold(bytes.subarray(start, end))
      yield* finish()
      start = end + 1
    }
    hold(bytes.subarray(start))
  }
  yield* finish()

  function hold(piece: Uint8Array): void {
    if (tooLong || piece.length === 0) return
    held += piece.length
    if (held > maxBytes) {
      tooLong = true
      pieces = []
      // Copied: the stream may reuse its chunk's memory, and a line outlives the chunk it started in.
    } else pieces.push(new Uint8Array(piece))
  }
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Read one JSONL line as a record `{id, text}`: a JSON object whose `id` and `text` are strings (other keys are
 * ignored, so records can carry their own metadata). Anything else is an `invalid-record` failure, never an
 * exception, so one bad line fails one record and the batch goes on.
 *
 * @param bytes the line, UTF-8, without its line break
 * @returns the record, or the failure
 * @example
 * jsonlRecord(Buffer.from('{"id":"a1","text":"Highlights\\n- One."}')) // {ok: true, id: 'a1', text: 'Highlights\n- One.'}
 * jsonlRecord(Buffer.from('{"id":1}')).ok // false
 */
export function jsonlRecord(bytes: Uint8Array): JsonlRecord {
  let value: unknown
  try {
    value = JSON.parse(decoder.decode(bytes))
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'invalid UTF-8'
    return invalid(`Unexpected line that is not JSON (${reason}), expected a record {"id": …, "text": …}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(`Unexpected JSON ${kindOf(value)}, expected a record {"id": …, "text": …}`)
  }
  const {id, text} = value as {id?: unknown; text?: unknown}
  if (typeof id !== 'string') return invalid(fieldReason('id', id))
  if (typeof text !== 'string') return invalid(fieldReason('text', text))
  return {ok: true, id, text}
}

/**
 * The failure of a line longer than the CLI holds.
 *
 * @example
 * lineTooLong(100).code // 'input-too-large'
 */
export function lineTooLong(maxBytes: number): InputFailure {
  return {code: 'input-too-large', message: `Unexpected line of more than ${maxBytes} bytes (input-too-large)`, diagnostics: []}
}

function invalid(message: string): JsonlRecord {
  return {ok: false, error: {code: 'invalid-record', message, diagnostics: []}}
}

function fieldReason(field: string, value: unknown): string {
  return value === undefined
    ? `Unexpected record without \`${field}\`, expected a record {"id": …, "text": …}`
    : `Unexpected \`${field}\` of type ${kindOf(value)}, expected a string`
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

// Into a fresh buffer of its own (never Node's shared pool), so the line can be transferred to a worker.
function concat(pieces: ReadonlyArray<Uint8Array>, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const piece of pieces) {
    bytes.set(piece, offset)
    offset += piece.length
  }
  return bytes
}

function isBlank(bytes: Uint8Array, end: number): boolean {
  for (let index = 0; index < end; index++) {
    const byte = bytes[index]
    if (byte !== 0x20 && byte !== 0x09 && byte !== RETURN) return false
  }
  return true
}
