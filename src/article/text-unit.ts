import type {SpanFrom} from '../schema/locator.js'

/**
 * A text the later stages read on its own: the title, a highlight, a paragraph or a list item (claims and
 * mentions), or a credit (mentions only: a misspelt source name). `from`/`section`/`block`/`item` locate it in
 * the Article, as every span of the Article is located.
 *
 * @example
 * const unit: TextUnit = {from: 'body', section: 0, block: 2, item: 1, text: 'A list item.'}
 */
export interface TextUnit {
  readonly from: SpanFrom
  readonly section: number | null
  readonly block: number | null
  readonly item: number | null
  readonly text: string
}
