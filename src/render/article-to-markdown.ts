import type {Root} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {Article} from '../schema/article.js'
import {articleToMdast} from './article-to-mdast.js'

/** Options of `articleToMarkdown`. */
export interface ArticleToMarkdownOptions {
  /**
   * (default `false`) keep the site chrome of the dump (preamble, share and reply prompts, related posts,
   * categories, comment count, copyright) instead of only the article: title, date, highlights, sections,
   * credits, disclaimers and sign-off.
   */
  readonly chrome?: boolean
}

/** The fields of an article proper: everything else in the tree is site chrome. */
const articleFields: ReadonlySet<string> = new Set(['title', 'publishedAt', 'author', 'highlights', 'heading', 'sections', 'credits', 'disclaimers'])

/**
 * Turn an Article into Markdown (CommonMark) with `mdast-util-to-markdown`, from `articleToMdast`: text is
 * escaped exactly where Markdown would read it as syntax (`*`, `_`, `#`, `1.` at line start), so a Markdown
 * parser reads back the Article's text.
 *
 * @param article the Article (from `parseArticle`)
 * @param options (optional) `chrome` (default `false`)
 * @returns Markdown text ending in a newline (empty for an empty Article)
 * @example
 * articleToMarkdown(parseArticle('Highlights\n- One *star*.\nBody.'))
 * // → '## Highlights\n\n- One \\*star\\*.\n\nBody.\n'
 */
export function articleToMarkdown(article: Article, options: ArticleToMarkdownOptions = {}): string {
  const tree = articleToMdast(article)
  const kept: Root = options.chrome ? tree : {type: 'root', children: tree.children.filter((node) => articleFields.has(node.data?.articleField ?? 'sections'))}
  if (kept.children.length === 0) return ''
  return toMarkdown(kept, {bullet: '-', listItemIndent: 'one', rule: '-'})
}
