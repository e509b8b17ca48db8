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

/** One input line, cleaned: whitespace folded, link markers removed, its bullet split off. */
export interface Line {
  /** 0-based index of the line in the text. */
  readonly index: number
  /** Offset of the line's first character in the (repaired) text. */
  readonly offset: number
  /** `true` when the line holds no text. */
  readonly blank: boolean
  /** Leading indentation in columns (a tab counts 4). */
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
