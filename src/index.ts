/**
 * rex-article: parse Rare Earth Exchanges plain-text dumps into a typed, validated `Article`.
 * This file is the public barrel: named exports, no logic.
 */
export {parseArticle, safeParseArticle} from './parse-article.js'
export type {SafeParseArticleResult} from './parse-article.js'
export {fixText} from './encoding/fix-text.js'
export type {FixTextResult} from './encoding/fix-text.js'
export {findEntities} from './mentions/find-entities.js'
export {findQuantities} from './mentions/find-quantities.js'
export {findDates} from './mentions/find-dates.js'
export type {FindDatesOptions} from './mentions/find-dates.js'
export {articleToMdast} from './render/article-to-mdast.js'
export {articleToMarkdown} from './render/article-to-markdown.js'
export type {ArticleToMarkdownOptions} from './render/article-to-markdown.js'
export {articleToHtml} from './render/article-to-html.js'
export type {ArticleToHtmlOptions} from './render/article-to-html.js'
export {articleJsonSchema} from './schema/json-schema.js'
export {ArticleParseError, isArticleParseError} from './diagnostics/error.js'
export type {ArticleParseErrorCode} from './diagnostics/error.js'
export {allRules as rules} from './diagnostics/rules.js'
export type {Rule} from './diagnostics/rule.js'
export * from './schema/index.js'
