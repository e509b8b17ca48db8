import type {Rule} from '../diagnostics/rule.js'
import {articleRules} from '../diagnostics/article-rules.js'
import type {Copyright} from '../schema/article.js'
import {
  isCopyright,
  isDisclaimer,
  isMoreButton,
  isRelatedPromo,
  isShareChrome,
  isTableOfContents,
  parseByline,
  parseCategories,
  parseCommentCount,
  parseCopyright,
  parseCredit
} from './chrome.js'
import {readFeedItem, type FeedItem} from './feed-item.js'
import {isFeedHeader, isTitleLike} from './front-matter.js'
import {parseDateLine} from './parse-date-line.js'

/** Where a line stands: before the Highlights (`front`) or after them (`body`). */
export type Region = 'front' | 'body'

/** What a row knows of the line besides its text. */
export interface LineContext {
  /** The line is an item of a list (only rows with `inLists` read those). */
  readonly inList: boolean
  /** The front holds one line that could be the title, and this is it (layout B's title line). */
  readonly alone: boolean
}

/** The Article fields a line kind stores into. */
export type KindField =
  | 'title'
  | 'publishedAt'
  | 'author'
  | 'credits'
  | 'disclaimers'
  | 'related'
  | 'boilerplate'
  | 'preamble'
  | 'categories'
  | 'copyright'
  | 'commentCount'
  | 'feed'

/** What a row read from a line: the value stored, and for a credit where its text starts in the line. */
export type KindValue =
  | {readonly field: 'title' | 'author' | 'publishedAt'; readonly value: string}
  | {readonly field: 'credits'; readonly value: string; readonly offset: number}
  | {readonly field: 'disclaimers' | 'related' | 'boilerplate' | 'preamble'; readonly value: null}
  | {readonly field: 'categories'; readonly value: string[]}
  | {readonly field: 'copyright'; readonly value: Copyright}
  | {readonly field: 'commentCount'; readonly value: number}
  | {readonly field: 'feed'; readonly value: FeedItem}

/**
 * One kind of line (SPEC §2's table): where it may stand, how it is recognized, and what it gives. `read`
 * returns `null` when the line is not of this kind.
 */
export interface LineKind {
  readonly kind: string
  readonly where: ReadonlyArray<Region>
  /** (default `false`) whether the items of a list can be of this kind. */
  readonly inLists?: boolean
  readonly read: (text: string, context: LineContext) => KindValue | null
  /** (default `false`) whether a line of this kind is site footer (a dump with a footer was not cut off). */
  readonly footer?: boolean
  /** (optional) The diagnostic a line of this kind gets: a reason, or `null` when there is nothing to say. */
  readonly report?: {readonly rule: Rule; readonly reason: (text: string, value: KindValue) => string | null}
}

const lines = (field: 'disclaimers' | 'related' | 'boilerplate' | 'preamble', test: (text: string) => boolean) =>
  (text: string): KindValue | null => (test(text) ? {field, value: null} : null)

/**
 * The line kinds, in precedence order: the first row that reads a line decides where it goes. A line no row
 * reads is `preamble` before the Highlights and body content after them. A single-valued field that is already
 * set (a second copyright line, a second date line) sends the line to `boilerplate` (body) or `preamble`
 * (front) instead. Adding a kind of site chrome is adding a row here (and a field to the schema if it is new).
 *
 * @example
 * lineKinds.find((row) => row.kind === 'comments')?.read('12 Comments', {inList: false, alone: false})
 * // → {field: 'commentCount', value: 12}
 */
export const lineKinds: ReadonlyArray<LineKind> = Object.freeze([
  {
    kind: 'credit',
    where: ['front', 'body'],
    inLists: true,
    read: (text) => {
      const credit = parseCredit(text)
      return credit ? {field: 'credits', value: credit.credit, offset: credit.offset} : null
    }
  },
  {
    kind: 'byline',
    where: ['front'],
    read: (text) => {
      const name = parseByline(text)
      return name === null ? null : {field: 'author', value: name}
    }
  },
  {
    kind: 'date',
    where: ['front'],
    read: (text) => {
      const date = parseDateLine(text)
      return date && 'date' in date ? {field: 'publishedAt', value: date.date} : null
    }
  },
  {
    kind: 'impossible-date',
    where: ['front'],
    read: (text) => {
      const date = parseDateLine(text)
      return date && 'invalid' in date ? {field: 'preamble', value: null} : null
    },
    report: {rule: articleRules['unrecognized-date-line'], reason: (text) => `Unexpected date \`${text}\`, expected a calendar date`}
  },
  {
    // A feed header that names its item: the item's title is the title, its date the date, the rest preamble.
    kind: 'feed-item',
    where: ['front'],
    read: (text) => {
      const item = isFeedHeader(text) ? readFeedItem(text) : null
      return item ? {field: 'feed', value: item} : null
    }
  },
  {kind: 'feed-header', where: ['front'], read: lines('preamble', isFeedHeader)},
  {
    kind: 'title',
    where: ['front'],
    read: (text, context) => (isTitleLike(text, context.alone) ? {field: 'title', value: text} : null)
  },
  {kind: 'table-of-contents', where: ['body'], read: lines('boilerplate', isTableOfContents)},
  {kind: 'share', where: ['body'], footer: true, read: lines('boilerplate', isShareChrome)},
  {kind: 'more-button', where: ['body'], read: lines('boilerplate', isMoreButton)},
  {
    kind: 'comments',
    where: ['body'],
    footer: true,
    read: (text) => {
      const count = parseCommentCount(text)
      return count === null ? null : {field: 'commentCount', value: count}
    }
  },
  {
    kind: 'categories',
    where: ['body'],
    footer: true,
    read: (text) => {
      const names = parseCategories(text)
      return names === null ? null : {field: 'categories', value: names}
    },
    // `CATEGORIES: , , ,`: the names were lost in scraping.
    report: {
      rule: articleRules['lost-categories'],
      reason: (text, value) =>
        value.field === 'categories' && value.value.length === 0 && text.includes(',') ? `Unexpected \`${text}\`, expected category names` : null
    }
  },
  {kind: 'copyright', where: ['body'], footer: true, read: (text) => (isCopyright(text) ? {field: 'copyright', value: parseCopyright(text)} : null)},
  {kind: 'disclaimer', where: ['body'], read: lines('disclaimers', isDisclaimer)},
  {kind: 'related-promo', where: ['body'], read: lines('related', isRelatedPromo)}
] satisfies LineKind[])

/**
 * The first row that reads a line in a region, and what it read.
 *
 * @example
 * readLineKind('Source: Yicai Global', 'body', {inList: false, alone: false})?.value
 * // → {field: 'credits', value: 'Yicai Global', offset: 8}
 */
export function readLineKind(text: string, region: Region, context: LineContext): {row: LineKind; value: KindValue} | null {
  for (const row of lineKinds) {
    if (!row.where.includes(region) || (context.inList && !row.inLists)) continue
    const value = row.read(text, context)
    if (value) return {row, value}
  }
  return null
}
