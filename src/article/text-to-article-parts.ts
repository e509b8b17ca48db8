import type {ArticleParts} from './article-parts.js'

/** STUB: the structural parse. */
export function textToArticleParts(text: string, toInputOffset: (offset: number) => number): ArticleParts {
  void toInputOffset
  return {
    id: String(text.length), title: null, publishedAt: null, author: null, highlights: [], sections: [], links: [],
    credits: [], disclaimers: [], related: [], preamble: [], boilerplate: [], categories: [], copyright: null,
    commentCount: null, diagnostics: []
  }
}
