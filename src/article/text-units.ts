import type {Section} from '../schema/block.js'
import type {TextUnit} from './text-unit.js'

/**
 * List the texts of an Article the later stages read, in reading order: the title, each highlight, each
 * paragraph and list item of the body (list items in pre-order: an item, then its children), then each credit
 * (for mentions only). Headings are not listed: they are never claims or questions.
 *
 * @example
 * textUnits('T', ['H'], [{heading: 'X', blocks: [{type: 'paragraph', text: 'P'}]}], []).map((u) => u.from)
 * // → ['title', 'highlight', 'body']
 */
export function textUnits(title: string | null, highlights: ReadonlyArray<string>, sections: ReadonlyArray<Section>, credits: ReadonlyArray<string>): TextUnit[] {
  const units: TextUnit[] = []
  if (title) units.push({from: 'title', section: null, block: null, item: null, text: title})
  highlights.forEach((text, block) => units.push({from: 'highlight', section: null, block, item: null, text}))
  sections.forEach((section, sectionIndex) => {
    section.blocks.forEach((block, blockIndex) => {
      if (block.type === 'paragraph') {
        units.push({from: 'body', section: sectionIndex, block: blockIndex, item: null, text: block.text})
        return
      }
      let item = 0
      for (const entry of itemsInOrder(block.items)) units.push({from: 'body', section: sectionIndex, block: blockIndex, item: item++, text: entry.text})
    })
  })
  credits.forEach((text, block) => units.push({from: 'credit', section: null, block, item: null, text}))
  return units
}

/**
 * The items of a list in reading order: pre-order over items and their children, with an explicit stack (no
 * recursion on the depth of the input). This order is what a locator's `item` counts.
 *
 * @example
 * itemsInOrder([{text: 'a', children: [{text: 'b', children: []}]}]).map((item) => item.text) // → ['a', 'b']
 */
export function itemsInOrder<T extends {readonly children: ReadonlyArray<T>}>(items: ReadonlyArray<T>): T[] {
  const result: T[] = []
  const stack: T[] = []
  for (let index = items.length - 1; index >= 0; index--) stack.push(items[index] as T)
  while (stack.length > 0) {
    const item = stack.pop() as T
    result.push(item)
    for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as T)
  }
  return result
}

/**
 * The content texts the article id hashes: title, highlights, and every heading, paragraph and list item of
 * the body, in reading order (site chrome is left out, so another comment count keeps the id).
 *
 * @example
 * contentTexts('T', ['H'], [{heading: 'X', blocks: []}]) // → ['T', 'H', 'X']
 */
export function contentTexts(title: string | null, highlights: ReadonlyArray<string>, sections: ReadonlyArray<Section>): string[] {
  const texts: string[] = title === null ? [] : [title]
  for (const text of highlights) texts.push(text)
  for (const section of sections) {
    if (section.heading !== null) texts.push(section.heading)
    for (const block of section.blocks) {
      if (block.type === 'paragraph') texts.push(block.text)
      else for (const item of itemsInOrder(block.items)) texts.push(item.text)
    }
  }
  return texts
}
