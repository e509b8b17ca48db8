import {isRelatedMarker} from './chrome.js'
import {linesOf, type BlockView} from './blocks.js'

/** A related-posts tail holds post titles: short lines. A long paragraph after the marker means it was prose. */
const maxTailWords = 30

/**
 * Whether a line starts the related-posts tail: an unmistakable marker (`You Might Also Like…`), or a short
 * `See also …` / `Read more …` / `Related` line followed only by post titles, up to the end or to an
 * unmistakable marker: no long paragraph, and no sentence ending in a period (a `Read more: …` promo in the
 * middle of an article is followed by more of the article).
 *
 * @param text the line
 * @param blocks the body's blocks
 * @param from the index of the block after the line
 * @example
 * startsRelatedTail('See also:', blocks, 5) // → true when only post titles follow
 */
export function startsRelatedTail(text: string, blocks: ReadonlyArray<BlockView>, from: number): boolean {
  const marker = isRelatedMarker(text)
  if (marker !== 'short') return marker === 'always'
  for (let index = from; index < blocks.length; index++) {
    for (const line of linesOf(blocks[index] as BlockView)) {
      if (isRelatedMarker(line.text) === 'always') return true
      if (line.text.split(' ').length > maxTailWords || endsSentence(line.text)) return false
    }
  }
  return true
}

/** A line ending in a full stop (not an ellipsis): a sentence of prose, not a post title. */
function endsSentence(text: string): boolean {
  return text.endsWith('.') && !text.endsWith('..')
}
