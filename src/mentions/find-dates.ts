import type {FoundDate} from '../schema/mentions.js'

/** Options of `findDates`. */
export interface FindDatesOptions {
  /** `YYYY-MM-DD`: the year given to month-day mentions that lack one. */
  readonly referenceDate?: string | undefined
}

/** Find dates in text (STUB until issue 4). */
export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  void text
  void options
  return []
}
