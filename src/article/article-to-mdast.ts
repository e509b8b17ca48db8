import type {Heading, List, ListItem as MdastListItem, Paragraph, Root, RootContent} from 'mdast'
import type {Article} from '../schema/article.js'
import type {Block, ListItem} from '../schema/block.js'

/**
 * Turn an Article into an mdast tree: the title as a depth-1 heading, the date, the Highlights as a list under a
 * depth-2 heading, each section as a depth-2 heading and its blocks, then the credits (`Source: X`), the
 * disclaimers and the sign-off. Site chrome (boilerplate, related, preamble, copyright) is left out. Links are
 * kept as text: dumps carry their anchors, not their URLs.
 *
 * @param article the Article (from `parseArticle`)
 * @returns an mdast `Root`, ready for `mdast-util-to-markdown`, remark-stringify or `articleToMarkdown`
 * @example
 * articleToMdast(parseArticle('Highlights\n- One.\nBody.')).children.map((node) => node.type)
 * // → ['heading', 'list', 'paragraph']
 */
export function articleToMdast(article: Article): Root {
  const children: RootContent[] = []
  if (article.title !== null) children.push(heading(1, article.title))
  if (article.publishedAt !== null) children.push(paragraph(article.publishedAt))
  if (article.highlights.length > 0) {
    children.push(heading(2, 'Highlights'), list(false, article.highlights.map((text) => ({text, children: []}))))
  }
  for (const section of article.sections) {
    if (section.heading !== null) children.push(heading(2, section.heading))
    for (const block of section.blocks) children.push(toNode(block))
  }
  for (const credit of article.credits) children.push(paragraph(`Source: ${credit}`))
  for (const disclaimer of article.disclaimers) children.push(paragraph(disclaimer))
  if (article.author !== null) children.push(paragraph(article.author))
  return {type: 'root', children}
}

function toNode(block: Block): Paragraph | List {
  return block.type === 'paragraph' ? paragraph(block.text) : list(block.ordered, block.items)
}

function heading(depth: 1 | 2, text: string): Heading {
  return {type: 'heading', depth, children: [{type: 'text', value: text}]}
}

function paragraph(text: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value: text}]}
}

function list(ordered: boolean, items: ReadonlyArray<ListItem>): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    ...(ordered ? {start: 1} : {}),
    children: items.map(
      (item): MdastListItem => ({
        type: 'listItem',
        spread: false,
        children: item.children.length > 0 ? [paragraph(item.text), list(ordered, item.children)] : [paragraph(item.text)]
      })
    )
  }
}
