import type {Heading, List, Paragraph, Root, RootContent} from 'mdast'
import type {Document} from '../document/document.js'
import {createDiagnostic} from '../diagnostics/rule.js'
import {structureRules} from '../diagnostics/structure-rules.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import {documentToLines} from './document-to-lines.js'
import {isHeadingShaped} from './is-heading-shaped.js'
import type {Line} from './line.js'
import {listLevels, MAX_LIST_DEPTH} from './list-levels.js'
import {parseListRuns, type ListRun} from './parse-list-runs.js'

/**
 * What the structure stage gives: the positioned mdast tree of the whole document, and the lines it was built
 * from (node `n` of the tree is line `n.position.start.line - 1`).
 */
export interface Structure {
  readonly tree: Root
  readonly lines: ReadonlyArray<Line>
  readonly messages: ReadonlyArray<Diagnostic>
}

/**
 * The structural parse (SPEC §4): one mdast tree of the whole document, each node with its real position in
 * the input. Each non-blank line is one block: a list run (bulleted lines, or numbered lines a neighbour
 * confirms) is parsed by remark-parse into lists; any other line becomes a `heading` (depth 2) when it has the
 * shape of one, else a `paragraph`, built directly. Text is never escaped into markdown and back.
 *
 * @param document the document
 * @returns the tree, the lines, and diagnostics (`empty-input`, `link-without-anchor`, `list-too-deep`)
 * @example
 * documentToMdast(document).tree.children.map((node) => node.type) // → ['paragraph', 'list', 'heading', 'paragraph']
 */
export function documentToMdast(document: Document): Structure {
  const lines = documentToLines(document)
  const messages: Diagnostic[] = []
  const content: Line[] = []
  for (const line of lines) {
    if (line.blank) continue
    content.push(line)
    if (line.orphanMarkers > 0) {
      messages.push(
        createDiagnostic(structureRules['link-without-anchor'], 'Unexpected `(opens in a new tab)` with no text before it, expected a link anchor', {
          place: document.pointOnLine(line.index, line.blockStart)
        })
      )
    }
  }
  // The blocks in order; a list run is a placeholder (its index in `runs`) until all runs are parsed together.
  const blocks: Array<RootContent | number> = []
  const runs: ListRun[] = []
  let index = 0
  while (index < content.length) {
    if (!isListItem(content, index)) {
      const line = content[index] as Line
      // A feed header squashed on one line ends with ` Highlights` (SPEC §2): the marker starts the Highlights
      // as if it were on its own line.
      const marker = isListItem(content, index + 1) ? trailingHighlights(line) : -1
      if (marker > 0) for (const block of splitAt(document, line, marker)) blocks.push(block)
      else blocks.push(toBlock(document, line))
      index++
      continue
    }
    const run: Line[] = []
    while (index < content.length && isListItem(content, index)) {
      let item = content[index++] as Line
      // A wrapped item goes on in an indented line without a bullet: one item, its text joined.
      while (index < content.length && isContinuation(item, content[index] as Line)) item = joinContinuation(item, content[index++] as Line)
      if (item.endIndex !== item.index) lines[item.index] = item
      run.push(item)
    }
    const {levels, flattened} = listLevels(run)
    if (flattened) {
      messages.push(
        createDiagnostic(structureRules['list-too-deep'], `Unexpected list nested deeper than ${MAX_LIST_DEPTH} levels, expected a shallower list`, {
          place: document.pointOnLine((run[0] as Line).index, (run[0] as Line).blockStart),
          note: `Items past level ${MAX_LIST_DEPTH} are kept at that level.`
        })
      )
    }
    blocks.push(runs.length)
    runs.push({items: run, levels})
  }
  const lists = parseListRuns(document, runs)
  const children: RootContent[] = []
  for (const block of blocks) {
    if (typeof block !== 'number') children.push(block)
    else for (const list of lists[block] as List[]) children.push(list)
  }
  if (content.length === 0) messages.push(createDiagnostic(structureRules['empty-input'], 'Unexpected empty input, expected article text'))
  const last = content.at(-1)
  const tree: Root = {
    type: 'root',
    children,
    position: {start: document.pointOnLine(0, 0), end: last ? document.pointOnLine(last.index, last.end) : document.pointOnLine(0, 0)}
  }
  return {tree, lines, messages}
}

