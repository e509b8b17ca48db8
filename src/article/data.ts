/**
 * The field of the Article a block of the tree went to (`title`, `highlights`, `heading`, `sections`,
 * `credits`, `preamble`, …): set on every child of the root by the article stage, in `data.articleField`.
 */
declare module 'mdast' {
  interface Data {
    /** The Article field this block went to (set by rex-article on the children of the root). */
    articleField?: string | undefined
  }
}

export {}
