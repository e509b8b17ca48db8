import type {Copyright} from '../schema/article.js'
import type {Section} from '../schema/block.js'
import type {Link} from '../schema/link.js'

/**
 * The structural fields of an Article, as the article stage reads them from the tree.
 *
 * @example
 * const fields: ArticleFields = {id: '…', title: null, publishedAt: null, author: null, highlights: [], sections: [],
 *   links: [], credits: [], disclaimers: [], related: [], preamble: [], boilerplate: [], categories: [],
 *   copyright: null, commentCount: null}
 */
export interface ArticleFields {
  readonly id: string
  readonly title: string | null
  readonly publishedAt: string | null
  readonly author: string | null
  readonly highlights: string[]
  readonly sections: Section[]
  readonly links: Link[]
  readonly credits: string[]
  readonly disclaimers: string[]
  readonly related: string[]
  readonly preamble: string[]
  readonly boilerplate: string[]
  readonly categories: string[]
  readonly copyright: Copyright | null
  readonly commentCount: number | null
}
