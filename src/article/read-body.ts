import {createDiagnostic} from '../diagnostics/rule.js'
import {structureRules} from '../diagnostics/structure-rules.js'
import type {Copyright} from '../schema/article.js'
import type {Block, ListItem, Section} from '../schema/block.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import {linesOf, listItemsInOrder, type StructureBlock, type StructureItem} from '../structure/body-block.js'
import {isSpeakerLabel} from '../structure/is-heading-shaped.js'
import type {Line} from '../structure/line.js'
import {
  isCopyright,
  isDisclaimer,
  isRelatedMarker,
  isRelatedPromo,
  isShareChrome,
  isSignOffName,
  isTableOfContents,
  parseCategories,
  parseCommentCount,
  parseCopyright,
  parseCredit
} from './chrome.js'
import {fullShift, placeLinks, type PlacedLink} from './place-links.js'

/** What the body and the footer give. */
export interface Body {
  readonly sections: Section[]
  readonly author: string | null
  readonly credits: string[]
  readonly disclaimers: string[]
  readonly related: string[]
  readonly boilerplate: string[]
  readonly categories: string[]
  readonly copyright: Copyright | null
  readonly commentCount: number | null
  readonly links: PlacedLink[]
  readonly diagnostics: Diagnostic[]
  /** Whether any footer chrome (copyright, comments, categories, share/reply, related) was seen. */
  readonly footer: boolean
  /** The line of the last content block, when it is a paragraph or heading (to tell a cut-off dump). */
  readonly lastLine: Line | null
}

type Role = 'content' | 'chrome'

/**
 * Read the blocks after the Highlights: site chrome goes to its fields wherever it stands (credits,
 * disclaimers, copyright, comments, categories, share/reply chrome and the table-of-contents marker to
 * `boilerplate`), a related marker sends it and everything after it to `related`, a lone name before the
 * footer is the sign-off, and the rest becomes sections of headings, paragraphs and lists.
 *
 * @example
 * readBody(blocks, place).sections[0].heading // → null when the body starts without a heading
 */
export function readBody(blocks: ReadonlyArray<StructureBlock>, place: (line: Line) => Diagnostic['place']): Body {
  const credits: string[] = []
  const disclaimers: string[] = []
  const related: string[] = []
  const boilerplate: string[] = []
  let categories: string[] = []
  let copyright: Copyright | null = null
  let commentCount: number | null = null
  let footer = false
  const links: PlacedLink[] = []
  const diagnostics: Diagnostic[] = []
  const roles: Role[] = []

  const keep = (line: Line, into: string[], from: 'related' | 'boilerplate' | 'disclaimer'): void => {
    links.push(...placeLinks(line, {from, section: null, block: into.length, item: null, text: line.full, shift: fullShift(line)}))
    into.push(line.full)
  }

  let inRelated = false
  for (const [index, block] of blocks.entries()) {
    if (!inRelated && block.type !== 'list' && startsRelatedTail(block.text, blocks, index + 1)) inRelated = true
    if (inRelated) {
      footer = true
      for (const line of linesOf(block)) keep(line, related, 'related')
      roles.push('chrome')
      continue
    }
    if (block.type === 'list') {
      roles.push('content')
      continue
    }
    const {text, line} = block
    const count = parseCommentCount(text)
    const names = parseCategories(text)
    const credit = parseCredit(text)
    let role: Role = 'chrome'
    if (isTableOfContents(text)) keep(line, boilerplate, 'boilerplate')
    else if (isShareChrome(text) || (count !== null && commentCount !== null)) {
      footer = true
      keep(line, boilerplate, 'boilerplate')
    } else if (count !== null) {
      footer = true
      commentCount = count
    } else if (names !== null) {
      footer = true
      categories = [...categories, ...names]
      if (names.length === 0 && text.includes(',')) {
        diagnostics.push(
          createDiagnostic(structureRules['lost-categories'], `Unexpected \`${text}\`, expected category names`, {
            place: place(line),
            actual: text
          })
        )
      }
    } else if (isCopyright(text)) {
      footer = true
      if (copyright === null) copyright = parseCopyright(text)
      else keep(line, boilerplate, 'boilerplate')
    } else if (credit) {
      const shift = text.length - line.text.length - credit.offset
      links.push(
        ...placeLinks(line, {from: 'credit', section: null, block: credits.length, item: null, text: credit.credit, shift})
      )
      credits.push(credit.credit)
    } else if (isDisclaimer(text)) keep(line, disclaimers, 'disclaimer')
    else if (isRelatedPromo(text)) keep(line, related, 'related')
    else role = 'content'
    roles.push(role)
  }

  const lastContent = roles.lastIndexOf('content')
  const signOff = blocks[lastContent]
  const hasEarlierContent = roles.indexOf('content') < lastContent
  const author =
    signOff && signOff.type !== 'list' && hasEarlierContent && isSignOffName(signOff.text) ? signOff.text : null
  const contentBlocks = blocks.filter((_, index) => roles[index] === 'content' && !(author && index === lastContent))
  const sections = toSections(contentBlocks, links)
  if (contentBlocks.some((block) => block.type === 'paragraph' && isSpeakerLabel(block.text))) {
    diagnostics.push(
      createDiagnostic(structureRules['transcript-page'], 'Unexpected transcript, expected article paragraphs', {
        note: 'Speaker lines are kept as paragraphs.'
      })
    )
  }
  return {
    sections,
    author,
    credits,
    disclaimers,
    related,
    boilerplate,
    categories,
    copyright,
    commentCount,
    links,
    diagnostics,
    footer,
    lastLine: signOff && signOff.type !== 'list' && !author ? signOff.line : null
  }
}

