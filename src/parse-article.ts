import {articleToClaims} from './claims/article-to-claims.js'
import {ArticleParseError} from './diagnostics/error.js'
import {sortDiagnostics} from './diagnostics/rule.js'
import {repairInput} from './encoding/fix-text.js'
import {textToArticleParts} from './article/text-to-article-parts.js'
import type {Article} from './schema/article.js'
import {ParseOptions} from './schema/options.js'

/** The result of `safeParseArticle`, shaped like zod's `safeParse`. */
export type SafeParseArticleResult = {success: true; data: Article} | {success: false; error: ArticleParseError}

/**
 * Parse one REEx plain-text dump (a string, or bytes in UTF-8, UTF-16 with BOM or a legacy code page) into an
 * `Article`: encoding repaired, structure recovered, site chrome separated, claims extracted.
 *
 * Messy input never throws: problems are `diagnostics`. It throws `ArticleParseError` only for misuse
 * (`invalid-input`), for input over `maxInputBytes` (`input-too-large`), or in `strict` mode on an error or
 * warning diagnostic (`strict`); bad options throw zod's `ZodError`.
 *
 * @param input the dump
 * @param options (optional) `referenceDate`, `strict` (default `false`), `claims` (default `true`),
 *   `maxInputBytes` (default 16 MiB)
 * @returns the Article
 * @example
 * parseArticle('Highlights\n- Lynas expands.\nLynas said on May 2 it will expand.').highlights
 * // → ['Lynas expands.']
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Article {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new ArticleParseError(
      `Unexpected input of type \`${input === null ? 'null' : typeof input}\`, expected a string or a Uint8Array`,
      'invalid-input'
    )
  }
  const settings = ParseOptions.parse(options)
  const repaired = repairInput(input, {maxInputBytes: settings.maxInputBytes})
  const parts = textToArticleParts(repaired.text, repaired.toInputOffset)
  const mentions = settings.claims
    ? articleToClaims(parts, {referenceDate: settings.referenceDate})
    : {entities: [], quantities: [], dates: [], claims: [], questions: [], diagnostics: []}
  const diagnostics = sortDiagnostics([...repaired.diagnostics, ...parts.diagnostics, ...mentions.diagnostics])
  // Strict mode fails on anything that is not merely informational: an error or a warning (SPEC §6, §7).
  if (settings.strict && diagnostics.some((d) => d.severity !== 'info')) {
    throw new ArticleParseError('Input has error or warning diagnostics (strict mode)', 'strict', diagnostics)
  }
  return {
    schemaVersion: 1,
    id: parts.id,
    title: parts.title,
    publishedAt: parts.publishedAt,
    author: parts.author,
    highlights: parts.highlights,
    sections: parts.sections,
    links: parts.links,
    credits: parts.credits,
    disclaimers: parts.disclaimers,
    related: parts.related,
    preamble: parts.preamble,
    boilerplate: parts.boilerplate,
    categories: parts.categories,
    copyright: parts.copyright,
    commentCount: parts.commentCount,
    entities: mentions.entities,
    quantities: mentions.quantities,
    dates: mentions.dates,
    claims: mentions.claims,
    questions: mentions.questions,
    encoding: repaired.encoding,
    diagnostics
  }
}

/**
 * Like `parseArticle`, but returns `{success: true, data}` or `{success: false, error}` instead of throwing
 * `ArticleParseError` (bad options still throw `ZodError`).
 *
 * @example
 * safeParseArticle('', {strict: true}).success // false when the empty input is an error in strict mode
 */
export function safeParseArticle(input: string | Uint8Array, options: ParseOptions = {}): SafeParseArticleResult {
  try {
    return {success: true, data: parseArticle(input, options)}
  } catch (error) {
    if (error instanceof ArticleParseError) return {success: false, error}
    throw error
  }
}
