import type {Heading, List, ListItem as MdastListItem, Paragraph, Root, RootContent} from 'mdast'
import type {Article} from '../schema/article.js'
import type {Block, ListItem} from '../schema/block.js'
import {keptTree} from './kept-tree.js'

declare module 'mdast' {
  interface Data {
    /**
     * The Article field a block went to (`title`, `highlights`, `heading`, `sections`, `credits`, `preamble`, …):
     * rex-article sets it on every child of the root of the tree it builds.
     */
    articleField?: string | undefined
  }
}

/**
 * The mdast tree of an Article. For an Article from `parseArticle` this is the tree the parse built and kept
 * (SPEC §4): one node per block of the whole dump (site chrome included), each with its real position in the
 * input (line, column, offset) and the Article field it went to in `data.articleField`; the title is a depth-1
 * heading, section headings and `Highlights` depth 2. It is the same object on every call. For an Article read
 * back from JSON the tree is rebuilt from its fields, without positions and without the site chrome.
 *
 * @param article the Article
 * @returns an mdast `Root`, ready for remark-stringify, `mdast-util-to-markdown` or any unified utility
 * @example
 * articleToMdast(parseArticle('Highlights\n- One.\nBody.')).children.map((node) => node.type)
 * // → ['heading', 'list', 'paragraph']
 */
export function articleToMdast(article: Article): Root {
  return keptTree(article) ?? rebuild(article)
}

/** The content of an Article as a tree, in the order the fields are read. */
function rebuild(article: Article): Root {
  const children: RootContent[] = []
  if (article.title !== null) children.push(heading(1, article.title, 'title'))
  if (article.publishedAt !== null) children.push(paragraph(article.publishedAt, 'publishedAt'))
  if (article.highlights.length > 0) {
    children.push(heading(2, 'Highlights', 'highlights'), {...list(false, article.highlights.map((text) => ({text, children: []}))), data: {articleField: 'highlights'}})
  }
  for (const section of article.sections) {
    if (section.heading !== null) children.push(heading(2, section.heading, 'heading'))
    for (const block of section.blocks) children.push({...toNode(block), data: {articleField: 'sections'}})
  }
  for (const credit of article.credits) children.push(paragraph(`Source: ${credit}`, 'credits'))
  for (const disclaimer of article.disclaimers) children.push(paragraph(disclaimer, 'disclaimers'))
  if (article.author !== null) children.push(paragraph(article.author, 'author'))
  return {type: 'root', children}
}

function toNode(block: Block): Paragraph | List {
  return block.type === 'paragraph' ? paragraph(block.text) : list(block.ordered, block.items)
}

function heading(depth: 1 | 2, text: string, field: string): Heading {
  return {type: 'heading', depth, children: [{type: 'text', value: text}], data: {articleField: field}}
}

function paragraph(text: string, field?: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value: text}], ...(field ? {data: {articleField: field}} : {})}
}

/** A list, built with an explicit stack (no recursion on the depth of the items). */
function list(ordered: boolean, items: ReadonlyArray<ListItem>): List {
  const root: List = {type: 'list', ordered, spread: false, ...(ordered ? {start: 1} : {}), children: []}
  const stack: Array<{items: ReadonlyArray<ListItem>; into: List}> = [{items, into: root}]
  while (stack.length > 0) {
    const {items: pending, into} = stack.pop() as {items: ReadonlyArray<ListItem>; into: List}
    for (const item of pending) {
      const node: MdastListItem = {type: 'listItem', spread: false, children: [paragraph(item.text)]}
      if (item.children.length > 0) {
        const nested: List = {type: 'list', ordered, spread: false, ...(ordered ? {start: 1} : {}), children: []}
        node.children.push(nested)
        stack.push({items: item.children, into: nested})
      }
      into.children.push(node)
    }
  }
  return root
}
