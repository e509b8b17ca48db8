import type {Article} from '../../schema/article.js'
import type {List} from '../../schema/block.js'
import {textKey, type TextPlace} from './article-texts.js'
import {escapeHtml} from './escape-html.js'
import {nestMarks, type Mark} from './nest-marks.js'

/** Writes one text of the Article with its marks; the place says which text it is. */
type Write = (from: TextPlace, section: number | null, block: number | null, item: number | null, text: string) => string

/**
 * The article as a reader sees it: title, date and author, the preamble (quietly), the Highlights, each section
 * with its heading, paragraphs and nested lists, then the site chrome in a quiet footer (credits, disclaimers,
 * copyright, comments, categories, boilerplate, related). Every text goes through `nestMarks` with its marks.
 *
 * @param article the Article
 * @param marks the marks of each text, by `textKey` (`articleMarks`)
 * @returns HTML of the `<article>`
 * @example
 * renderArticle(parseArticle('Title\n\nBody.'), new Map()) // → '<article …><header><h1 id="rx-title">Title</h1>…'
 */
export function renderArticle(article: Article, marks: ReadonlyMap<string, ReadonlyArray<Mark>>): string {
  const write: Write = (from, section, block, item, text) => nestMarks(text, marks.get(textKey({from, section, block, item})) ?? [])
  const parts: string[] = ['<article class="rx-article" aria-labelledby="rx-title">', header(article, write)]
  if (article.preamble.length > 0) {
    parts.push(`<div class="rx-chrome rx-preamble"><p class="rx-label">Before the article</p>`)
    article.preamble.forEach((text, index) => parts.push(`<p>${write('preamble', null, index, null, text)}</p>`))
    parts.push('</div>')
  }
  if (article.highlights.length > 0) {
    parts.push('<section class="rx-highlights" aria-labelledby="rx-highlights"><h2 id="rx-highlights">Highlights</h2><ul>')
    article.highlights.forEach((text, index) => parts.push(`<li>${write('highlight', null, index, null, text)}</li>`))
    parts.push('</ul></section>')
  }
  article.sections.forEach((section, sectionIndex) => {
    parts.push('<section class="rx-section">')
    if (section.heading !== null) parts.push(`<h2>${write('heading', sectionIndex, null, null, section.heading)}</h2>`)
    section.blocks.forEach((block, blockIndex) => {
      parts.push(
        block.type === 'paragraph'
          ? `<p>${write('body', sectionIndex, blockIndex, null, block.text)}</p>`
          : list(block, (item, text) => write('body', sectionIndex, blockIndex, item, text))
      )
    })
    parts.push('</section>')
  })
  parts.push(footer(article, write), '</article>')
  return parts.join('')
}

/** Title (or a muted stand-in), date and author. */
function header(article: Article, write: Write): string {
  const title = article.title === null ? '<span class="rx-none">Untitled article</span>' : write('title', null, null, null, article.title)
  const meta: string[] = []
  if (article.publishedAt !== null) meta.push(`<time datetime="${escapeHtml(article.publishedAt)}">${escapeHtml(article.publishedAt)}</time>`)
  if (article.author !== null) meta.push(`by ${write('author', null, null, null, article.author)}`)
  return `<header><h1 id="rx-title">${title}</h1>${meta.length > 0 ? `<p class="rx-byline">${meta.join(' · ')}</p>` : ''}</header>`
}

/**
 * A list with its nested items, written with an explicit stack (no recursion on the nesting depth, which comes
 * from the input); `item` counts items in pre-order, as a locator does.
 */
function list(block: List, write: (item: number, text: string) => string): string {
  const tag = block.ordered ? 'ol' : 'ul'
  let html = `<${tag}>`
  let item = 0
  const stack = [{items: block.items, index: 0}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number]
    const entry = frame.items[frame.index++]
    if (entry === undefined) {
      stack.pop()
      html += stack.length > 0 ? `</${tag}></li>` : `</${tag}>`
      continue
    }
    html += `<li>${write(item++, entry.text)}`
    if (entry.children.length > 0) {
      html += `<${tag}>`
      stack.push({items: entry.children, index: 0})
    } else html += '</li>'
  }
  return html
}

/** The site chrome, quietly: what the page carried besides the article. */
function footer(article: Article, write: Write): string {
  const lines: string[] = []
  const line = (label: string, html: string): void => {
    lines.push(`<p><span class="rx-label">${label}</span> ${html}</p>`)
  }
  article.credits.forEach((text, index) => line('Source:', write('credit', null, index, null, text)))
  article.disclaimers.forEach((text, index) => line('Note:', write('disclaimer', null, index, null, text)))
  if (article.copyright !== null) line('Copyright:', write('copyright', null, null, null, article.copyright.notice))
  if (article.commentCount !== null) line('Comments:', escapeHtml(String(article.commentCount)))
  if (article.categories.length > 0) {
    line('Categories:', article.categories.map((text, index) => write('category', null, index, null, text)).join(', '))
  }
  article.boilerplate.forEach((text, index) => line('Page chrome:', write('boilerplate', null, index, null, text)))
  article.related.forEach((text, index) => line('Related:', write('related', null, index, null, text)))
  if (lines.length === 0) return ''
  return `<footer class="rx-chrome" aria-label="Site chrome">${lines.join('')}</footer>`
}
