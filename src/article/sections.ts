import type {Block, Section} from '../schema/block.js'
import {isSpeakerLabel} from '../structure/is-heading-shaped.js'
import {parseDateLine} from './parse-date-line.js'
import type {Line} from '../structure/line.js'
import type {BlockView} from './blocks.js'
import type {Placement} from './place-links.js'

/**
 * Group content blocks into sections: a heading opens one, unless nothing follows it (then it is a paragraph),
 * it is what a transcript speaker said (a short line right after `Speaker (00:01.538)`), or it is a date alone.
 *
 * @param blocks the content blocks of the body, in order
 * @param place records the links of a line where its text was stored
 * @param mark records the field a block went to (`heading` or `sections`)
 * @returns the sections
 * @example
 * toSections(blocks, place, mark).map((section) => section.heading) // → [null, 'So what does this mean?']
 */
export function toSections(
  blocks: ReadonlyArray<BlockView>,
  place: (line: Line, placement: Placement) => void,
  mark: (block: BlockView, field: string) => void
): Section[] {
  const sections: Array<{heading: string | null; blocks: Block[]}> = []
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1]
    const spoken = previous?.type === 'paragraph' && isSpeakerLabel(previous.text)
    // A date alone (a listing's `Nov 20, 2025` under a post title) is no heading.
    if (block.type === 'heading' && index < blocks.length - 1 && !spoken && parseDateLine(block.text) === null) {
      place(block.line, {from: 'heading', section: sections.length, block: null, item: null, text: block.text, shift: block.text.length - block.line.text.length})
      sections.push({heading: block.text, blocks: []})
      mark(block, 'heading')
      return
    }
    if (sections.length === 0) sections.push({heading: null, blocks: []})
    const section = sections.at(-1) as {heading: string | null; blocks: Block[]}
    const at = {section: sections.length - 1, block: section.blocks.length}
    mark(block, 'sections')
    if (block.type === 'list') {
      block.flat.forEach((item, order) => place(item.line, {from: 'body', ...at, item: order, text: item.text, shift: 0}))
      section.blocks.push({type: 'list', ordered: block.ordered, items: block.items})
    } else {
      place(block.line, {from: 'body', ...at, item: null, text: block.text, shift: block.text.length - block.line.text.length})
      section.blocks.push({type: 'paragraph', text: block.text})
    }
  })
  return sections
}
