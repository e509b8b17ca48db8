import type {Article} from '../../schema/article.js'
import type {SpanFrom} from '../../schema/locator.js'
import {itemsInOrder} from '../../article/text-units.js'

/**
 * Where a text of the page comes from: a locator's `from`, or one of the Article's other text fields that the
 * page shows (the sign-off, the copyright notice, a category name).
 */
export type TextPlace = SpanFrom | 'author' | 'copyright' | 'category'

/** One text of the Article, with the locator fields (`from`, `section`, `block`, `item`) that point into it. */
export interface ArticleText {
  readonly from: TextPlace
  readonly section: number | null
  readonly block: number | null
  readonly item: number | null
  readonly text: string
}

/**
 * The key of a text: spans with the same `from`, `section`, `block` and `item` index the same text.
 *
 * @example
 * textKey({from: 'body', section: 0, block: 3, item: null}) // → 'body:0:3:'
 */
export function textKey(place: {readonly from: string; readonly section: number | null; readonly block: number | null; readonly item: number | null}): string {
  return `${place.from}:${place.section ?? ''}:${place.block ?? ''}:${place.item ?? ''}`
}

/**
 * Every text of an Article in the order a dump usually holds it: title, preamble, highlights, each section's
 * heading and blocks (list items in pre-order, as a locator's `item` counts them), then the chrome of the
 * footer (credits, disclaimers, sign-off, copyright, related, boilerplate, categories). The chrome's true place
 * in the input is not kept in the Article (a `Source:` credit may sit mid-body), so this order is a best guess.
 *
 * @param article the Article
 * @returns the texts, empty ones included (their offsets still count)
 * @example
 * articleTexts(parseArticle('Title\n\nBody text.')).map((text) => text.from) // → ['title', 'body']
 */
export function articleTexts(article: Article): ArticleText[] {
  const texts: ArticleText[] = []
  const add = (from: TextPlace, section: number | null, block: number | null, item: number | null, text: string): void => {
    texts.push({from, section, block, item, text})
  }
  const addAll = (from: TextPlace, list: ReadonlyArray<string>): void => {
    list.forEach((text, index) => add(from, null, index, null, text))
  }
  if (article.title !== null) add('title', null, null, null, article.title)
  addAll('preamble', article.preamble)
  addAll('highlight', article.highlights)
  article.sections.forEach((section, sectionIndex) => {
    if (section.heading !== null) add('heading', sectionIndex, null, null, section.heading)
    section.blocks.forEach((block, blockIndex) => {
      if (block.type === 'paragraph') add('body', sectionIndex, blockIndex, null, block.text)
      else itemsInOrder(block.items).forEach((entry, item) => add('body', sectionIndex, blockIndex, item, entry.text))
    })
  })
  addAll('credit', article.credits)
  addAll('disclaimer', article.disclaimers)
  if (article.author !== null) add('author', null, null, null, article.author)
  if (article.copyright !== null) add('copyright', null, null, null, article.copyright.notice)
  addAll('related', article.related)
  addAll('boilerplate', article.boilerplate)
  addAll('category', article.categories)
  return texts
}
