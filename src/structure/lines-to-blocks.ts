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
  const tree = processor.parse(markdown)
  const lineOf = (node: Nodes): Line => {
    const index = sourceLine[(node.position?.start.line ?? 1) - 1] ?? -1
    return lines[index] as Line
  }
  const blocks: StructureBlock[] = []
  for (const node of tree.children) {
    const block = toBlock(node, lineOf)
    if (block) blocks.push(block)
  }
  relocate(tree, lineOf, toInputOffset)
  return {tree, blocks}
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
 * Point every node's position at the input: the line is the source line, the offsets are mapped through the
 * encoding repair back to the input text.
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
