import type {Article, Diagnostic} from '../index.js'
import {frameBody, frameFailure, isRecordFraming, recordText, type Framing, type InputFailure} from './frame.js'
import {loadLibrary, type Library} from './library.js'
import {articleToSummary} from './summary.js'

/** What one input needs to be rendered: everything is plain data, so it can cross to a worker thread. */
export interface RenderSettings extends Framing {
  readonly claims: boolean
  readonly mentions: boolean
  readonly referenceDate: string | undefined
  readonly strict: boolean
}

/**
 * One input, rendered and framed for the output (`text`, ending in a newline), or why it failed (`error`, with
 * the framed failure in `text`, empty when nothing is written for it). `name` is how the input is named in the
 * output and on stderr: a path, `-`, a JSONL record's id, or `file:line` for a JSONL line that is no record.
 */
export type InputOutcome =
  | {readonly ok: true; readonly name: string; readonly text: string}
  | {readonly ok: false; readonly name: string; readonly error: InputFailure; readonly text: string}

/**
 * Diagnostics that mean there was no article to parse: the CLI reports such an input as failed (exit code 1)
 * rather than print an empty Article, because in a batch an empty or binary file is almost always a mistake.
 * The library itself still returns a best-effort Article for them (SPEC section 7).
 */
export const failingRuleIds: ReadonlySet<string> = new Set(['empty-input', 'binary-input'])

/**
 * The failed outcome of an input, framed for the output.
 *
 * @example
 * failedOutcome('m.txt', {code: 'not-found', message: 'not found', diagnostics: []}, settings)
 * // → {ok: false, name: 'm.txt', error: {…}, text: '{"input":"m.txt","error":{…}}\n'} with jsonl
 */
export function failedOutcome(name: string, error: InputFailure, settings: Framing): InputOutcome {
  return {ok: false, name, error, text: frameFailure(name, error, settings)}
}

/**
 * Parse one input (a file's bytes, stdin's, or a JSONL record's text) and render it in the chosen format. No fs,
 * no process: the main thread and the worker threads both call it, so `--jobs N` prints exactly what `--jobs 1`
 * prints.
 *
 * @param input the bytes as read, or a record's text
 * @param name how to name the input in the output and in failures
 * @param settings format, framing and parse options
 * @returns the outcome
 * @example
 * await renderInput(new TextEncoder().encode('Highlights\n- A.\nB.'), 'a.txt', {format: 'jsonl', batch: true, claims: true, mentions: true, referenceDate: undefined, strict: false})
 * // → {ok: true, name: 'a.txt', text: '{"input":"a.txt","article":{"schemaVersion":1,…}}\n'}
 * await renderInput(new Uint8Array(), 'empty.txt', settings) // → {ok: false, name: 'empty.txt', error: {code: 'empty-input', …}, …}
 */
export async function renderInput(input: string | Uint8Array, name: string, settings: RenderSettings): Promise<InputOutcome> {
  const library = await loadLibrary()
  try {
    if (settings.format === 'text') return renderRepairedText(library, input, name, settings)
    const article = library.parseArticle(input, {
      claims: settings.claims,
      mentions: settings.mentions,
      referenceDate: settings.referenceDate,
      strict: settings.strict
    })
    const failure = failingDiagnostic(article.diagnostics)
    if (failure) return failedOutcome(name, failure, settings)
    const text = isRecordFraming(settings)
      ? recordText({input: name, article}, settings.format)
      : frameBody(name, articleToBody(library, article, name, settings), settings)
    return {ok: true, name, text}
  } catch (error) {
    return failedOutcome(name, errorFailure(library, error), settings)
  }
}

// The encoding stage alone: `--fix-only` should not pay for the structural parse and claims.
function renderRepairedText(library: Library, input: string | Uint8Array, name: string, settings: RenderSettings): InputOutcome {
  const {text} = library.fixText(input)
  // `fixText` reports no diagnostics; whether the input was empty or binary is the parser's call, asked only for
  // the rare text that could be either (blank, or holding a control character), so the rule lives in one place.
  if (text.trim() === '' || hasControlCharacter(text)) {
    const failure = failingDiagnostic(library.parseArticle(input, {mentions: false}).diagnostics)
    if (failure) return failedOutcome(name, failure, settings)
  }
  return {ok: true, name, text: frameBody(name, withNewline(text), settings)}
}

function articleToBody(library: Library, article: Article, name: string, settings: RenderSettings): string {
  switch (settings.format) {
    case 'markdown':
      return withNewline(library.articleToMarkdown(article))
    case 'summary':
      return articleToSummary(article, name)
    case 'html':
      return withNewline(library.articleToHtml(article, {inputName: name}))
    default:
      // A lone json input: the bare Article (records are serialized by recordText).
      return `${JSON.stringify(article, null, 2)}\n`
  }
}

function failingDiagnostic(diagnostics: ReadonlyArray<Diagnostic>): InputFailure | undefined {
  const found = diagnostics.find((diagnostic) => failingRuleIds.has(diagnostic.ruleId))
  return found ? {code: found.ruleId, message: `${found.reason} (${found.ruleId})`, diagnostics} : undefined
}

function errorFailure(library: Library, error: unknown): InputFailure {
  if (library.isArticleParseError(error)) {
    // In strict mode the problems are the error and warning diagnostics; name them, not only the mode.
    const problems = error.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')
    const details = problems.map((diagnostic) => `${diagnostic.reason} (${diagnostic.ruleId})`).join('; ')
    const message = details === '' ? `${error.message} (${error.code})` : `${error.message}: ${details}`
    return {code: error.code, message, diagnostics: error.diagnostics}
  }
  // A bug in the library: still one line, so a batch of 10,000 files stays readable.
  return {code: 'internal-error', message: `Internal error: ${error instanceof Error ? error.message : String(error)}`, diagnostics: []}
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) return true
  }
  return false
}

function withNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`
}
