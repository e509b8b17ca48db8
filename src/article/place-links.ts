import type {Link} from '../schema/link.js'
import type {SpanFrom} from '../schema/locator.js'
import type {Line} from '../structure/line.js'

/** A link before ids are assigned. */
export type PlacedLink = Omit<Link, 'id'>

/** Where a line's text was stored: the field, its indices, and the stored text. */
export interface Placement {
  readonly from: SpanFrom
  readonly section: number | null
  readonly block: number | null
  readonly item: number | null
  /** The text as stored in the Article. */
  readonly text: string
  /** Where `line.text` starts inside the stored text (negative when a prefix such as `Source: ` was cut). */
  readonly shift: number
}

/**
 * Turn a line's link anchors into links located in the Article field where the line's text was stored.
 * Anchors that fall outside the stored text (a cut prefix) are dropped.
 *
 * @example
 * placeLinks(line, {from: 'credit', section: null, block: 0, item: null, text: 'Yicai Global', shift: -8})
 * // → [{text: 'Yicai Global', from: 'credit', section: null, block: 0, item: null, start: 0, end: 12}]
 */
export function placeLinks(line: Line, placement: Placement): PlacedLink[] {
  const links: PlacedLink[] = []
  for (const anchor of line.links) {
    const start = anchor.start + placement.shift
    const end = anchor.end + placement.shift
    if (start < 0 || end > placement.text.length) continue
    links.push({
      text: placement.text.slice(start, end),
      from: placement.from,
      section: placement.section,
      block: placement.block,
      item: placement.item,
      start,
      end
    })
  }
  return links
}

/** Where `line.text` starts in `line.full` (after a bullet). */
export function fullShift(line: Line): number {
  return line.full.length - line.text.length
}
