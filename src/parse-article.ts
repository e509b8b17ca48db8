import {z} from 'zod'
import {mdastToArticle} from './article/mdast-to-article.js'
import {mentionsToClaims} from './claims/mentions-to-claims.js'
import {ArticleParseError} from './diagnostics/error.js'
import {sortDiagnostics} from './diagnostics/rule.js'
import {inputToDocument} from './encoding/input-to-document.js'
import {toInput} from './encoding/to-input.js'
import {unitsToMentions} from './mentions/units-to-mentions.js'
import {keepTree} from './render/kept-tree.js'
import type {Article} from './schema/article.js'
import {ParseOptions, type ParseSettings} from './schema/options.js'
import {documentToMdast, type Structure} from './structure/document-to-mdast.js'

/** The result of `safeParseArticle`, shaped like zod's `safeParse`. */
export type SafeParseArticleResult = {success: true; data: Article} | {success: false; error: ArticleParseError}

/**
 * Parse one REEx plain-text dump into an `Article`: five stages over one document.
 *
 * 1. encoding: decode the input and repair its mojibake into the document (repaired text, one line index, the
 *    map back to the input);
 * 2. structure: one mdast tree of the whole document, every node positioned in the input;
 * 3. article: the Article's fields read from the tree (title, highlights, sections, links, site chrome);
 * 4. mentions: entities, quantities and dates of the title, highlights and body;
 * 5. claims: claims and questions, from the mentions.
 *
 * Messy input never throws: problems are `diagnostics`. It throws `ArticleParseError` only for misuse
 * (`invalid-input`: not a string, `Uint8Array` or `ArrayBuffer`), for input over `maxInputBytes`
 * (`input-too-large`), or in `strict` mode on an error or warning diagnostic (`strict`); bad options throw zod's
 * `ZodError`, naming the key. The positioned tree is kept on the Article for `articleToMdast`.
 *
 * @param input the dump: a string, or its bytes (UTF-8, UTF-16 with BOM, or a legacy code page)
 * @param options (optional) `referenceDate`, `strict` (default `false`), `mentions` (default `true`), `claims`
 *   (default `true`), `maxInputBytes` (default 16 MiB)
 * @returns the Article
 * @example
 * parseArticle('Highlights\n- Lynas expands.\nLynas said on May 2 it will expand.').highlights
 * // → ['Lynas expands.']
 */
export function parseArticle(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): Article {
  const settings = toSettings(options)
  const source = toInput(input)
  const document = inputToDocument(source, settings)
  let structure: Structure | undefined = documentToMdast(document)
  const article = mdastToArticle(structure, document)
  // The lines and the unannotated tree are not needed past the article stage: let a long dump's go.
  const structureMessages = structure.messages
  structure = undefined
  const {fields} = article
  const mentions = settings.mentions
    ? unitsToMentions(article.units, {referenceDate: settings.referenceDate, publishedAt: fields.publishedAt, copyright: fields.copyright})
    : undefined
  const claims = mentions && settings.claims ? mentionsToClaims(mentions, fields.links, article.cutOff) : undefined

  const diagnostics = sortDiagnostics([...document.messages, ...structureMessages, ...article.messages, ...(mentions?.messages ?? [])])
  // Strict mode fails on anything that is not merely informational: an error or a warning (SPEC §6, §7).
  if (settings.strict && diagnostics.some((d) => d.severity !== 'info')) {
    throw new ArticleParseError('Input has error or warning diagnostics (strict mode)', 'strict', diagnostics)
  }
  const result: Article = {
    schemaVersion: 1,
    ...fields,
    entities: mentions?.entities ?? [],
    quantities: mentions?.quantities ?? [],
    dates: mentions?.dates ?? [],
    claims: claims?.claims ?? [],
    questions: claims?.questions ?? [],
    encoding: document.encoding,
    diagnostics
  }
  keepTree(result, article.tree)
  return result
}

/**
 * Like `parseArticle`, but never throws, for any input or options: it returns `{success: true, data}`, or
 * `{success: false, error}` with an `ArticleParseError` whose `code` says why (`invalid-input`,
 * `invalid-options` with the zod error as `cause`, `input-too-large`, `strict`).
 *
 * @example
 * safeParseArticle('', {strict: true}).success // → false (empty input is an error in strict mode)
 * safeParseArticle('Text', {strict: 'yes'}).error?.code // → 'invalid-options'
 */
export function safeParseArticle(input: string | Uint8Array | ArrayBuffer, options?: ParseOptions): SafeParseArticleResult {
  try {
    return {success: true, data: parseArticle(input, options)}
  } catch (error) {
    return {success: false, error: toParseError(error)}
  }
}

/** Any failure as an `ArticleParseError`: a zod error on the options becomes `invalid-options`. */
function toParseError(error: unknown): ArticleParseError {
  if (error instanceof ArticleParseError) return error
  if (error instanceof z.ZodError) {
    return new ArticleParseError(`Invalid options: ${z.prettifyError(error).replaceAll('\n', ' ')}`, 'invalid-options', [], {cause: error})
  }
  // Not reachable for any input the library documents; reported as misuse rather than thrown from a safe call.
  return new ArticleParseError(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`, 'invalid-input', [], {cause: error})
}

/** Defaults for the common call with no options, validated once. */
const defaults: ParseSettings = Object.freeze(ParseOptions.parse({}))

/** Validate the options (the one place they are defaulted); a call without options skips zod altogether. */
function toSettings(options: ParseOptions | undefined): ParseSettings {
  if (options === undefined) return defaults
  if (typeof options === 'object' && options !== null && Object.getPrototypeOf(options) === Object.prototype && Object.keys(options).length === 0) return defaults
  return ParseOptions.parse(options)
}
