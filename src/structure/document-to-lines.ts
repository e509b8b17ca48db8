import type {Document} from '../document/document.js'
import {lineEnd} from '../document/line-index.js'
import {cleanLine, measureIndent} from './clean-line.js'
import {isSpaceCode} from './is-space-code.js'
import type {AnchorSpan, Line} from './line.js'
import {removeLinkMarkers} from './remove-link-markers.js'
import {splitBullet} from './split-bullet.js'

/**
 * Read every line of the document once: cleaned (whitespace folded: NBSP and tabs become spaces), the bullet
 * split off, `(opens in a new tab)` markers removed and their anchors recorded, and where the content lies in
 * the repaired text.
 *
 * @param document the document (its one line index)
 * @returns one `Line` per line of the text, blank ones included
 * @example
 * documentToLines(document).map((line) => line.text) // → ['Highlights', 'One.'] for `Highlights\r\n- One (opens in a new tab).`
 */
export function documentToLines(document: Document): Line[] {
  const {value, lines: starts} = document
  const lines: Line[] = new Array(starts.length)
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] as number
    lines[index] = toLine(value, start, lineEnd(value, starts, index), index)
  }
  return lines
}

/** One shared empty list for the many lines without a link. */
const noLinks: ReadonlyArray<AnchorSpan> = Object.freeze([])

function toLine(value: string, start: number, rawEnd: number, index: number): Line {
  const raw = value.slice(start, rawEnd)
  const full = cleanLine(raw)
  let end = rawEnd
  while (end > start && isSpaceCode(value.charCodeAt(end - 1))) end--
  if (full === '') {
    return {index, start, blockStart: end, contentStart: end, end, endIndex: index, blank: true, indent: 0, bullet: null, full, text: '', links: noLinks, orphanMarkers: 0}
  }
  let blockStart = start
  while (blockStart < end && isSpaceCode(value.charCodeAt(blockStart))) blockStart++
  let contentStart = blockStart
  const {bullet, text: content} = splitBullet(full)
  if (bullet) {
    // Past the marker as written, then the white space after it, in the raw line.
    contentStart += bullet.marker.length
    while (contentStart < end && isSpaceCode(value.charCodeAt(contentStart))) contentStart++
  }
  const {text, links, orphans} = removeLinkMarkers(content)
  return {
    index,
    start,
    blockStart,
    contentStart,
    end,
    endIndex: index,
    blank: text === '' && bullet === null,
    indent: measureIndent(raw),
    bullet,
    full: bullet ? `${bullet.marker} ${text}` : text,
    text,
    links,
    orphanMarkers: orphans
  }
}
