import type {Root} from 'mdast'
import type {Article} from '../schema/article.js'

/**
 * Where `parseArticle` keeps the positioned tree on the Article it returns: a symbol-keyed, non-enumerable
 * property, so JSON, `structuredClone`, zod and equality checks never see it, and it goes with the Article.
 */
const treeKey = Symbol.for('rex-article.tree')

/**
 * Keep the tree on the Article (once; later calls change nothing).
 *
 * @example
 * keepTree(article, tree); keptTree(article) === tree // → true
 */
export function keepTree(article: Article, tree: Root): void {
  if (!Object.hasOwn(article, treeKey)) Object.defineProperty(article, treeKey, {value: tree, enumerable: false})
}

/**
 * The tree `parseArticle` kept on this Article, or `undefined` (an Article read back from JSON has none).
 *
 * @example
 * keptTree(JSON.parse(JSON.stringify(article))) // → undefined
 */
export function keptTree(article: Article): Root | undefined {
  const tree = (article as Article & {[treeKey]?: Root})[treeKey]
  return tree
}
