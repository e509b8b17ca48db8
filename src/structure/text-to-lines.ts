import {cleanLine, measureIndent} from './clean-line.js'
import type {Line} from './line.js'
import {removeLinkMarkers} from './remove-link-markers.js'
import {splitBullet} from './split-bullet.js'

const lineBreak = /\r\n|\r|\n/g

/**
 * Split repaired text into cleaned lines: any line ending (`\n`, `\r\n`, `\r`), whitespace folded (NBSP and
 * tabs become spaces), bullets split off, `(opens in a new tab)` markers removed and their anchors recorded.
 *
 * @example
 * textToLines('Highlights\r\n- One (opens in a new tab).').map((line) => line.text) // → ['Highlights', 'One.']
 */
export function textToLines(text: string): Line[] {
  const lines: Line[] = []
  let offset = 0
  let index = 0
  for (const match of text.matchAll(lineBreak)) {
    lines.push(toLine(text.slice(offset, match.index), offset, index++))
    offset = match.index + match[0].length
  }
  lines.push(toLine(text.slice(offset), offset, index))
  return lines
}

function toLine(raw: string, offset: number, index: number): Line {
  const full = cleanLine(raw)
  if (full === '') {
    return {index, offset, blank: true, indent: 0, bullet: null, full, text: '', links: [], orphanMarkers: 0}
  }
  const {bullet, text: content} = splitBullet(full)
  const {text, links, orphans} = removeLinkMarkers(content)
  return {
    index,
    offset,
    blank: text === '' && bullet === null,
    indent: measureIndent(raw),
    bullet,
    full: bullet ? `${bullet.marker} ${text}` : text,
    text,
    links,
    orphanMarkers: orphans
  }
}
