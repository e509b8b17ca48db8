import type {AnchorSpan} from './line.js'
import {findAnchorStart} from './find-anchor-start.js'

/**
 * Screen-reader text that followed a link in the page (and the space before it). Its wording varies a little
 * across site themes.
 */
const markerPattern = /\((?:opens in (?:a )?new (?:tab|window)|link is external)\)/gi

/** The result of removing link markers from one line. */
export interface RemovedMarkers {
  readonly text: string
  readonly links: AnchorSpan[]
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
  if (!line.includes('(')) return {text: line, links: [], orphans: 0}
  const links: AnchorSpan[] = []
  let text = ''
  let last = 0
  let orphans = 0
  for (const match of line.matchAll(markerPattern)) {
    // The marker goes with the space before it.
    text += line.slice(last, match.index).trimEnd()
    last = match.index + match[0].length
    const start = findAnchorStart(text)
    const end = trimmedEnd(text)
    if (start < 0 || start >= end) orphans++
    else links.push({start, end})
  }
  if (last === 0) return {text: line, links: [], orphans: 0}
  text += line.slice(last)
  // A marker that opened the line leaves a leading space behind.
  const lead = text.length - text.trimStart().length
  if (lead === 0) return {text, links, orphans}
  return {
    text: text.slice(lead),
    links: links.map((link) => ({start: link.start - lead, end: link.end - lead})),
    orphans
  }
}

/** The end of the anchor: before trailing spaces and closing punctuation. */
function trimmedEnd(text: string): number {
  let end = text.length
  while (end > 0 && /[\s,;:.!?—–-]/u.test(text.charAt(end - 1))) end--
  return end
}