const highlightsAtEnd = / (?:Key )?Highlights:?$/u
const hasUrl = /https?:\/\//u

/**
 * Where a trailing ` Highlights` starts in a line that is a squashed feed header (it holds a URL), or -1.
 */
function trailingHighlights(line: Line): number {
  if (line.bullet !== null || !hasUrl.test(line.text)) return -1
  const match = highlightsAtEnd.exec(line.text)
  return match ? match.index + 1 : -1
}

/**
 * A line split in two blocks at `at` (an offset in its text): the head as a paragraph, the rest (`Highlights`)
 * as a heading. Offsets map one to one onto the raw line when cleaning changed nothing in it; else the split
 * point is found from the end, where the marker is.
 */
function splitAt(document: Document, line: Line, at: number): Array<Heading | Paragraph> {
  const head = line.text.slice(0, at).trimEnd()
  const marker = line.text.slice(at)
  const markerStart = line.end - marker.length
  let headEnd = markerStart
  while (headEnd > line.contentStart && document.value.charCodeAt(headEnd - 1) === 32) headEnd--
  const headPosition = {start: document.pointOnLine(line.index, line.contentStart), end: document.pointOnLine(line.index, headEnd)}
  const markerPosition = {start: document.pointOnLine(line.index, markerStart), end: document.pointOnLine(line.index, line.end)}
  return [
    {type: 'paragraph', children: [{type: 'text', value: head, position: headPosition}], position: headPosition},
    {type: 'heading', depth: 2, children: [{type: 'text', value: marker, position: markerPosition}], position: markerPosition}
  ]
}

/**
 * Whether a line continues the list item before it: no bullet, indented deeper than the item, and right after
 * it (or after one blank line, as layout B separates every line by one).
 */
function isContinuation(item: Line, line: Line): boolean {
  return line.bullet === null && line.indent > item.indent && line.index - item.endIndex <= 2
}

/** An item with its continuation line joined: texts joined by a space, the continuation's anchors shifted. */
function joinContinuation(item: Line, continuation: Line): Line {
  const shift = item.text.length + 1
  const links = [...item.links]
  for (const link of continuation.links) links.push({start: link.start + shift, end: link.end + shift})
  return {
    ...item,
    end: continuation.end,
    endIndex: continuation.index,
    full: `${item.full} ${continuation.text}`,
    text: `${item.text} ${continuation.text}`,
    links,
    orphanMarkers: item.orphanMarkers + continuation.orphanMarkers
  }
}

/** A line that is not a list item: a heading when it has the shape of one, else a paragraph. */
function toBlock(document: Document, line: Line): Heading | Paragraph {
  const value = blockText(line)
  // A number no neighbour confirms (`1. Lynas…` alone) stays part of the text, which then starts at the number.
  const start = line.bullet?.ordered ? line.blockStart : line.contentStart
  const position = {start: document.pointOnLine(line.index, start), end: document.pointOnLine(line.index, line.end)}
  const children = [{type: 'text' as const, value, position}]
  return isHeadingShaped(value) ? {type: 'heading', depth: 2, children, position} : {type: 'paragraph', children, position}
}

/**
 * The text of a line that is not a list item: a number that no neighbour confirms as a list (`1. Lynas…` alone)
 * stays part of the text.
 *
 * @example
 * blockText(line) // → '1. Lynas grew.' for a lone numbered line
 */
export function blockText(line: Line): string {
  return line.bullet?.ordered ? line.full : line.text
}

/**
 * Whether a content line is a list item: any bullet, or a number confirmed by a numbered neighbour or by a
 * previous line that introduces a list with `:`.
 *
 * @example
 * isListItem(lines, 1) // → true for `- One` after `Highlights`
 */
export function isListItem(content: ReadonlyArray<Line>, index: number): boolean {
  const bullet = content[index]?.bullet
  if (!bullet) return false
  if (!bullet.ordered) return true
  const previous = content[index - 1]
  const next = content[index + 1]
  return Boolean(previous?.bullet?.ordered || next?.bullet?.ordered || previous?.text.endsWith(':'))
}
