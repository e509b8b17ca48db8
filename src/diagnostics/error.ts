import type {Diagnostic} from '../schema/diagnostic.js'

/**
 * Why parsing failed: misuse (`invalid-input`: not a string or bytes; `invalid-options`: options the schema
 * rejects, in `safe…` results only, as the throwing functions throw zod's `ZodError`), input over `maxInputBytes`,
 * or an error or warning diagnostic in `strict` mode.
 */
export type ArticleParseErrorCode = 'invalid-input' | 'invalid-options' | 'input-too-large' | 'strict'

/**
 * The error `parseArticle` throws (messy input never throws; see SPEC section 7).
 *
 * @example
 * try { parseArticle('', {strict: true}) } catch (error) { if (isArticleParseError(error)) error.code } // 'strict'
 */
export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError'
  readonly code: ArticleParseErrorCode
  readonly diagnostics: ReadonlyArray<Diagnostic>

  constructor(message: string, code: ArticleParseErrorCode, diagnostics: ReadonlyArray<Diagnostic> = [], options?: {cause?: unknown}) {
    super(message, options)
    this.code = code
    this.diagnostics = Object.freeze([...diagnostics])
  }
}

/**
 * Whether a value is an `ArticleParseError`, also across realms (checks `name`, not only `instanceof`).
 *
 * @example
 * isArticleParseError(new ArticleParseError('x', 'strict')) // true
 */
export function isArticleParseError(value: unknown): value is ArticleParseError {
  return (
    value instanceof ArticleParseError ||
    (typeof value === 'object' && value !== null && (value as {name?: unknown}).name === 'ArticleParseError')
  )
}
