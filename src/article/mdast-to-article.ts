import type {Root, RootContent} from 'mdast'
import type {Document} from '../document/document.js'
import {createDiagnostic} from '../diagnostics/rule.js'
import {articleRules} from '../diagnostics/article-rules.js'
import type {Copyright} from '../schema/article.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Structure} from '../structure/document-to-mdast.js'
import {isSpeakerLabel} from '../structure/is-heading-shaped.js'
import type {Line} from '../structure/line.js'
import {articleId} from './article-id.js'
import type {ArticleFields} from './article-fields.js'
import {linesOf, treeToBlocks, type BlockView} from './blocks.js'
import {isHighlightsMarker, isSignOffName} from './chrome.js'
import {countFrontWithoutHighlights, isTitleAlone} from './read-front.js'
import type {FeedItem} from './feed-item.js'
import {readLineKind, type KindValue, type Region} from './line-kinds.js'
import {placeLinks, type PlacedLink, type Placement} from './place-links.js'
import {startsRelatedTail} from './related-tail.js'
import {toSections} from './sections.js'
import type {TextUnit} from './text-unit.js'
import {contentTexts, textUnits} from './text-units.js'

/** What the article stage gives: the fields, the texts later stages read, the annotated tree, diagnostics. */
export interface ArticleStage {
  readonly fields: ArticleFields
  /** The title, highlights, paragraphs and list items (claims and mentions), then the credits (mentions only). */
  readonly units: ReadonlyArray<TextUnit>
  /** The structure tree with every block's place in the Article in `data.field` (title as a depth-1 heading). */
  readonly tree: Root
  /** The unit whose last sentence the end of the input cut off (`truncated-input`), if any: it makes no claim. */
  readonly cutOff: TextUnit | null
  readonly messages: ReadonlyArray<Diagnostic>
}

