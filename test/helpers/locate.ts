import type {Article, ListItem} from '../../src/index.js'

/** The text a link's locator points at. */
export function locate(article: Article, link: Article['links'][number]): string {
  const slice = (text: string | null | undefined): string => (text ?? '').slice(link.start, link.end)
  switch (link.from) {
    case 'title':
      return slice(article.title)
    case 'highlight':
      return slice(article.highlights[link.block ?? -1])
    case 'heading':
      return slice(article.sections[link.section ?? -1]?.heading)
    case 'credit':
      return slice(article.credits[link.block ?? -1])
    case 'disclaimer':
      return slice(article.disclaimers[link.block ?? -1])
    case 'related':
    case 'preamble':
    case 'boilerplate':
      return slice(article[link.from][link.block ?? -1])
    case 'body': {
      const block = article.sections[link.section ?? -1]?.blocks[link.block ?? -1]
      if (block?.type === 'paragraph') return slice(block.text)
      const flat = (items: ReadonlyArray<ListItem>): ListItem[] => items.flatMap((item) => [item, ...flat(item.children)])
      return slice(block ? flat(block.items)[link.item ?? -1]?.text : undefined)
    }
  }
}
