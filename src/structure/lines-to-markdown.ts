import {escapeMarkdown} from './escape-markdown.js'
import {isHeadingShaped} from './is-heading-shaped.js'
import type {Line} from './line.js'

/** Markdown made from the cleaned lines, with the source line of each markdown line. */
export interface LinesMarkdown {
  readonly markdown: string
  /** `sourceLine[i]` is the index (into the lines) of markdown line `i`, or -1 for a separator. */
  readonly sourceLine: ReadonlyArray<number>
}

/**
 * Write the cleaned lines as markdown for remark-parse: each line one block (SPEC: one block per line, in both
 * layouts), heading-shaped lines as `##` headings, bulleted lines as list items nested by their indentation,
 * numbered lines as ordered items when a neighbour confirms the list, and every text escaped so that it comes
 * back verbatim.
 *
 * @example
 * linesToMarkdown(textToLines('Title\n\n  • One\n    • Two')).markdown // → '## Title\n\n- One\n  - Two'
 */
export function linesToMarkdown(lines: ReadonlyArray<Line>): LinesMarkdown {
  const out: string[] = []
  const sourceLine: number[] = []
  const content = lines.filter((line) => !line.blank)
  // The open list levels: the source indentation of each, where its marker goes and where its text starts.
  let levels: Level[] = []
  for (let index = 0; index < content.length; index++) {
    const line = content[index] as Line
    const item = isListItem(content, index)
    if (out.length > 0 && !(item && levels.length > 0)) {
      out.push('')
      sourceLine.push(-1)
    }
    if (item) {
      const bullet = line.bullet as NonNullable<Line['bullet']>
      const marker = bullet.ordered ? `${bullet.number}.` : '-'
      levels = openLevel(levels, line.indent, marker.length + 1)
      out.push(`${' '.repeat((levels.at(-1) as Level).pad)}${marker} ${escapeMarkdown(line.text)}`)
    } else {
      levels = []
      const text = blockText(line)
      out.push(isHeadingShaped(text) ? `## ${escapeMarkdown(text)}` : escapeMarkdown(text))
    }
    sourceLine.push(line.index)
  }
  return {markdown: out.join('\n'), sourceLine}
}

interface Level {
  readonly indent: number
  readonly pad: number
  readonly contentColumn: number
}

/**
 * Place an item of source indentation `indent` in the open levels: deeper than the last level makes it a child
 * (its marker goes where the parent's text starts, as CommonMark nests), the same makes it a sibling, less
 * closes levels.
 */
function openLevel(levels: ReadonlyArray<Level>, indent: number, markerWidth: number): Level[] {
  const open = [...levels]
  while (open.length > 0 && indent < (open.at(-1) as Level).indent) open.pop()
  const top = open.at(-1)
  if (top && indent === top.indent) open.pop()
  const parent = top && indent === top.indent ? open.at(-1) : top
  const pad = parent ? parent.contentColumn : 0
  open.push({indent, pad, contentColumn: pad + markerWidth})
  return open
}

/**
 * The text of a line that is not a list item: a number that no neighbour confirms as a list (`1. Lynas…` alone)
 * stays part of the text.
 */
export function blockText(line: Line): string {
  return line.bullet?.ordered ? line.full : line.text
}

/**
 * Whether a content line is a list item: any bullet, or a number confirmed by a numbered neighbour or by a
 * previous line that introduces a list with `:`.
 */
export function isListItem(content: ReadonlyArray<Line>, index: number): boolean {
  const bullet = content[index]?.bullet
  if (!bullet) return false
  if (!bullet.ordered) return true
  const previous = content[index - 1]
  const next = content[index + 1]
  return Boolean(previous?.bullet?.ordered || next?.bullet?.ordered || previous?.text.endsWith(':'))
}
