import type {List, ListItem as MdastListItem, Root, RootContent} from 'mdast'
import type {ListItem} from '../schema/block.js'
import type {Line} from '../structure/line.js'

/** A list item of the tree, read: its text, its line and its node. */
export interface ItemView {
  readonly text: string
  readonly line: Line
  readonly node: MdastListItem
}

/** A top-level block of the tree, read: the node with its line(s) and text. */
export type BlockView =
  | {readonly type: 'heading' | 'paragraph'; readonly node: RootContent; readonly text: string; readonly line: Line}
  | {
      readonly type: 'list'
      readonly node: List
      readonly ordered: boolean
      /** Every item in reading order (pre-order: an item, then its children). */
      readonly flat: ReadonlyArray<ItemView>
      /** The items as the Article stores them (nested). */
      readonly items: ListItem[]
    }

/**
 * Read the top-level blocks of the structure tree, each tied to its source line(s): a node's line is its
 * `position.start.line`.
 *
 * @param tree the structure stage's tree
 * @param lines the document's lines
 * @returns one view per child of the root
 * @example
 * treeToBlocks(tree, lines).map((block) => block.type) // → ['paragraph', 'list', 'heading']
 */
export function treeToBlocks(tree: Root, lines: ReadonlyArray<Line>): BlockView[] {
  const blocks: BlockView[] = []
  for (const node of tree.children) {
    const line = lines[(node.position?.start.line ?? 1) - 1] as Line
    if (node.type === 'list') blocks.push(readList(node, lines))
    else if (node.type === 'heading' || node.type === 'paragraph') blocks.push({type: node.type, node, text: textOf(node), line})
  }
  return blocks
}

/**
 * A list's items in reading order and as nested Article items, walked with an explicit stack (no recursion on
 * the depth of the input).
 */
function readList(list: List, lines: ReadonlyArray<Line>): Extract<BlockView, {type: 'list'}> {
  const flat: ItemView[] = []
  const items: ListItem[] = []
  // Each entry: the items still to read at one level, and the Article array they go into.
  const stack: Array<{pending: ReadonlyArray<MdastListItem>; at: number; into: ListItem[]}> = [{pending: list.children, at: 0, into: items}]
  while (stack.length > 0) {
    const top = stack.at(-1) as {pending: ReadonlyArray<MdastListItem>; at: number; into: ListItem[]}
    const node = top.pending[top.at]
    if (node === undefined) {
      stack.pop()
      continue
    }
    top.at++
    const line = lines[(node.position?.start.line ?? 1) - 1] as Line
    const paragraph = node.children[0]
    const text = paragraph && paragraph.type === 'paragraph' ? textOf(paragraph) : ''
    flat.push({text, line, node})
    const item: ListItem = {text, children: []}
    top.into.push(item)
    // Nested lists are read before the next sibling (pre-order), the first of them first.
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]
      if (child?.type === 'list') stack.push({pending: child.children, at: 0, into: item.children})
    }
  }
  return {type: 'list', node: list, ordered: list.ordered === true, flat, items}
}

/** The text of a paragraph or heading built by the structure stage: its one text node. */
function textOf(node: RootContent): string {
  if (!('children' in node)) return ''
  const child = node.children[0]
  return child && 'value' in child ? child.value : ''
}

/**
 * The source lines of a block, in reading order.
 *
 * @example
 * linesOf(block).map((line) => line.index) // → [4, 5, 6] for a list of three items
 */
export function linesOf(block: BlockView): Line[] {
  return block.type === 'list' ? block.flat.map((item) => item.line) : [block.line]
}
