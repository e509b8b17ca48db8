import type {Line} from './line.js'

/** Lists nested deeper than this are flattened at this depth (with a diagnostic): real articles use two or three. */
export const MAX_LIST_DEPTH = 16

/**
 * The nesting level (0 for top level) of each item of a list run, from the indentation of its line: deeper than
 * the item before makes a child, the same as an open level a sibling, less closes levels. Relative indentation
 * decides, not CommonMark's columns, so `  • ` and `    • ` nest however wide the marker. Levels past
 * `MAX_LIST_DEPTH - 1` are flattened onto the deepest allowed level.
 *
 * @param items the lines of one list run, in order
 * @returns the level of each item, and whether any was flattened
 * @example
 * listLevels(linesOf('  • a\n    • b\n  • c')).levels // → [0, 1, 0]
 */
export function listLevels(items: ReadonlyArray<Line>): {levels: number[]; flattened: boolean} {
  // The indentation of each open level, as a stack: each item pushes or pops a bounded amount, so a run of any
  // depth costs linear time (no copy of the stack per item).
  const open: number[] = []
  const levels: number[] = new Array(items.length)
  let flattened = false
  for (let index = 0; index < items.length; index++) {
    const indent = (items[index] as Line).indent
    while (open.length > 0 && indent < (open.at(-1) as number)) open.pop()
    if (open.length > 0 && indent === open.at(-1)) open.pop()
    open.push(indent)
    let level = open.length - 1
    if (level >= MAX_LIST_DEPTH) {
      flattened = true
      level = MAX_LIST_DEPTH - 1
    }
    levels[index] = level
  }
  return {levels, flattened}
}