const closingPunctuation = /[.!?"'”’)\]…:]$/u

/**
 * Read the Article's fields from the positioned tree (SPEC §2): the lines before `Highlights` give title, date,
 * byline and preamble, the Highlights list the highlights, the rest the sections and the site chrome — every
 * line kind decided by the rows of `lineKinds`. Every line lands in exactly one field.
 *
 * @param structure the structure stage's tree and lines
 * @param document the document (for diagnostics' places)
 * @returns the fields, the text units, the annotated tree and the diagnostics
 * @example
 * mdastToArticle(documentToMdast(document), document).fields.highlights // → ['One.']
 */
export function mdastToArticle(structure: Structure, document: Document): ArticleStage {
  const blocks = treeToBlocks(structure.tree, structure.lines)
  const reader = new FieldReader(document)
  if (blocks.length === 0) return reader.finish(structure.tree, [], [], null)
  const marker = blocks.findIndex((block) => block.type !== 'list' && isHighlightsMarker(block.text))
  const list = blocks[marker + 1]
  const highlights = marker >= 0 && list?.type === 'list' ? list : null
  const frontEnd = highlights ? marker : countFrontWithoutHighlights(blocks)
  reader.readFront(blocks.slice(0, frontEnd))
  if (highlights) {
    reader.mark(blocks[marker] as BlockView, 'highlights')
    reader.readHighlights(highlights)
  } else {
    reader.messages.push(
      createDiagnostic(articleRules['missing-highlights'], 'Unexpected page without `Highlights`, expected an article', {
        note: 'Parsed best-effort: the first headline-like line is the title, the rest the body.'
      })
    )
  }
  const body = reader.readBody(blocks.slice(highlights ? marker + 2 : frontEnd))
  return reader.finish(structure.tree, blocks, body.content, body.lastLine)
}

/** Collects the fields while the regions are read, in reading order. */
class FieldReader {
  title: string | null = null
  publishedAt: string | null = null
  author: string | null = null
  readonly highlights: string[] = []
  readonly credits: string[] = []
  readonly disclaimers: string[] = []
  readonly related: string[] = []
  readonly preamble: string[] = []
  readonly boilerplate: string[] = []
  categories: string[] = []
  copyright: Copyright | null = null
  commentCount: number | null = null
  footer = false
  readonly links: PlacedLink[] = []
  readonly messages: Diagnostic[] = []
  /** The Article field each block node went to. */
  readonly fieldOf = new Map<RootContent, string>()
  /** Feed headers whose item gave the title: their node is split around it in the tree. */
  readonly feedItems = new Map<RootContent, FeedItem>()
  readonly units: TextUnit[] = []
  readonly document: Document

  constructor(document: Document) {
    this.document = document
  }

  mark(block: BlockView, field: string): void {
    this.fieldOf.set(block.node, field)
  }

  /** The front: every line by the rows of `lineKinds`, the rest to `preamble`. */
  readFront(blocks: ReadonlyArray<BlockView>): void {
    const alone = isTitleAlone(blocks)
    for (const block of blocks) {
      for (const line of linesOf(block)) {
        const inList = block.type === 'list'
        const text = inList ? line.text : block.text
        const field = this.readLine(line, text, 'front', {inList, alone}, block.node) ?? this.keep(line, this.preamble, 'preamble', text)
        if (!inList) this.mark(block, field)
        else if (!this.fieldOf.has(block.node)) this.mark(block, field)
      }
    }
  }

  readHighlights(list: Extract<BlockView, {type: 'list'}>): void {
    this.mark(list, 'highlights')
    list.flat.forEach((item, index) => {
      this.place(item.line, {from: 'highlight', section: null, block: index, item: null, text: item.text, shift: 0})
      this.highlights.push(item.text)
    })
  }

  /**
   * The body: a related marker sends it and everything after it to `related`; chrome goes to its field by the
   * rows of `lineKinds`; the rest is content (a lone name last is the sign-off).
   */
  readBody(blocks: ReadonlyArray<BlockView>): {content: BlockView[]; lastLine: Line | null} {
    const content: BlockView[] = []
    let inRelated = false
    for (const [index, block] of blocks.entries()) {
      if (!inRelated && block.type !== 'list' && startsRelatedTail(block.text, blocks, index + 1)) inRelated = true
      if (inRelated) {
        this.footer = true
        for (const line of linesOf(block)) this.keep(line, this.related, 'related')
        this.mark(block, 'related')
        continue
      }
      if (block.type === 'list') {
        content.push(block)
        continue
      }
      const field = this.readLine(block.line, block.text, 'body', {inList: false, alone: false})
      if (field === null) content.push(block)
      else this.mark(block, field)
    }
    const last = content.at(-1)
    const signOff = last && last.type !== 'list' && content.length > 1 && isSignOffName(last.text) ? last : null
    if (signOff) {
      this.author = signOff.text
      this.mark(signOff, 'author')
      content.pop()
    }
    return {content, lastLine: last && last.type !== 'list' && !signOff ? last.line : null}
  }

  /** Apply the first line kind that reads the line; `null` when none does. */
  private readLine(line: Line, text: string, region: Region, context: {inList: boolean; alone: boolean}, node?: RootContent): string | null {
    const found = readLineKind(text, region, context)
    if (!found) return null
    const {row, value} = found
    if (row.footer) this.footer = true
    const reason = row.report?.reason(text, value)
    if (reason) {
      this.messages.push(createDiagnostic(row.report?.rule as NonNullable<typeof row.report>['rule'], reason, {
        place: this.document.pointOnLine(line.index, line.blockStart),
        actual: text
      }))
    }
    return this.store(line, text, value, region, node)
  }

  /** Store what a row read; a single-valued field already set sends the line to `preamble` or `boilerplate`. */
  private store(line: Line, text: string, value: KindValue, region: Region, node?: RootContent): string {
    const overflow = (): string => (region === 'front' ? this.keep(line, this.preamble, 'preamble', text) : this.keep(line, this.boilerplate, 'boilerplate', text))
    const shift = text.length - line.text.length
    switch (value.field) {
      case 'title':
        if (this.title !== null) return overflow()
        this.title = value.value
        this.place(line, {from: 'title', section: null, block: null, item: null, text: value.value, shift})
        return 'title'
      case 'author':
        if (this.author !== null) return overflow()
        this.author = value.value
        return 'author'
      case 'publishedAt':
        if (this.publishedAt !== null) return overflow()
        this.publishedAt = value.value
        return 'publishedAt'
      case 'credits':
        this.place(line, {from: 'credit', section: null, block: this.credits.length, item: null, text: value.value, shift: shift - value.offset})
        this.credits.push(value.value)
        return 'credits'
      case 'categories':
        for (const name of value.value) this.categories.push(name)
        return 'categories'
      case 'copyright':
        if (this.copyright !== null) return overflow()
        this.copyright = value.value
        return 'copyright'
      case 'commentCount':
        if (this.commentCount !== null) return overflow()
        this.commentCount = value.value
        return 'commentCount'
      case 'disclaimers':
        return this.keep(line, this.disclaimers, 'disclaimers')
      case 'related':
        return this.keep(line, this.related, 'related')
      case 'boilerplate':
        return this.keep(line, this.boilerplate, 'boilerplate')
      case 'preamble':
        return this.keep(line, this.preamble, 'preamble', text)
      case 'feed':
        return this.storeFeed(line, text, value.value, node)
    }
  }

  /** Keep a whole line (bullet included), or the given text of it, in a list field. */
  private keep(line: Line, into: string[], field: 'disclaimers' | 'related' | 'boilerplate' | 'preamble', text = line.full): string {
    const from = field === 'disclaimers' ? 'disclaimer' : field
    this.place(line, {from, section: null, block: into.length, item: null, text, shift: text === line.full ? line.full.length - line.text.length : 0})
    into.push(text)
    return field
  }

  /**
   * A feed header naming its item: the item's title is the title and its date the date (unless the page gave
   * them already); the header before and after the title goes to `preamble`, as two pieces.
   */
  private storeFeed(line: Line, text: string, item: FeedItem, node: RootContent | undefined): string {
    if (this.title !== null) return this.keep(line, this.preamble, 'preamble', text)
    this.title = item.title
    this.place(line, {from: 'title', section: null, block: null, item: null, text: item.title, shift: -item.start})
    if (this.publishedAt === null && item.publishedAt !== null) this.publishedAt = item.publishedAt
    for (const [from, to] of [[0, item.start], [item.end, text.length]] as const) {
      const piece = text.slice(from, to).trim()
      if (piece === '') continue
      this.place(line, {from: 'preamble', section: null, block: this.preamble.length, item: null, text: piece, shift: -from - (text.slice(from, to).length - text.slice(from, to).trimStart().length)})
      this.preamble.push(piece)
    }
    if (node) this.feedItems.set(node, item)
    return 'feed'
  }

  place(line: Line, placement: Placement): void {
    for (const link of placeLinks(line, placement)) this.links.push(link)
  }

  finish(tree: Root, blocks: ReadonlyArray<BlockView>, content: ReadonlyArray<BlockView>, lastLine: Line | null): ArticleStage {
    const sections = toSections(content, (line, placement) => this.place(line, placement), (block, field) => this.mark(block, field))
    if (blocks.length > 0 && sections.length === 0) {
      this.messages.push(createDiagnostic(articleRules['missing-body'], 'Unexpected article without body text, expected paragraphs'))
    }
    const truncated = !this.footer && lastLine !== null && !closingPunctuation.test(lastLine.text)
    if (truncated && lastLine) {
      this.messages.push(
        createDiagnostic(articleRules['truncated-input'], 'Unexpected end of text mid-sentence, expected a site footer', {
          place: this.document.pointOnLine(lastLine.index, lastLine.blockStart),
          actual: lastLine.text.slice(-40)
        })
      )
    }
    if (content.some((block) => block.type === 'paragraph' && isSpeakerLabel(block.text))) {
      this.messages.push(
        createDiagnostic(articleRules['transcript-page'], 'Unexpected transcript, expected article paragraphs', {
          note: 'Speaker lines are kept as paragraphs.'
        })
      )
    }
    const units = textUnits(this.title, this.highlights, sections, this.credits)
    // The last line read is the last paragraph of the body: its unit is the last body unit.
    const cutOff = truncated ? (units.findLast((unit) => unit.from === 'body') ?? null) : null
    const fields: ArticleFields = {
      id: articleId(contentTexts(this.title, this.highlights, sections)),
      title: this.title,
      publishedAt: this.publishedAt,
      author: this.author,
      highlights: this.highlights,
      sections,
      links: this.links.map((link, index) => ({id: `l${index + 1}`, ...link})),
      credits: this.credits,
      disclaimers: this.disclaimers,
      related: this.related,
      preamble: this.preamble,
      boilerplate: this.boilerplate,
      categories: this.categories,
      copyright: this.copyright,
      commentCount: this.commentCount
    }
    return {fields, units, tree: annotate(tree, this.fieldOf, this.feedItems), cutOff, messages: this.messages}
  }
}

/**
 * The tree as the Article reads it: every block keeps its node and position, with the field it went to in
 * `data.articleField`; the title becomes a depth-1 heading, a section heading stays a depth-2 heading, and a
 * heading-shaped line that is not one (chrome, a heading with nothing after it) becomes a paragraph.
 */
function annotate(tree: Root, fieldOf: ReadonlyMap<RootContent, string>, feedItems: ReadonlyMap<RootContent, FeedItem>): Root {
  const children: RootContent[] = []
  for (const node of tree.children) {
    const item = feedItems.get(node)
    if (item) for (const piece of splitFeedHeader(node, item)) children.push(piece)
    else children.push(annotateNode(node, fieldOf.get(node) ?? 'sections'))
  }
  return {...tree, children}
}

/** A block with its field in `data.articleField`, re-typed where the field says what it is. */
function annotateNode(node: RootContent, field: string): RootContent {
  const data = {...node.data, articleField: field}
  if (node.type === 'heading') {
    if (field === 'title') return {...node, depth: 1, data}
    if (field === 'heading' || field === 'highlights') return {...node, data}
    return {type: 'paragraph', children: node.children, ...(node.position ? {position: node.position} : {}), data}
  }
  if (node.type === 'paragraph' && field === 'title') return {type: 'heading', depth: 1, children: node.children, ...(node.position ? {position: node.position} : {}), data}
  return {...node, data}
}

/**
 * A feed header's node in three: preamble, the item's title (a depth-1 heading), preamble. Positions are cut
 * from the node's where its text is the input one to one (feed headers are plain ASCII); else the node is kept
 * whole, as preamble.
 */
function splitFeedHeader(node: RootContent, item: FeedItem): RootContent[] {
  const text = 'children' in node && node.children[0] && 'value' in node.children[0] ? node.children[0].value : ''
  const position = node.position
  if (!position || position.end.offset === undefined || position.start.offset === undefined || position.end.offset - position.start.offset !== text.length) {
    return [annotateNode(node, 'preamble')]
  }
  const at = (offset: number) => ({line: position.start.line, column: position.start.column + offset, offset: (position.start.offset as number) + offset})
  const piece = (from: number, to: number, field: string): RootContent[] => {
    let start = from
    let end = to
    while (start < end && text.charCodeAt(start) === 32) start++
    while (end > start && text.charCodeAt(end - 1) === 32) end--
    if (start === end) return []
    const span = {start: at(start), end: at(end)}
    const children = [{type: 'text' as const, value: text.slice(start, end), position: span}]
    return field === 'title'
      ? [{type: 'heading', depth: 1, children, position: span, data: {articleField: field}}]
      : [{type: 'paragraph', children, position: span, data: {articleField: field}}]
  }
  return [...piece(0, item.start, 'preamble'), ...piece(item.start, item.end, 'title'), ...piece(item.end, text.length, 'preamble')]
}