/**
 * Group content blocks into sections: a heading opens one, unless nothing follows it (then it is a paragraph)
 * or it is what a transcript speaker said (a short line right after `Speaker (00:01.538)`).
 */
function toSections(blocks: ReadonlyArray<StructureBlock>, links: PlacedLink[]): Section[] {
  const sections: Array<{heading: string | null; blocks: Block[]}> = []
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1]
    const spoken = previous?.type === 'paragraph' && isSpeakerLabel(previous.text)
    if (block.type === 'heading' && index < blocks.length - 1 && !spoken) {
      links.push(...placeLinks(block.line, {from: 'heading', section: sections.length, block: null, item: null, text: block.text, shift: block.text.length - block.line.text.length}))
      sections.push({heading: block.text, blocks: []})
      return
    }
    if (sections.length === 0) sections.push({heading: null, blocks: []})
    const section = sections.at(-1) as {heading: string | null; blocks: Block[]}
    const at = {section: sections.length - 1, block: section.blocks.length}
    if (block.type === 'list') {
      listItemsInOrder(block.items).forEach((item, order) => {
        links.push(...placeLinks(item.line, {from: 'body', ...at, item: order, text: item.text, shift: 0}))
      })
      section.blocks.push({type: 'list', ordered: block.ordered, items: block.items.map(toListItem)})
    } else {
      links.push(...placeLinks(block.line, {from: 'body', ...at, item: null, text: block.text, shift: block.text.length - block.line.text.length}))
      section.blocks.push({type: 'paragraph', text: block.text})
    }
  })
  return sections
}

function toListItem(item: StructureItem): ListItem {
  return {text: item.text, children: item.children.map(toListItem)}
}

/** A related-posts tail holds post titles: short lines. A long paragraph after the marker means it was prose. */
const maxTailWords = 30

/**
 * Whether a line starts the related-posts tail: an unmistakable marker (`You Might Also Like…`), or a short
 * `See also …` / `Read more …` / `Related` line followed only by post titles, up to the end or to an
 * unmistakable marker: no long paragraph, and no sentence ending in a period (a `Read more: …` promo in the
 * middle of an article is followed by more of the article).
 */
function startsRelatedTail(text: string, blocks: ReadonlyArray<StructureBlock>, from: number): boolean {
  const marker = isRelatedMarker(text)
  if (marker !== 'short') return marker === 'always'
  for (let index = from; index < blocks.length; index++) {
    for (const line of linesOf(blocks[index] as StructureBlock)) {
      if (isRelatedMarker(line.text) === 'always') return true
      if (line.text.split(' ').length > maxTailWords || endsSentence(line.text)) return false
    }
  }
  return true
}

/** A line ending in a full stop (not an ellipsis): a sentence of prose, not a post title. */
function endsSentence(text: string): boolean {
  return text.endsWith('.') && !text.endsWith('..')
}
