import {createDiagnostic} from '../diagnostics/rule.js'
import {structureRules} from '../diagnostics/structure-rules.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import {linesOf, type StructureBlock} from '../structure/body-block.js'
import type {Line} from '../structure/line.js'
import {blockText} from '../structure/lines-to-markdown.js'
import {parseByline, parseCredit} from './chrome.js'
import {isFeedHeader, isTitleLike} from './front-matter.js'
import {fullShift, placeLinks, type PlacedLink} from './place-links.js'
import {parseDateLine, type DateLineResult} from './parse-date-line.js'

/** What the lines before the Highlights give. */
export interface Front {
  readonly title: string | null
  readonly publishedAt: string | null
  /** The name of a byline (`By Daniel O’Connor`) before the Highlights. */
  readonly author: string | null
  readonly preamble: string[]
  readonly credits: string[]
  readonly links: PlacedLink[]
  readonly diagnostics: Diagnostic[]
}

/**
 * Read the lines before the Highlights: the first headline-like line is the title, a date line gives
 * `publishedAt`, a byline (`By Daniel O’Connor`) the author, `Source:` lines are credits, everything else (captions, feed headers, generated leftovers)
 * is `preamble`, never title or body.
 *
 * @example
 * readFront(blocks, place).title // → 'Baogang Group Injects ¥1 Billion…'
 */
export function readFront(blocks: ReadonlyArray<StructureBlock>, place: (line: Line) => Diagnostic['place']): Front {
  let title: string | null = null
  let publishedAt: string | null = null
  let author: string | null = null
  const preamble: string[] = []
  const credits: string[] = []
  const links: PlacedLink[] = []
  const diagnostics: Diagnostic[] = []
  // Layout B's front is the title line, maybe with a date line or byline: a lone candidate is the title.
  const candidates = blocks.filter(
    (block) => block.type === 'list' || (parseDateLine(block.text) === null && parseByline(block.text) === null && parseCredit(block.text) === null)
  )
  const alone = candidates.length === 1 && candidates[0]?.type !== 'list'
  for (const block of blocks) {
    const lines = linesOf(block)
    for (const line of lines) {
      const text = block.type === 'list' ? line.text : blockText(line)
      const credit = parseCredit(text)
      const byline: string | null = author === null && block.type !== 'list' ? parseByline(text) : null
      const date: DateLineResult = publishedAt === null && block.type !== 'list' ? parseDateLine(text) : null
      if (credit) {
        const shift = text.length - line.text.length - credit.offset
        links.push(
          ...placeLinks(line, {from: 'credit', section: null, block: credits.length, item: null, text: credit.credit, shift})
        )
        credits.push(credit.credit)
      } else if (byline !== null) {
        author = byline
      } else if (date && 'date' in date) {
        publishedAt = date.date
      } else if (title === null && block.type !== 'list' && isTitleLike(text, alone)) {
        title = text
        links.push(...placeLinks(line, {from: 'title', section: null, block: null, item: null, text, shift: text.length - line.text.length}))
      } else {
        if (date && 'invalid' in date) {
          diagnostics.push(
            createDiagnostic(structureRules['unrecognized-date-line'], `Unexpected date \`${text}\`, expected a calendar date`, {
              place: place(line),
              actual: text
            })
          )
        }
        links.push(
          ...placeLinks(line, {from: 'preamble', section: null, block: preamble.length, item: null, text: line.full, shift: fullShift(line)})
        )
        preamble.push(line.full)
      }
    }
  }
  return {title, publishedAt, author, preamble, credits, links, diagnostics}
}

/**
 * How many leading blocks of a page without Highlights are its front: feed headers and generated leftovers,
 * then a heading-shaped, headline-like title, then a date line.
 *
 * @example
 * countFrontWithoutHighlights(blocks) // → 2 for `Title`, `Mar 3, 2025`, then paragraphs
 */
export function countFrontWithoutHighlights(blocks: ReadonlyArray<StructureBlock>): number {
  let index = 0
  const textAt = (at: number): string | null => {
    const block = blocks[at]
    return block && block.type !== 'list' ? block.text : null
  }
  while (textAt(index) !== null && isFeedHeader(textAt(index) as string)) index++
  const title = blocks[index]
  if (title?.type === 'heading' && isTitleLike(title.text) && index + 1 < blocks.length) index++
  const date = textAt(index)
  if (date !== null && parseDateLine(date) !== null) index++
  return index
}
