import type {List, ListItem, Paragraph, Root, RootContent, Text} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Document} from '../document/document.js'
import type {Line} from './line.js'

/** One frozen processor for every call: a frozen unified processor holds no per-document state. */
const processor = unified().use(remarkParse).freeze()

/**
 * micromark's cost grows faster than linearly with the size of one list, so a long run is handed to it in
 * chunks of about this many items, cut only before a top-level item; the chunks' lists are joined again.
 */
const CHUNK_ITEMS = 256

/**
 * Parse one run of list lines with remark-parse into positioned mdast lists. remark-parse reads the list syntax
 * of a skeleton of the run: each line's nesting level as indentation and its marker (`-` for any bullet, `N.`
 * for a number), with a one-letter stand-in for the text. It groups the items into lists, nests them and tells
 * bulleted from ordered runs; the text itself is never handed to the markdown parser (SPEC §4: markdown-looking
 * characters are plain text), so each item's paragraph then gets its line's cleaned text and every node its real
 * position in the input.
 *
 * @param document the document (for positions)
 * @param items the lines of the run, in order
 * @param levels the nesting level of each line (see `listLevels`)
 * @returns the top-level lists of the run (a change between bullets and numbers starts a new list)
 * @example
 * parseListRun(document, lines, [0, 1, 0]).map((list) => list.children.length) // → [2]
 */
export function parseListRun(document: Document, items: ReadonlyArray<Line>, levels: ReadonlyArray<number>): List[] {
  const lists: List[] = []
  let chunkStart = 0
  while (chunkStart < items.length) {
    let chunkEnd = Math.min(items.length, chunkStart + CHUNK_ITEMS)
    while (chunkEnd < items.length && levels[chunkEnd] !== 0) chunkEnd++
    const tree = processor.parse(skeleton(items, levels, chunkStart, chunkEnd))
    const placed = place(document, tree, items, chunkStart)
    for (const list of placed) {
      const previous = lists.at(-1)
      // A chunk cut inside one list continues it.
      if (previous && chunkStart > 0 && list === placed[0] && previous.ordered === list.ordered) {
        for (const item of list.children) previous.children.push(item)
        previous.position = {start: (previous.position as NonNullable<List['position']>).start, end: (list.position as NonNullable<List['position']>).end}
      } else lists.push(list)
    }
    chunkStart = chunkEnd
  }
  return lists
}

/** The markdown skeleton of items `[from, to)`: indentation by level, a normalized marker, a stand-in text. */
function skeleton(items: ReadonlyArray<Line>, levels: ReadonlyArray<number>, from: number, to: number): string {
  // Where each open level's text starts, so a child's marker sits there (as CommonMark nests).
  const content: number[] = []
  let markdown = ''
  for (let index = from; index < to; index++) {
    const level = levels[index] as number
    const bullet = (items[index] as Line).bullet
    const marker = bullet?.ordered ? `${bullet.number}.` : '-'
    const pad = level === 0 ? 0 : (content[level - 1] as number)
    content[level] = pad + marker.length + 1
    content.length = level + 1
    markdown += `${' '.repeat(pad)}${marker} x\n`
  }
  return markdown
}

/**
 * Give the parsed skeleton its real content: skeleton line `k` is item `offset + k`; each item's paragraph takes
 * the line's text, and every node its span in the input. An explicit stack walks the tree (no recursion on
 * depth), and ends are set children first (reverse pre-order).
 */
function place(document: Document, tree: Root, items: ReadonlyArray<Line>, offset: number): List[] {
  const order: Array<List | ListItem> = []
  const stack: RootContent[] = []
  for (let index = tree.children.length - 1; index >= 0; index--) stack.push(tree.children[index] as RootContent)
  while (stack.length > 0) {
    const node = stack.pop() as RootContent
    if (node.type !== 'list' && node.type !== 'listItem') continue
    order.push(node)
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent)
  }
  const ends = new Map<List | ListItem, {line: number; offset: number}>()
  for (let index = order.length - 1; index >= 0; index--) {
    const node = order[index] as List | ListItem
    if (node.type === 'listItem') {
      const line = items[offset + (node.position?.start.line ?? 1) - 1] as Line
      const text: Text = {type: 'text', value: line.text, position: span(document, line, line.contentStart)}
      const paragraph: Paragraph = {type: 'paragraph', children: [text], position: span(document, line, line.contentStart)}
      const nested = node.children.filter((child): child is List => child.type === 'list')
      node.children = [paragraph, ...nested]
      const last = nested.at(-1)
      const end = last ? (ends.get(last) as {line: number; offset: number}) : {line: line.endIndex, offset: line.end}
      ends.set(node, end)
      node.position = {start: document.pointOnLine(line.index, line.blockStart), end: document.pointOnLine(end.line, end.offset)}
    } else {
      const first = node.children[0] as ListItem
      const end = ends.get(node.children.at(-1) as ListItem) as {line: number; offset: number}
      ends.set(node, end)
      node.position = {start: (first.position as NonNullable<ListItem['position']>).start, end: document.pointOnLine(end.line, end.offset)}
    }
  }
  return tree.children.filter((node): node is List => node.type === 'list')
}

/** The position of a line's content, from `start` to the end of its text. */
function span(document: Document, line: Line, start: number): NonNullable<Text['position']> {
  return {start: document.pointOnLine(line.index, start), end: document.pointOnLine(line.endIndex, line.end)}
}
