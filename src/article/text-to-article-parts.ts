import {createDiagnostic} from '../diagnostics/rule.js'
import {structureRules} from '../diagnostics/structure-rules.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Section} from '../schema/block.js'
import {listItemsInOrder} from '../structure/body-block.js'
import type {Line} from '../structure/line.js'
import {linesToBlocks} from '../structure/lines-to-blocks.js'
import {textToLines} from '../structure/text-to-lines.js'
import {articleId} from './article-id.js'
import type {ArticleParts} from './article-parts.js'
import {isHighlightsMarker} from './chrome.js'
import {placeLinks, type PlacedLink} from './place-links.js'
import {readBody} from './read-body.js'
import {countFrontWithoutHighlights, readFront} from './read-front.js'

const closingPunctuation = /[.!?"'”’)\]…:]$/u

/**
 * The structural parse: repaired text → cleaned lines → mdast (unified + remark-parse) → the Article's
 * structural fields. The front (before the Highlights) gives title, date and preamble; the Highlights list the
 * highlights; the rest the sections and the site chrome.
 *
 * @param text the repaired text
 * @param toInputOffset maps an offset in `text` back to the input (for diagnostics and mdast positions)
 * @example
 * textToArticleParts('Highlights\n- One.\nBody.', (offset) => offset).highlights // → ['One.']
 */
export function textToArticleParts(text: string, toInputOffset: (offset: number) => number): ArticleParts {
  const lines = textToLines(text)
  const place = (line: Line): Diagnostic['place'] => ({
    line: line.index + 1,
    column: line.indent + 1,
    offset: toInputOffset(line.offset + line.indent)
  })
  const diagnostics: Diagnostic[] = orphanDiagnostics(lines, place)
  if (lines.every((line) => line.blank)) {
    diagnostics.push(createDiagnostic(structureRules['empty-input'], 'Unexpected empty input, expected article text'))
    return {...emptyParts(), diagnostics}
  }
  const {blocks} = linesToBlocks(lines, toInputOffset)
  const marker = blocks.findIndex((block) => block.type !== 'list' && isHighlightsMarker(block.text))
  const list = blocks[marker + 1]
  const hasHighlights = marker >= 0 && list?.type === 'list'
  const frontEnd = hasHighlights ? marker : countFrontWithoutHighlights(blocks)
  const front = readFront(blocks.slice(0, frontEnd), place)
  const body = readBody(blocks.slice(hasHighlights ? marker + 2 : frontEnd), place)
  const highlightLinks: PlacedLink[] = []
  const highlights = hasHighlights
    ? listItemsInOrder(list.items).map((item, index) => {
        highlightLinks.push(...placeLinks(item.line, {from: 'highlight', section: null, block: index, item: null, text: item.text, shift: 0}))
        return item.text
      })
    : []
  if (!hasHighlights) {
    diagnostics.push(
      createDiagnostic(structureRules['missing-highlights'], 'Unexpected page without `Highlights`, expected an article', {
        note: 'Parsed best-effort: the first headline-like line is the title, the rest the body.'
      })
    )
  }
  if (body.sections.length === 0) {
    diagnostics.push(createDiagnostic(structureRules['missing-body'], 'Unexpected article without body text, expected paragraphs'))
  }
  const last = body.lastLine
  if (!body.footer && last && !closingPunctuation.test(last.text)) {
    diagnostics.push(
      createDiagnostic(structureRules['truncated-input'], 'Unexpected end of text mid-sentence, expected a site footer', {
        place: place(last),
        actual: last.text.slice(-40)
      })
    )
  }
  // A credit found before the Highlights reads before those after, so it comes first.
  const credits = [...front.credits, ...body.credits]
  const shiftedBodyCredits = body.links.map((link) =>
    link.from === 'credit' && link.block !== null ? {...link, block: link.block + front.credits.length} : link
  )
  const links = [...front.links, ...highlightLinks, ...shiftedBodyCredits].map((link, index) => ({id: `l${index + 1}`, ...link}))
  return {
    id: articleId(contentTexts(front.title, highlights, body.sections)),
    title: front.title,
    publishedAt: front.publishedAt,
    author: body.author ?? front.author,
    highlights,
    sections: body.sections,
    links,
    credits,
    disclaimers: body.disclaimers,
    related: body.related,
    preamble: front.preamble,
    boilerplate: body.boilerplate,
    categories: body.categories,
    copyright: body.copyright,
    commentCount: body.commentCount,
    diagnostics: [...diagnostics, ...front.diagnostics, ...body.diagnostics]
  }
}

function orphanDiagnostics(lines: ReadonlyArray<Line>, place: (line: Line) => Diagnostic['place']): Diagnostic[] {
  return lines
    .filter((line) => line.orphanMarkers > 0)
    .map((line) =>
      createDiagnostic(structureRules['link-without-anchor'], 'Unexpected `(opens in a new tab)` with no text before it, expected a link anchor', {
        place: place(line)
      })
    )
}

function contentTexts(title: string | null, highlights: ReadonlyArray<string>, sections: ReadonlyArray<Section>): string[] {
  const texts: string[] = title === null ? [] : [title]
  texts.push(...highlights)
  for (const section of sections) {
    if (section.heading !== null) texts.push(section.heading)
    for (const block of section.blocks) {
      if (block.type === 'paragraph') texts.push(block.text)
      else for (const item of listItemsInOrder(block.items)) texts.push(item.text)
    }
  }
  return texts
}

function emptyParts(): Omit<ArticleParts, 'diagnostics'> {
  return {
    id: articleId([]),
    title: null,
    publishedAt: null,
    author: null,
    highlights: [],
    sections: [],
    links: [],
    credits: [],
    disclaimers: [],
    related: [],
    preamble: [],
    boilerplate: [],
    categories: [],
    copyright: null,
    commentCount: null
  }
}
