import {articleToMarkdown, isArticleParseError, parseArticle, type Article, type Diagnostic} from '../index.js'
import {repairInput} from '../encoding/fix-text.js'
import {FixOptions} from '../schema/options.js'
import type {OutputFormat} from './args.js'
import {articleToSummary} from './summary.js'

/** What one input needs to be rendered: everything is plain data, so it can cross to a worker thread. */
export interface RenderSettings {
  readonly format: OutputFormat
  readonly claims: boolean
  readonly referenceDate: string | undefined
  readonly strict: boolean
}

/** One input, rendered in the chosen format, or the reason it failed (one line, no stack trace). */
export type InputOutcome = {readonly ok: true; readonly text: string} | {readonly ok: false; readonly reason: string}

/**
 * Diagnostics that mean there was no article to parse: the CLI reports such an input as failed (exit code 1)
 * rather than print an empty Article, because in a batch an empty or binary file is almost always a mistake.
 * The library itself still returns a best-effort Article for them (SPEC section 7).
 */
export const failingRuleIds: ReadonlySet<string> = new Set(['empty-input', 'binary-input'])

/**
 * Parse one input's bytes and render it in the chosen format. Pure (no fs, no process): the main thread and
 * the worker threads both call it, so `--jobs N` prints exactly what `--jobs 1` prints.
 *
 * @param bytes the input as read from the file or stdin
 * @param name how to name the input in the output (`summary`) and in failures
 * @param settings format and parse options
 * @returns `{ok: true, text}` (ending in a newline) or `{ok: false, reason}`
 * @example
 * renderInput(new TextEncoder().encode('Highlights\n- A.\nB.'), 'a.txt', {format: 'jsonl', claims: true, referenceDate: undefined, strict: false})
 * // → {ok: true, text: '{"schemaVersion":1,…}\n'}
 * renderInput(new Uint8Array(), 'empty.txt', settings) // → {ok: false, reason: 'Unexpected empty input, …'}
 */
export function renderInput(bytes: Uint8Array, name: string, settings: RenderSettings): InputOutcome {
  try {
    if (settings.format === 'text') {
      // The encoding stage alone: `--fix-only` should not pay for the structural parse and claims.
      const repaired = repairInput(bytes, FixOptions.parse({}))
      const failure = failingDiagnostic(repaired.diagnostics, repaired.text)
      return failure ? {ok: false, reason: failure} : {ok: true, text: withNewline(repaired.text)}
    }
    const article = parseArticle(bytes, {claims: settings.claims, referenceDate: settings.referenceDate, strict: settings.strict})
    const failure = failingDiagnostic(article.diagnostics, null)
    return failure ? {ok: false, reason: failure} : {ok: true, text: articleToFormat(article, name, settings.format)}
  } catch (error) {
    return {ok: false, reason: errorReason(error)}
  }
}

function articleToFormat(article: Article, name: string, format: Exclude<OutputFormat, 'text'>): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`
    case 'jsonl':
      return `${JSON.stringify(article)}\n`
    case 'markdown':
      return withNewline(articleToMarkdown(article))
    case 'summary':
      return articleToSummary(article, name)
  }
}

function failingDiagnostic(diagnostics: ReadonlyArray<Diagnostic>, text: string | null): string | undefined {
  const found = diagnostics.find((diagnostic) => failingRuleIds.has(diagnostic.ruleId))
  if (found) return `${found.reason} (${found.ruleId})`
  // The encoding stage does not judge emptiness (the structure stage does), so `--fix-only` checks it here.
  if (text !== null && text.trim() === '') return 'Unexpected empty input, expected article text (empty-input)'
  return undefined
}

function errorReason(error: unknown): string {
  if (isArticleParseError(error)) {
    const errors = error.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    const details = errors.map((diagnostic) => `${diagnostic.reason} (${diagnostic.ruleId})`).join('; ')
    return details === '' ? `${error.message} (${error.code})` : `${error.message}: ${details}`
  }
  // A bug in the library: still one line, so a batch of 10,000 files stays readable.
  return `Internal error: ${error instanceof Error ? error.message : String(error)}`
}

function withNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`
}
