import {z} from 'zod'
import type {Article} from '../schema/article.js'
import {articleMarks} from './html/article-marks.js'
import {escapeHtml} from './html/escape-html.js'
import {locateRepairs} from './html/locate-repairs.js'
import {pageScript} from './html/page-script.js'
import {pageStyle} from './html/page-style.js'
import {renderArticle} from './html/render-article.js'
import {renderBanner} from './html/render-banner.js'
import {renderPanel} from './html/render-panel.js'
import {renderClaimTips} from './html/render-tips.js'

const HtmlOptions = z.strictObject({inputName: z.string().optional()})

/**
 * Options of `articleToHtml`.
 *
 * - `inputName` (optional): the name of the input the Article came from (a path, `-`, a record id), shown in the
 *   page's banner and title.
 */
export type ArticleToHtmlOptions = z.input<typeof HtmlOptions>

/**
 * The page forbids every fetch (`default-src 'none'`): only its own inline style and script run, so even a bug
 * that let text through unescaped could not load anything or send anything anywhere.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/**
 * Render an Article as a self-contained HTML review page (SPEC §11): the article as a reader sees it, each claim
 * marked by kind (with a legend) and focusable, its source, entities, figures, dates and checkworthiness shown
 * on hover and on keyboard focus (and as its accessible description); entity, figure and date mentions
 * underlined; link anchors and questions marked; repaired spans marked with what they were (placed best-effort,
 * see `locateRepairs`); a side panel of entities, figures, dates, questions, repairs and diagnostics. One HTML
 * string with inline CSS and a small inline script: no network, no external assets, and every piece of article
 * text escaped. Below 800px wide the panel moves under the article. docs/review-page.md describes the page.
 *
 * @param article the Article (from `parseArticle`, or read back from JSON)
 * @param options (optional) `inputName`: the input's name to show; unknown keys are an error
 * @returns the page, a complete HTML document
 * @throws {ZodError} when the options are not valid
 * @example
 * const html = articleToHtml(parseArticle(dump), {inputName: 'dump.txt'})
 * html.startsWith('<!doctype html>') // → true
 * writeFileSync('dump.html', html)
 */
export function articleToHtml(article: Article, options?: ArticleToHtmlOptions): string {
  const {inputName} = HtmlOptions.parse(options ?? {})
  const repairs = locateRepairs(article)
  const marks = articleMarks(article, repairs)
  const title = `${article.title ?? (article.highlights[0] !== undefined ? article.highlights[0] : 'Untitled article')} — rex-article review`
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">\n` +
    '<meta name="generator" content="rex-article">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${pageStyle}</style>\n</head>\n<body>\n` +
    '<a class="rx-skip" href="#rx-main">Skip to the article</a>\n' +
    `${renderBanner(article, inputName)}\n` +
    '<div class="rx-layout">\n' +
    `<main id="rx-main" tabindex="-1">${renderArticle(article, marks)}</main>\n` +
    `${renderPanel(article, repairs)}\n` +
    '</div>\n' +
    `${renderClaimTips(article)}\n` +
    '<div id="rx-tip" class="rx-tip" aria-hidden="true" hidden></div>\n' +
    `<script>${pageScript}</script>\n</body>\n</html>\n`
  )
}
