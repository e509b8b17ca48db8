import type {Diagnostic} from '../schema/diagnostic.js'
import type {EncodingReport} from '../schema/encoding.js'
import {lineOf, lineStarts} from './line-index.js'

/** A point in the input as given (after decoding): 1-based line and column, 0-based UTF-16 offset (unist's Point). */
export interface Point {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/**
 * The value every stage after the encoding stage reads: the repaired text, its one line index, the map back to
 * the input, and what the encoding stage found. Positions and offsets are made here and nowhere else.
 *
 * @example
 * const document = createDocument({text: 'a\nb', toInputOffset: (offset) => offset, encoding, diagnostics: []})
 * document.pointAt(2) // → {line: 2, column: 1, offset: 2}
 */
export interface Document {
  /** The repaired text (NFC). */
  readonly value: string
  /** `lines[i]` is the offset in `value` where line `i` starts. */
  readonly lines: ReadonlyArray<number>
  /** Map an offset in `value` to the offset in the decoded input. */
  readonly toInput: (offset: number) => number
  /** The point in the input of an offset in `value`. */
  readonly pointAt: (offset: number) => Point
  /** The same, when the caller knows the line (0-based) that holds `offset`: no search. */
  readonly pointOnLine: (line: number, offset: number) => Point
  readonly encoding: EncodingReport
  /** Diagnostics of the encoding stage. */
  readonly messages: ReadonlyArray<Diagnostic>
}

/** What the encoding stage hands over: see `repairInput`. */
export interface RepairedText {
  readonly text: string
  readonly toInputOffset: (offset: number) => number
  readonly encoding: EncodingReport
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

/**
 * Make the document from repaired text. A repair never spans a line break (they are ASCII, never part of
 * mojibake), so line `i` of the repaired text is line `i` of the input, and a column is the distance from the
 * line's start in the input.
 *
 * @param repaired the encoding stage's result
 * @returns the document
 * @example
 * createDocument(repaired).lines // → [0, 11, 25]
 */
export function createDocument(repaired: RepairedText): Document {
  const value = repaired.text
  const lines = lineStarts(value)
  const toInput = repaired.toInputOffset
  // The input offsets of line starts, made once on demand: diagnostics and positions ask for them often.
  let inputStarts: number[] | undefined
  const pointOnLine = (line: number, offset: number): Point => {
    inputStarts ??= lines.map(toInput)
    const input = toInput(offset)
    return {line: line + 1, column: input - (inputStarts[line] as number) + 1, offset: input}
  }
  const pointAt = (offset: number): Point => pointOnLine(lineOf(lines, offset), offset)
  return {value, lines, toInput, pointAt, pointOnLine, encoding: repaired.encoding, messages: repaired.diagnostics}
}
