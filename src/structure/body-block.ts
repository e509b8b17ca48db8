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
 * Every line of a list, in reading order (pre-order over items and their children).
 *
 * @example
 * listLines(block).map((line) => line.index) // → [4, 5, 6]
 */
export function listItemsInOrder(items: ReadonlyArray<StructureItem>): StructureItem[] {
  const result: StructureItem[] = []
  const visit = (list: ReadonlyArray<StructureItem>): void => {
    for (const item of list) {
      result.push(item)
      visit(item.children)
    }
  }
  visit(items)
  return result
}
