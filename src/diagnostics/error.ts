import type {Diagnostic} from '../schema/diagnostic.js'

/** Why `parseArticle` threw: misuse, input over `maxInputBytes`, or an error diagnostic in `strict` mode. */
export type ArticleParseErrorCode = 'invalid-input' | 'input-too-large' | 'strict'

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

  constructor(message: string, code: ArticleParseErrorCode, diagnostics: ReadonlyArray<Diagnostic> = []) {
    super(message)
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
