import type {Section} from '../schema/block.js'
import type {SpanFrom} from '../schema/locator.js'
import {listItemsInOrder} from '../structure/body-block.js'

/**
 * A text the claims stage reads on its own: the title, a highlight, a paragraph or a list item.
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

/**
 * List the texts of an Article that can hold claims, in reading order: the title, each highlight, then each
 * paragraph and list item of the body (list items in pre-order: an item, then its children). Headings are
 * not listed: they are never claims or questions.
 *
 * @param title the title, if any
 * @param highlights the highlights
 * @param sections the body
 * @returns the units
 * @example
 * textUnits('T', ['H'], [{heading: 'X', blocks: [{type: 'paragraph', text: 'P'}]}]).map((u) => u.from)
 * // → ['title', 'highlight', 'body']
 */
export function textUnits(title: string | null, highlights: ReadonlyArray<string>, sections: ReadonlyArray<Section>): TextUnit[] {
  const units: TextUnit[] = []
  if (title) units.push({from: 'title', section: null, block: null, item: null, text: title})
  highlights.forEach((text, block) => units.push({from: 'highlight', section: null, block, item: null, text}))
  sections.forEach((section, sectionIndex) => {
    section.blocks.forEach((block, blockIndex) => {
      if (block.type === 'paragraph') {
        units.push({from: 'body', section: sectionIndex, block: blockIndex, item: null, text: block.text})
        return
      }
      listItemsInOrder(block.items).forEach((entry, item) => {
        units.push({from: 'body', section: sectionIndex, block: blockIndex, item, text: entry.text})
      })
    })
  })
  return units
}
