import type {BlockView} from './blocks.js'
import {parseByline, parseCredit} from './chrome.js'
import {isFeedHeader, isTitleLike} from './front-matter.js'
import {parseDateLine} from './parse-date-line.js'

/**
 * Whether the front (the lines before the Highlights) holds exactly one line that could be the title, not a
 * list: layout B's title line. Date lines, bylines and credits are not candidates.
 *
 * @example
 * isTitleAlone(blocks) // → true for `Title` then `Mar 3, 2025` before the Highlights
 */
export function isTitleAlone(blocks: ReadonlyArray<BlockView>): boolean {
  let candidates = 0
  let list = false
  for (const block of blocks) {
    if (block.type === 'list') {
      candidates++
      list = true
    } else if (parseDateLine(block.text) === null && parseByline(block.text) === null && parseCredit(block.text) === null) candidates++
  }
  return candidates === 1 && !list
}

/**
 * How many leading blocks of a page without Highlights are its front: feed headers and generated leftovers,
 * then a heading-shaped, headline-like title, then a date line.
 *
 * @example
 * countFrontWithoutHighlights(blocks) // → 2 for `Title`, `Mar 3, 2025`, then paragraphs
 */
export function countFrontWithoutHighlights(blocks: ReadonlyArray<BlockView>): number {
  let index = 0
  const textAt = (at: number): string | null => {
    const block = blocks[at]
    return block && block.type !== 'list' ? block.text : null
  }
  while (textAt(index) !== null && isFeedHeader(textAt(index) as string)) index++
  const title = blocks[index]
  if (title?.type === 'heading' && isTitleLike(title.text) && index + 1 < blocks.length) index++
  const date = textAt(index)
  if (date !== null && parseDateLine(date) !== null) index++
  return index
}
