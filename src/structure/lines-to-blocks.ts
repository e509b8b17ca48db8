import type {List, ListItem, Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {StructureBlock, StructureItem} from './body-block.js'
import type {Line} from './line.js'
import {linesToMarkdown} from './lines-to-markdown.js'

/** One frozen processor for every call: unified processors hold no per-document state once frozen. */
const processor = unified().use(remarkParse).freeze()

/** The parsed document: the mdast tree (positions pointing into the input) and its blocks tied to lines. */
export interface ParsedLines {
  readonly tree: Root
  readonly blocks: StructureBlock[]
}

/**
 * Parse cleaned lines with unified + remark-parse into mdast, then read the tree back as blocks tied to their
 * source lines. remark-parse groups items into lists, nests them, tells ordered from bulleted lists and
 * resolves the escapes; positions in the returned tree are mapped back to the input text with `toInputOffset`.
 *
 * @example
 * linesToBlocks(textToLines('Title\n\n- One\n- Two'), (offset) => offset).blocks.map((block) => block.type)
 * // → ['heading', 'list']
 */
export function linesToBlocks(lines: ReadonlyArray<Line>, toInputOffset: (offset: number) => number): ParsedLines {
  const {markdown, sourceLine} = linesToMarkdown(lines)
  const markdownLines = markdown.split('\n')
  const tree: Root = {type: 'root', children: []}
  const blocks: StructureBlock[] = []
  for (const [start, end] of chunk(markdownLines)) {
    const part = processor.parse(markdownLines.slice(start, end).join('\n'))
    const lineOf = (node: Nodes): Line => lines[sourceLine[start + (node.position?.start.line ?? 1) - 1] ?? -1] as Line
    // A chunk that starts inside a list run continues the list the previous chunk ended with.
    const continues = start > 0 && markdownLines[start - 1] !== ''
    part.children.forEach((node, index) => {
      const block = toBlock(node, lineOf)
      relocate(node, lineOf, toInputOffset)
      const previous = blocks.at(-1)
      const previousNode = tree.children.at(-1)
      if (
        continues &&
        index === 0 &&
        block?.type === 'list' &&
        previous?.type === 'list' &&
        previous.ordered === block.ordered &&
        previousNode?.type === 'list' &&
        node.type === 'list'
      ) {
        blocks[blocks.length - 1] = {...previous, items: [...previous.items, ...block.items]}
        previousNode.children.push(...node.children)
        return
      }
      tree.children.push(node)
      if (block) blocks.push(block)
    })
  }
  return {tree, blocks}
}

/**
 * micromark's cost grows faster than linearly with the size of one list (nested lists most of all), so the
 * markdown is parsed in chunks of about this many lines, cut only where a top-level block starts.
 */
const chunkLines = 256

/** Cut markdown lines into `[start, end)` chunks at lines that start a top-level block. */
function chunk(markdownLines: ReadonlyArray<string>): Array<[number, number]> {
  const chunks: Array<[number, number]> = []
  let start = 0
  for (let index = chunkLines; index < markdownLines.length; index++) {
    const line = markdownLines[index] as string
    if (index - start >= chunkLines && line !== '' && line.charCodeAt(0) !== 32) {
      chunks.push([start, index])
      start = index
    }
  }
  chunks.push([start, markdownLines.length])
  return chunks
}

function toBlock(node: RootContent, lineOf: (node: Nodes) => Line): StructureBlock | undefined {
  if (node.type === 'heading' || node.type === 'paragraph') {
    return {type: node.type, text: toText(node), line: lineOf(node)}
  }
  if (node.type === 'list') return {type: 'list', ordered: node.ordered === true, items: toItems(node, lineOf)}
  return undefined
}

function toItems(list: List, lineOf: (node: Nodes) => Line): StructureItem[] {
  return list.children.map((item: ListItem) => {
    let text = ''
    let children: StructureItem[] = []
    for (const child of item.children) {
      if (child.type === 'list') children = [...children, ...toItems(child, lineOf)]
      else text += toText(child)
    }
    return {text, line: lineOf(item), children}
  })
}

/** The text of a node: its text values joined (escapes are already resolved by remark-parse). */
function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (!('children' in node)) return ''
  let text = ''
  for (const child of node.children) text += toText(child)
  return text
}

/**
 * Point a node's position and its descendants' at the input: the line is the source line, the offsets are
 * mapped through the encoding repair back to the input text.
 */
function relocate(node: Nodes, lineOf: (node: Nodes) => Line, toInputOffset: (offset: number) => number): void {
  if (node.position && node.type !== 'root') {
    const line = lineOf(node)
    const start = toInputOffset(line.offset)
    const end = toInputOffset(line.offset + line.full.length + line.indent)
    node.position = {
      start: {line: line.index + 1, column: 1, offset: start},
      end: {line: line.index + 1, column: 1 + end - start, offset: end}
    }
  }
  if ('children' in node) for (const child of node.children) relocate(child, lineOf, toInputOffset)
}
