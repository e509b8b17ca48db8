import type {List, ListItem, Paragraph, Root, RootContent, Text} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Document} from '../document/document.js'
import type {Line} from './line.js'

/** One frozen processor for every call: a frozen unified processor holds no per-document state. */
const processor = unified().use(remarkParse).freeze()

/**
 * micromark's cost per item grows with the size of one list, and each call has a fixed cost: the runs of a
 * document are parsed together, in calls of about this many items, cut only before a top-level item.
 */
const CHUNK_ITEMS = 256

/** A run of list lines: the lines and the nesting level of each (see `listLevels`). */
export interface ListRun {
  readonly items: ReadonlyArray<Line>
  readonly levels: ReadonlyArray<number>
}

/** Where a skeleton line came from. */
interface Origin {
  readonly run: number
  readonly item: number
}

/**
 * Parse the list runs of a document with remark-parse into positioned mdast lists. remark-parse reads the list
 * syntax of a skeleton of each run: every line's nesting level as indentation and its marker (`-` for any
 * bullet, `N.` for a number), with no text. It groups the items into lists, nests them and tells bulleted from
 * ordered runs; the text itself is never handed to the markdown parser (SPEC §4: markdown-looking characters are
 * plain text), so each item then gets its line's cleaned text as a paragraph, and every node its real position.
 * Runs are joined into few calls (a paragraph between two runs keeps their lists apart).
 *
 * @param document the document (for positions)
 * @param runs the list runs, in order
 * @returns for each run, its top-level lists (a change between bullets and numbers starts a new list)
 * @example
 * parseListRuns(document, [{items: lines, levels: [0, 1, 0]}])[0]?.map((list) => list.children.length) // → [2]
 */
export function parseListRuns(document: Document, runs: ReadonlyArray<ListRun>): List[][] {
  const result: List[][] = runs.map(() => [])
  let markdown = ''
  let origins: Origin[] = []
  let items = 0
  const flush = (): void => {
    if (origins.length === 0) return
    const tree = processor.parse(markdown)
    for (const list of place(document, tree, runs, origins)) {
      const run = result[list.run] as List[]
      const previous = run.at(-1)
      // A run cut into two calls continues its list in the second.
      if (list.continues && previous && previous.ordered === list.node.ordered) {
        for (const item of list.node.children) previous.children.push(item)
        previous.position = {start: (previous.position as Position).start, end: (list.node.position as Position).end}
      } else run.push(list.node)
    }
    markdown = ''
    origins = []
    items = 0
  }
  runs.forEach((run, index) => {
    if (items > 0 && items + run.items.length > CHUNK_ITEMS) flush()
    // A paragraph between two runs keeps remark from joining their lists.
    if (origins.length > 0) {
      markdown += '\nx\n\n'
      origins.push({run: -1, item: -1}, {run: -1, item: -1}, {run: -1, item: -1})
    }
    // Where each open level's marker ends and its text would start, so a child's marker sits there.
    const content: number[] = []
    for (let item = 0; item < run.items.length; item++) {
      const level = run.levels[item] as number
      if (level === 0 && items >= CHUNK_ITEMS) flush()
      const bullet = (run.items[item] as Line).bullet
      const marker = bullet?.ordered ? `${bullet.number}.` : '-'
      const pad = level === 0 ? 0 : (content[level - 1] as number)
      content[level] = pad + marker.length + 1
      content.length = level + 1
      markdown += `${' '.repeat(pad)}${marker}\n`
      origins.push({run: index, item})
      items++
    }
  })
  flush()
  return result
}

type Position = NonNullable<List['position']>
type End = {line: number; offset: number}

/**
 * Give the parsed skeleton its real content: skeleton line `k` is `origins[k]`; each item gets a paragraph with
 * its line's text, and every node its span in the input. An explicit stack walks the tree (no recursion on
 * depth), and ends are set children first (reverse pre-order).
 */
function place(
  document: Document,
  tree: Root,
  runs: ReadonlyArray<ListRun>,
  origins: ReadonlyArray<Origin>
): Array<{run: number; node: List; continues: boolean}> {
  const order: Array<List | ListItem> = []
  // Each item's skeleton line, read before positions are replaced by real ones.
  const originOf = new Map<ListItem, Origin>()
  const stack: RootContent[] = []
  for (let index = tree.children.length - 1; index >= 0; index--) stack.push(tree.children[index] as RootContent)
  while (stack.length > 0) {
    const node = stack.pop() as RootContent
    if (node.type !== 'list' && node.type !== 'listItem') continue
    order.push(node)
    if (node.type === 'listItem') originOf.set(node, origins[(node.position?.start.line ?? 1) - 1] as Origin)
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent)
  }
  const origin = (node: ListItem): Origin => originOf.get(node) as Origin
  const ends = new Map<List | ListItem, End>()
  for (let index = order.length - 1; index >= 0; index--) {
    const node = order[index] as List | ListItem
    if (node.type === 'listItem') {
      const {run, item} = origin(node)
      const line = (runs[run] as ListRun).items[item] as Line
      const span = {start: document.pointOnLine(line.index, line.contentStart), end: document.pointOnLine(line.endIndex, line.end)}
      const text: Text = {type: 'text', value: line.text, position: span}
      const paragraph: Paragraph = {type: 'paragraph', children: [text], position: span}
      const nested = node.children.filter((child): child is List => child.type === 'list')
      node.children = [paragraph, ...nested]
      const last = nested.at(-1)
      const end = last ? (ends.get(last) as End) : {line: line.endIndex, offset: line.end}
      ends.set(node, end)
      node.position = {start: document.pointOnLine(line.index, line.blockStart), end: document.pointOnLine(end.line, end.offset)}
    } else {
      const first = node.children[0] as ListItem
      const end = ends.get(node.children.at(-1) as ListItem) as End
      ends.set(node, end)
      node.position = {start: (first.position as Position).start, end: document.pointOnLine(end.line, end.offset)}
    }
  }
  const lists: Array<{run: number; node: List; continues: boolean}> = []
  for (const node of tree.children) {
    if (node.type !== 'list') continue
    // The list's first item says which run it belongs to; a run whose first item is not this one continues.
    const first = node.children[0]
    const {run, item} = first ? origin(first) : {run: -1, item: -1}
    if (run >= 0) lists.push({run, node, continues: item > 0 && lists.at(-1)?.run !== run})
  }
  return lists
}
