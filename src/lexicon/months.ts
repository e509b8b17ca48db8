/**
 * Month names as English news writes them: in full, and abbreviated (`Jan`, `Sept`), with their numbers. The one
 * home of month names: dates, date lines, figures (a day is no count), proper names (a month is no name) and the
 * sentence splitter (`Jan.` ends no sentence) all read them here.
 *
 * @example
 * monthNumber('Sept') // → 9
 */
export const monthNames: ReadonlyArray<string> = Object.freeze([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'
])

/** Abbreviations of month names (lower case), `sept` included; `may` is a full name. */
export const monthAbbreviations: ReadonlyArray<string> = Object.freeze([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/** Weekday names in full (lower case); their abbreviations (`Sun`, `Sat`) are also words and names. */
export const weekdayNames: ReadonlyArray<string> = Object.freeze(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)
const longestFirst = (words: ReadonlyArray<string>): string[] => [...words].sort((a, b) => b.length - a.length)

/**
 * A regex alternation of the month names and abbreviations as written in running text (capitalized), longest
 * first so `Sept` wins over `Sep`: for building patterns (`new RegExp(`\\b(?:${monthAlternation})`)`).
 */
export const monthAlternation: string = longestFirst([...monthNames, ...monthAbbreviations]).map(capitalize).join('|')

/** The same, full names only. */
export const fullMonthAlternation: string = monthNames.map(capitalize).join('|')

/** The three-letter stems every month name and abbreviation starts with (capitalized), as an alternation. */
export const monthStemAlternation: string = monthNames.map((name) => capitalize(name.slice(0, 3))).join('|')

const numbers: ReadonlyMap<string, number> = new Map(monthNames.map((name, index) => [name.slice(0, 3), index + 1]))

/**
 * The number (1-12) of a month name or abbreviation in any case, or 0 when the word is none.
 *
 * @example
 * monthNumber('November') // → 11
 * monthNumber('Mayor') // → 0
 */
export function monthNumber(word: string): number {
  const lower = word.toLowerCase()
  const number = numbers.get(lower.slice(0, 3)) ?? 0
  if (number === 0) return 0
  return monthNames[number - 1] === lower || monthAbbreviations.includes(lower) ? number : 0
}
