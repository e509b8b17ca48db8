import type {AnchorSpan} from './line.js'
import {findAnchor} from './find-anchor.js'

/**
 * Screen-reader text that followed a link in the page (and the space before it). Its wording varies a little
 * across site themes.
 */
const markerPattern = /\((?:opens in (?:a )?new (?:tab|window)|link is external)\)/gi

/** The result of removing link markers from one line. */
export interface RemovedMarkers {
  readonly text: string
  readonly links: ReadonlyArray<AnchorSpan>
  /** Markers with no word before them: removed, with no link recorded. */
  readonly orphans: number
}

/**
 * Remove every `(opens in a new tab)` marker (with the space before it) from a line and record the link anchor
 * each one followed, as offsets into the returned text.
 *
 * @example
 * removeLinkMarkers('While the press release (opens in a new tab) reflects')
 * // → {text: 'While the press release reflects', links: [{start: 10, end: 23}], orphans: 0}
 */
export function removeLinkMarkers(line: string): RemovedMarkers {
  if (!line.includes('(')) return {text: line, links: noLinks, orphans: 0}
  const links: AnchorSpan[] = []
  const parts: string[] = []
  let length = 0
  // The anchor is found in the last few hundred characters only: reading the whole text built so far at every
  // marker would cost quadratic time on a line with thousands of markers.
  let tail = ''
  let last = 0
  let orphans = 0
  for (const match of line.matchAll(markerPattern)) {
    // The marker goes with the space before it.
    const segment = line.slice(last, match.index).trimEnd()
    parts.push(segment)
    length += segment.length
    tail = (tail + segment).slice(-tailLength)
    last = match.index + match[0].length
    const base = length - tail.length
    const anchor = findAnchor(tail)
    // An anchor never reaches back over the marker before it (its link has that text).
    const floor = Math.max(0, tail.length - segment.length)
    const start = anchor ? Math.max(anchor.start, wordStartFrom(tail, floor)) : -1
    if (!anchor || start >= anchor.end) orphans++
    else links.push({start: base + start, end: base + anchor.end})
  }
  if (last === 0) return {text: line, links: noLinks, orphans: 0}
  parts.push(line.slice(last))
  const text = parts.join('')
  // A marker that opened the line leaves a leading space behind.
  const lead = text.length - text.trimStart().length
  if (lead === 0) return {text, links, orphans}
  return {
    text: text.slice(lead),
    links: links.map((link) => ({start: link.start - lead, end: link.end - lead})),
    orphans
  }
}

/** One shared empty list for the many lines without a link. */
const noLinks: AnchorSpan[] = Object.freeze([]) as unknown as AnchorSpan[]

/** How far back an anchor may reach: far more than the words `findAnchor` takes. */
const tailLength = 512

/** The first offset from `from` that is not a space or the punctuation a marker leaves behind (`., Ltd.`). */
function wordStartFrom(text: string, from: number): number {
  let index = from
  while (index < text.length && ' .,;:'.includes(text.charAt(index))) index++
  return index
}
