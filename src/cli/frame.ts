import type {BatchRecord, Diagnostic} from '../index.js'
import type {OutputFormat} from './args.js'

/** Why one input failed: the `error` of its batch record. */
export interface InputFailure {
  readonly code: string
  readonly message: string
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

/** How one input's output is framed: the format, and whether it is one of a batch written to one stream. */
export interface Framing {
  readonly format: OutputFormat
  /**
   * Whether the stream holds several inputs (more than one path, a folder, or JSONL records) rather than one
   * input or one `--out` file: then json gives records, and markdown and text put a header before each input.
   */
  readonly batch: boolean
}

/**
 * Whether an input's output is a batch record (`{input, article}` or `{input, error}`): always for jsonl, and
 * for json when the stream holds a batch. A lone json input is the bare Article, as `parseArticle` returns it.
 *
 * @example
 * isRecordFraming({format: 'jsonl', batch: false}) // true
 * isRecordFraming({format: 'json', batch: false}) // false
 */
export function isRecordFraming(framing: Framing): boolean {
  return framing.format === 'jsonl' || (framing.format === 'json' && framing.batch)
}

/**
 * Serialize a batch record: 2-space indented for json, one line for jsonl. Every engine that writes records —
 * the CLI in one thread or many, GNU parallel over it, the queue recipe — must give these very bytes.
 *
 * @example
 * recordText({input: 'a.txt', error: {code: 'not-found', message: 'not found', diagnostics: []}}, 'jsonl')
 * // '{"input":"a.txt","error":{"code":"not-found","message":"not found","diagnostics":[]}}\n'
 */
export function recordText(record: BatchRecord | {input: string; error: InputFailure}, format: OutputFormat): string {
  return `${format === 'json' ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`
}

/**
 * The header that names an input in markdown and text output of a batch: `==> name <==`, the line `head` and
 * `tail` print between files. A name with a control character (a newline in a file name) is shown as a JSON
 * string, so the header stays one line and still names the input exactly.
 *
 * @example
 * inputHeader('corpus/a.txt') // '==> corpus/a.txt <==\n'
 */
export function inputHeader(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  const shown = /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name
  return `==> ${shown} <==\n`
}

/**
 * Frame one parsed input's rendered body (Markdown, repaired text, summary, page or the bare Article's JSON) for
 * the output stream: in a batch, markdown and text get a header naming the input. Records are written by
 * `recordText` instead.
 *
 * @param name the input's name: a path, `-` for stdin, or a JSONL record's id
 * @param body the rendered body, ending in a newline
 * @param framing format and batch
 * @returns the text to write
 * @example
 * frameBody('a.txt', '# Title\n', {format: 'markdown', batch: true}) // '==> a.txt <==\n# Title\n'
 */
export function frameBody(name: string, body: string, framing: Framing): string {
  return framing.batch && (framing.format === 'markdown' || framing.format === 'text') ? `${inputHeader(name)}${body}` : body
}

/**
 * Frame a failed input for the output stream, so that a failure is never a silent gap in a batch: an error
 * record (json, jsonl), a header and a `(failed: …)` line (markdown, text), a `Failed:` line (summary). A lone
 * input (or an `--out` file) that fails writes nothing: the failure is on stderr and in the exit code.
 *
 * @example
 * frameFailure('m.txt', {code: 'not-found', message: 'not found', diagnostics: []}, {format: 'text', batch: true})
 * // '==> m.txt <==\n(failed: not found)\n'
 */
export function frameFailure(name: string, error: InputFailure, framing: Framing): string {
  if (isRecordFraming(framing)) return recordText({input: name, error}, framing.format)
  if (!framing.batch) return ''
  switch (framing.format) {
    case 'markdown':
    case 'text':
      return `${inputHeader(name)}(failed: ${error.message})\n`
    case 'summary':
      return `== ${name}\nFailed:      ${error.message}\n`
    default:
      return ''
  }
}
