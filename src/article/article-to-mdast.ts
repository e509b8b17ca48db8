import type {Root} from 'mdast'
import type {Article} from '../schema/article.js'

/** STUB */
export function articleToMdast(article: Article): Root {
  void article
  return {type: 'root', children: []}
}
