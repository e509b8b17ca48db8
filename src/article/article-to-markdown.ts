import type {List, Nodes, PhrasingContent, RootContent} from 'mdast'
import type {Article} from '../schema/article.js'
import {escapeMarkdown} from '../structure/escape-markdown.js'
import {articleToMdast} from './article-to-mdast.js'

/**
 * Turn an Article into Markdown (CommonMark): the tree of `articleToMdast`, with every text escaped so that a
 * markdown parser reads back exactly the Article's text (`*`, `_`, `#`, `1.` stay literal).
 *
 * @param article the Article (from `parseArticle`)
 * @returns Markdown text ending in a newline
 * @example
 * articleToMarkdown(parseArticle('Highlights\n- One *star*.\nBody.'))
 * // → '## Highlights\n\n- One \\*star\\*.\n\nBody.\n'
 */
export function articleToMarkdown(article: Article): string {
  const blocks = articleToMdast(article).children.map((node) => block(node))
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.depth)} ${inline(node.children)}`
    case 'paragraph':
      return inline(node.children)
    case 'list':
      return list(node, '')
    default:
      return ''
  }
}

function list(node: List, indent: string): string {
  const lines: string[] = []
  node.children.forEach((item, index) => {
    const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '-'
    const pad = `${indent}${' '.repeat(marker.length + 1)}`
    for (const child of item.children) {
      if (child.type === 'list') lines.push(list(child, pad))
      else if (child.type === 'paragraph') lines.push(`${indent}${marker} ${inline(child.children)}`)
    }
  })
  return lines.join('\n')
}

function inline(children: ReadonlyArray<PhrasingContent>): string {
  return escapeMarkdown(children.map((child: Nodes) => ('value' in child ? child.value : '')).join(''))
}
