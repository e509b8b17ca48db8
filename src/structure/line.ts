/** A link anchor inside a line's `text`: UTF-16 offsets, `end` exclusive. */
export interface AnchorSpan {
  readonly start: number
  readonly end: number
}

/** The list marker a line starts with. */
export interface Bullet {
  /** The marker as written: `-`, `•`, `*`, `·`, `1.`, `2)`, … */
  readonly marker: string
  /** `true` for a number (`1.`, `2)`): a candidate ordered item, confirmed by its neighbours. */
  readonly ordered: boolean
  /** The number of an ordered marker, else `null`. */
  readonly number: number | null
}

/**
 * One line of the document, read once: where it is in the repaired text, its indentation, its bullet, and its
 * text cleaned (whitespace folded, link markers removed). A view: offsets point into the document's `value`.
 */
export interface Line {
  /** 0-based index of the line (the same in the repaired text and in the input). */
  readonly index: number
  /** Offset in the repaired text where the line starts. */
  readonly start: number
  /** Offset in the repaired text after the indentation: where the bullet, or else the content, starts. */
  readonly blockStart: number
  /** Offset in the repaired text where the line's content starts (after indentation and any bullet). */
  readonly contentStart: number
  /** Offset in the repaired text where the line's content ends (before trailing white space and the break). */
  readonly end: number
  /** The line (0-based) `end` is on: `index`, unless a wrapped list item's continuation was joined to it. */
  readonly endIndex: number
  /** `true` when the line holds no text. */
  readonly blank: boolean
  /** Leading indentation in columns (a tab advances to the next multiple of 4): for nesting, never an offset. */
  readonly indent: number
  /** The bullet or number the line starts with, if any. */
  readonly bullet: Bullet | null
  /**
   * The whole line, cleaned, with link markers removed and the bullet (if any) before `text` as `marker + ' '`:
   * what `preamble`, `boilerplate` and `related` keep.
   */
  readonly full: string
  /** The content after the bullet, cleaned, with link markers removed. */
  readonly text: string
  /** Link anchors in `text`. */
  readonly links: ReadonlyArray<AnchorSpan>
  /** Link markers that had no words before them (reported, then dropped). */
  readonly orphanMarkers: number
}
