import type {Line} from './line.js'

/** A list item recovered by remark-parse, with its source line and nested items. */
export interface StructureItem {
  readonly text: string
  readonly line: Line
  readonly children: ReadonlyArray<StructureItem>
}

/** A top-level block of the parsed document, each tied to its source line(s). */
export type StructureBlock =
  | {readonly type: 'heading' | 'paragraph'; readonly text: string; readonly line: Line}
  | {readonly type: 'list'; readonly ordered: boolean; readonly items: ReadonlyArray<StructureItem>}

/**
 * The items of a list in reading order: pre-order over items and their children. This order is what a
 * locator's `item` counts, for parsed items and for the Article's `ListItem`s alike.
 *
 * @example
 * listItemsInOrder([{text: 'a', children: [{text: 'b', children: []}]}]).map((item) => item.text) // → ['a', 'b']
 */
export function listItemsInOrder<T extends {readonly children: ReadonlyArray<T>}>(items: ReadonlyArray<T>): T[] {
  const result: T[] = []
  const visit = (list: ReadonlyArray<T>): void => {
    for (const item of list) {
      result.push(item)
      visit(item.children)
    }
  }
  visit(items)
  return result
}

/**
 * The source lines of a block, in reading order.
 *
 * @example
 * linesOf(block).map((line) => line.index) // → [4, 5, 6] for a list of three items
 */
export function linesOf(block: StructureBlock): Line[] {
  return block.type === 'list' ? listItemsInOrder(block.items).map((item) => item.line) : [block.line]
}
