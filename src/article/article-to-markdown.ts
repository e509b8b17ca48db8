import type {Article} from '../schema/article.js'

/** STUB */
export function articleToMarkdown(article: Article): string {
  void article
  return ''
}
