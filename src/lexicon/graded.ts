/**
 * How much a judgment cue says about the writer: `strong` when the cue alone makes an unattributed sentence
 * the writer's assessment (`Frankly, …`, `misguided`, `in our view`), `weak` when it only colours a statement
 * that stays checkable (`significant`, `indeed`, `notably`).
 *
 * @example
 * const grade: Grade = 'strong'
 */
export type Grade = 'strong' | 'weak'

/**
 * One cue of a graded judgment list: its lower-case text (one or more words), its grade, and the documented
 * group it belongs to.
 *
 * @example
 * const cue: GradedCue<'style'> = {text: 'frankly', grade: 'strong', group: 'style'}
 */
export interface GradedCue<Group extends string = string> {
  readonly text: string
  readonly grade: Grade
  readonly group: Group
}

/**
 * Rows of one group and grade, frozen: a list is written as a few of these, one per documented group.
 *
 * @param group the group of every row
 * @param grade the grade of every row
 * @param texts the cues, lower case
 * @returns frozen rows
 * @example
 * graded('style', 'strong', ['frankly']) // → [{text: 'frankly', grade: 'strong', group: 'style'}]
 */
export function graded<Group extends string>(group: Group, grade: Grade, texts: ReadonlyArray<string>): ReadonlyArray<GradedCue<Group>> {
  return texts.map((text) => Object.freeze({text, grade, group}))
}
