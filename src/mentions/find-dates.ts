import {fullMonthAlternation, monthAlternation, monthNumber, monthStemAlternation} from '../lexicon/months.js'
import {differenceInCalendarDays, isExists, parseISO} from 'date-fns'
import type {DatePrecision, FoundDate, TextSpan} from '../schema/mentions.js'

/**
 * Options of `findDates`.
 *
 * @example
 * findDates('On May 5 it met.', {referenceDate: '2025'})[0]?.value // → '2025-05-05'
 */
export interface FindDatesOptions {
  /**
   * `YYYY-MM-DD`, or `YYYY` when only a year is known: what dates without a year resolve against. A month-day
   * or month takes the year that puts it nearest the reference date (`December 20` against `2026-01-05` is
   * `2025-12-20`), except that in a sentence told in the past tense (and not of the future) it may lie at most a
   * month after it (`announced on March 3` against `2025-11-20` is `2025-03-03`); a quarter or half takes the
   * reference year. Without it, a month-day or month is kept in ISO 8601's year-less form (`--11-17`, `--11`)
   * and a quarter or half is dropped; both are listed in `unresolved`.
   */
  readonly referenceDate?: string | undefined
}

/**
 * The dates of a text, and the spans of year-less dates that could not be placed without a reference.
 *
 * @example
 * scanDates('On May 5 it met.')
 * // → {dates: [{text: 'May 5', value: '--05-05', precision: 'day', yearInferred: false, start: 3, end: 8}],
 * //    unresolved: [{start: 3, end: 8}]}
 */
export interface DateScan {
  readonly dates: FoundDate[]
  readonly unresolved: TextSpan[]
}

const ordinalNumbers: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4]
])

const M = String.raw`(${monthAlternation})\.?`
const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
const Y = String.raw`(\d{4})`
const YY = String.raw`'?(\d{4}|\d{2})`

/** A date form: its pattern and how a match becomes a date. Patterns are linear (no nested quantifiers). */
interface Form {
  readonly pattern: RegExp
  /** `true` when the form cannot match without a digit. */
  readonly digits: boolean
  /** (optional) A cheap test the text must pass for the form to match (its key words): skips a slow scan otherwise. */
  readonly hint?: RegExp
  /** (optional) What the text must hold, case as written: a month stem (`Jan`…`Dec`) or a literal (`Q`, `FY`). */
  readonly needs?: 'month' | 'monthFigure' | 'Q' | 'H' | 'FY' | '-'
  /** `invalid` for an impossible date (`February 30, 2025`): its span is taken, so no part of it is read. */
  readonly read: (groups: ReadonlyArray<string | undefined>, text: string, end: number) => Parsed | 'invalid' | undefined
}

/** A date before year inference: `year` undefined when the text gave none. */
interface Parsed {
  readonly precision: DatePrecision
  readonly year: number | undefined
  readonly part: number
  readonly day?: number
  /** The last month of a month range (`March–September`): `part` is the first. */
  readonly toPart?: number
}

const month = (name: string | undefined): number => monthNumber(name ?? '')
const fullYear = (raw: string | undefined): number | undefined =>
  raw === undefined ? undefined : raw.length === 2 ? 2000 + Number(raw) : Number(raw)

// Words after which a lone `May` is the month, not the verb.
const mayContext = /(?:\b(?:in|since|by|until|till|from|early|late|last|next|this|of|during|through|before|after)\s|mid-)$/iu

const forms: ReadonlyArray<Form> = [
  {
    // A month range (`March–September`, `Feb–Aug`, `April–July 2025`): one date, an interval of months.
    digits: false,
    needs: 'month',
    hint: /[-–—]/u,
    pattern: new RegExp(String.raw`\b${M}\s?[-–—]\s?${M}(?:,?\s${Y})?\b`, 'gu'),
    read: (g) => {
      const from = month(g[1])
      const to = month(g[2])
      if (from === to) return undefined
      return {precision: 'month', year: g[3] === undefined ? undefined : Number(g[3]), part: from, toPart: to}
    }
  },
  {digits: true, needs: '-', pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (g) => day(Number(g[1]), Number(g[2]), Number(g[3]))},
  {digits: true, needs: 'monthFigure', pattern: new RegExp(String.raw`\b${M}\s${D},?\s${Y}\b`, 'gu'), read: (g) => day(Number(g[3]), month(g[1]), Number(g[2]))},
  {digits: true, needs: 'monthFigure', pattern: new RegExp(String.raw`\b${D}\s(?:of\s)?${M},?\s${Y}\b`, 'gu'), read: (g) => day(Number(g[3]), month(g[2]), Number(g[1]))},
  {digits: true, needs: 'monthFigure', pattern: new RegExp(String.raw`\b${M}\s${D}\b(?![,.]\d)`, 'gu'), read: (g) => day(undefined, month(g[1]), Number(g[2]))},
  {digits: true, needs: 'monthFigure', pattern: new RegExp(String.raw`\b${D}\s(?:of\s)?${M}\b`, 'gu'), read: (g) => day(undefined, month(g[2]), Number(g[1]))},
  {digits: true, needs: 'monthFigure', pattern: new RegExp(String.raw`\b${M},?\s${Y}\b`, 'gu'), read: (g) => ({precision: 'month', year: Number(g[2]), part: month(g[1])})},
  {
    digits: false,
    needs: 'month',
    pattern: new RegExp(String.raw`\b(${fullMonthAlternation})\b`, 'gu'),
    read: (g, text, end) => {
      if (g[1] === 'May' && !mayContext.test(text.slice(Math.max(0, end - 3 - 12), end - 3))) return undefined
      return {precision: 'month', year: undefined, part: month(g[1])}
    }
  },
  {digits: true, needs: 'Q', pattern: new RegExp(String.raw`\bQ([1-4])\s?(?:FY\s?)?${YY}\b`, 'gu'), read: (g) => ({precision: 'quarter', year: fullYear(g[2]), part: Number(g[1])})},
  {digits: true, needs: 'Q', pattern: new RegExp(String.raw`\b([1-4])Q\s?${YY}\b`, 'gu'), read: (g) => ({precision: 'quarter', year: fullYear(g[2]), part: Number(g[1])})},
  {digits: true, needs: 'Q', pattern: /\bQ([1-4])\b/gu, read: (g) => ({precision: 'quarter', year: undefined, part: Number(g[1])})},
  {
    digits: false,
    hint: /quarter/iu,
    pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?(?: (\d{4}))?/giu,
    read: (g) => ({precision: 'quarter', year: fullYear(g[2]), part: ordinalNumbers.get((g[1] ?? '').toLowerCase()) ?? 0})
  },
  {digits: true, needs: 'H', pattern: new RegExp(String.raw`\bH([12])\s?(?:FY\s?)?${YY}\b`, 'gu'), read: (g) => ({precision: 'half', year: fullYear(g[2]), part: Number(g[1])})},
  {digits: true, needs: 'H', pattern: new RegExp(String.raw`\b([12])H\s?${YY}\b`, 'gu'), read: (g) => ({precision: 'half', year: fullYear(g[2]), part: Number(g[1])})},
  {digits: true, needs: 'H', pattern: /\bH([12])\b/gu, read: (g) => ({precision: 'half', year: undefined, part: Number(g[1])})},
  {
    digits: false,
    hint: /half/iu,
    pattern: /\b(first|second|1st|2nd) half(?: of)?(?: (\d{4}))?/giu,
    read: (g) => ({precision: 'half', year: fullYear(g[2]), part: ordinalNumbers.get((g[1] ?? '').toLowerCase()) ?? 0})
  },
  {
    digits: true,
    hint: /mid|early|late|end|start of|beginning of/iu,
    pattern: /\b(?:mid|early|late|end|end of|the end of|year-end|start of|beginning of)[-\s](\d{4})\b/giu,
    read: (g) => ({precision: 'year', year: Number(g[1]), part: 0})
  },
  {
    // A fiscal year is read as its calendar year (`FY2026`, `FY26`).
    digits: true,
    needs: 'FY',
    pattern: /\bFY\s?'?(\d{4}|\d{2})\b/gu,
    read: (g) => ({precision: 'year', year: fullYear(g[1]), part: 0})
  },
  {
    // A year alone (`by 2049`, `in 2025`), not a figure (`2025 tonnes`, `$2025`, `2,025`) nor a decade (`2020s`).
    digits: true,
    pattern: /(?<![\p{L}\p{N}$€£¥.,:/])(?<!\p{L}-)(1[89]\d{2}|2[01]\d{2})(?![\p{L}\p{N}%]|,\d|\.\d|\s?(?:tonnes|tons|t|kg|jobs|people|units)\b)/gu,
    read: (g) => ({precision: 'year', year: Number(g[1]), part: 0})
  }
]

// Each pattern without its `g` flag: `test` on it keeps no state (no `lastIndex`).
const probes: ReadonlyMap<RegExp, RegExp> = new Map(forms.map((form) => [form.pattern, new RegExp(form.pattern.source, form.pattern.flags.replace('g', ''))]))

function day(year: number | undefined, monthNumber: number, dayNumber: number): Parsed | 'invalid' {
  // date-fns' isExists rejects `February 30` and month 13 without building an Invalid Date. A year-less
  // date is checked against a leap year, so `February 29` passes.
  if (!isExists(year ?? 2000, monthNumber - 1, dayNumber)) return 'invalid'
  return {precision: 'day', year, part: monthNumber, day: dayNumber}
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/**
 * `September last year`, `March next year`, `in May this year`: the year a month or month-day names right after
 * it, counted from the reference's year (none without a reference).
 */
function relativeYear(text: string, end: number, reference: string | undefined): number | undefined {
  if (!reference) return undefined
  const after = relativeYearAfter.exec(text.slice(end, end + 16))
  if (!after) return undefined
  const year = Number(reference.slice(0, 4))
  const word = (after[1] ?? '').toLowerCase()
  return word === 'last' ? year - 1 : word === 'next' ? year + 1 : year
}

const relativeYearAfter = /^,?\s(last|next|this)\syear\b/iu

/**
 * Resolve a missing year against the reference (`YYYY-MM-DD` or `YYYY`), as `FindDatesOptions` says. A sentence
 * in the past tense (`announced on March 3`) reports the past: there a month-day or month more than a month after
 * the reference takes an earlier year, unless the sentence also speaks of the future.
 */
function inferYear(parsed: Parsed, reference: string | undefined, referenceDay: () => Date, past: boolean): number | undefined {
  if (!reference) return undefined
  const referenceYear = Number(reference.slice(0, 4))
  if (reference.length === 4 || (parsed.precision !== 'day' && parsed.precision !== 'month')) return referenceYear
  const referenceDate = referenceDay()
  let best: number | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  let nearest = referenceYear
  let nearestDistance = Number.POSITIVE_INFINITY
  // A month range is placed by its last month (`fell every month March–September` ends before the reference).
  const placed = parsed.toPart ?? parsed.part
  for (const year of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const dayNumber = parsed.day ?? 15
    if (!isExists(year, placed - 1, dayNumber)) continue
    const days = differenceInCalendarDays(localDay(year, placed, dayNumber), referenceDate)
    const distance = Math.abs(days)
    if (distance < nearestDistance) {
      nearest = year
      nearestDistance = distance
    }
    if (past && days > pastTolerance) continue
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return best ?? nearest
}

/** How far after the reference a date told in the past tense may still be (a dump dated a little early). */
const pastTolerance = 31

// A verb in the past tense: a lower-case word in `-ed`, or a common irregular one.
const pastCue =
  /\b(?:[a-z]{3,}ed|was|were|had|did|said|told|took|began|met|held|rose|fell|grew|saw|made|won|sold|paid|led|came|went|gave|hit|cut|spent|built|left|lost|brought|bought|sent|struck|shut)\b/u
// Words that speak of the future, or make the date a deadline (`by`, `until`); they win over a past tense.
const futureCue =
  /\b(?:will|shall|would|going to|set to|scheduled|slated|expected|expects?|due|plans?|planned|aims?|intends?|upcoming|next|take effect|takes effect|deadline|forecasts?|projected|by|until|till|starting)\b/iu

/**
 * The sentence of `text` around `[start, end)`: from the last `. `, `? ` or `! ` before it to the next one
 * after, at most `sentenceReach` characters each way (so a long text without stops stays linear).
 */
function sentenceAround(text: string, start: number, end: number): string {
  const first = Math.max(0, start - sentenceReach)
  let from = start
  while (from > first && !(isStop(text, from - 2) && text.charCodeAt(from - 1) === 0x20)) from -= 1
  const last = Math.min(text.length, end + sentenceReach)
  let to = end
  while (to < last && !(isStop(text, to) && (to + 1 === text.length || text.charCodeAt(to + 1) === 0x20))) to += 1
  return text.slice(from, to)
}

const sentenceReach = 300

/**
 * Whether the character at `index` ends a sentence: `?`, `!`, or `.` after anything but a short capitalized word
 * (`Jan.`, `Sept.`, `U.S.`, `Inc.`, `No.`: abbreviations, not the end of the sentence).
 */
function isStop(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code === 0x3f || code === 0x21) return true
  if (code !== 0x2e) return false
  let wordStart = index
  while (wordStart > 0 && index - wordStart <= 4 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart -= 1
  const length = index - wordStart
  const capital = text.charCodeAt(wordStart)
  return !(length >= 1 && length <= 4 && capital >= 0x41 && capital <= 0x5a)
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Whether the sentence around a year-less date tells of the past (and not also of the future). */
function toldInPast(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end)
  return pastCue.test(sentence) && !futureCue.test(sentence)
}

/**
 * `parseISO('YYYY-MM-DD')` for an existing date, built directly (local midnight, as parseISO builds it) instead of
 * through a string: this runs three times per year-less date. Years outside 0-9999 go through parseISO.
 */
function localDay(year: number, monthNumber: number, dayNumber: number): Date {
  if (year < 0 || year > 9999) return parseISO(`${pad(year, 4)}-${pad(monthNumber)}-${pad(dayNumber)}`)
  const date = new Date(0)
  date.setFullYear(year, monthNumber - 1, dayNumber)
  date.setHours(0, 0, 0, 0)
  return date
}

function isoValue(parsed: Parsed, year: number): string | undefined {
  const y = pad(year, 4)
  switch (parsed.precision) {
    case 'day':
      return isExists(year, parsed.part - 1, parsed.day ?? 0) ? `${y}-${pad(parsed.part)}-${pad(parsed.day ?? 0)}` : undefined
    case 'month':
      if (parsed.part < 1 || parsed.part > 12) return undefined
      if (parsed.toPart !== undefined) {
        // The year is the last month's; a range over the new year starts the year before (`November–February`).
        const startYear = pad(parsed.part > parsed.toPart ? year - 1 : year, 4)
        return `${startYear}-${pad(parsed.part)}/${y}-${pad(parsed.toPart)}`
      }
      return `${y}-${pad(parsed.part)}`
    case 'quarter':
      return `${y}-Q${parsed.part}`
    case 'half':
      return `${y}-H${parsed.part}`
    case 'year':
      return y
  }
}

/** ISO 8601's year-less form of a month-day or month (`--12-01`, `--03`, `--03/--09`), or `undefined`. */
function yearlessValue(parsed: Parsed): string | undefined {
  if (parsed.precision === 'day') return `--${pad(parsed.part)}-${pad(parsed.day ?? 0)}`
  if (parsed.precision !== 'month' || parsed.part < 1 || parsed.part > 12) return undefined
  return parsed.toPart === undefined ? `--${pad(parsed.part)}` : `--${pad(parsed.part)}/--${pad(parsed.toPart)}`
}

// Every month pattern starts with one of these stems, case as written.
const monthStem = new RegExp(monthStemAlternation, 'u')
// Every month form with figures has a month (stem, then letters and `.`) and a figure side by side: `May 5`,
// `5 May`, `4th of July`, `March, 2024`. One test instead of five scans when none is there.
const monthFigure = new RegExp(String.raw`(?:${monthStemAlternation})[a-z]*\.?,?\s\d|\d(?:st|nd|rd|th)?\s(?:of\s)?(?:${monthStemAlternation})`, 'u')
// Every quarter code has `Q` next to 1-4 (`Q1`, `3Q25`), every half code `H` next to 1-2 (`H2`, `1H26`).
const quarterCode = /Q[1-4]|[1-4]Q/u
const halfCode = /H[12]|[12]H/u

const validReference = /^\d{4}(?:-\d{2}-\d{2})?$/u

/**
 * Scan text for dates, keeping the spans of year-less dates that had no reference to resolve against.
 *
 * @param text the text
 * @param options (optional) `referenceDate`
 * @returns the dates and the unresolved spans
 * @example
 * scanDates('On November 17, it met.').unresolved // → [{start: 3, end: 14}]
 */
export function scanDates(text: string, options: FindDatesOptions = {}): DateScan {
  const reference =
    options.referenceDate && validReference.test(options.referenceDate) && (options.referenceDate.length === 4 || isExists(Number(options.referenceDate.slice(0, 4)), Number(options.referenceDate.slice(5, 7)) - 1, Number(options.referenceDate.slice(8, 10))))
      ? options.referenceDate
      : undefined
  const candidates: Array<{start: number; end: number; parsed: Parsed | 'invalid'}> = []
  // Most sentences hold no digit: then only the word forms (`November`, `the first half`) can match.
  const digits = /\d/u.test(text)
  // Each form runs over the whole text: skip those whose cue the text lacks (`Q`, a month stem, `FY`).
  // Without a digit only the month-name form can match: the other cues need not be looked for.
  const holds = {
    month: monthStem.test(text),
    monthFigure: digits && monthFigure.test(text),
    Q: digits && quarterCode.test(text),
    H: digits && halfCode.test(text),
    FY: digits && text.includes('FY'),
    '-': digits && text.includes('-')
  }
  for (const form of forms) {
    if ((!digits && form.digits) || (form.needs && !holds[form.needs]) || (form.hint && !form.hint.test(text))) continue
    // `matchAll` copies the pattern and builds an iterator: a plain test first is about 4× cheaper when, as
    // for most forms and texts, nothing matches.
    if (!(probes.get(form.pattern) as RegExp).test(text)) continue
    for (const match of text.matchAll(form.pattern)) {
      const end = match.index + match[0].length
      const parsed = form.read([...match], text, end)
      if (parsed) candidates.push({start: match.index, end, parsed})
    }
  }
  // Longest first where forms overlap (`December 12, 2024` over `December 12` and `2024`).
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const dates: FoundDate[] = []
  const unresolved: TextSpan[] = []
  let taken = 0
  // Parsed once per text, when a month-day or month first needs it.
  let parsedReference: Date | undefined
  const referenceDay = (): Date => (parsedReference ??= parseISO(reference ?? ''))
  for (const candidate of candidates) {
    if (candidate.start < taken) continue
    taken = candidate.end
    if (candidate.parsed === 'invalid') continue
    const inferred = candidate.parsed.year === undefined
    const year =
      candidate.parsed.year ??
      relativeYear(text, candidate.end, reference) ??
      inferYear(candidate.parsed, reference, referenceDay, reference !== undefined && toldInPast(text, candidate.start, candidate.end))
    if (year === undefined) {
      unresolved.push({start: candidate.start, end: candidate.end})
      // With no year anywhere a month-day or month is still kept, in ISO 8601's year-less form (`--11-17`,
      // `--11`, `--03/--09`); a quarter or half has no such form and is left out.
      const yearless = yearlessValue(candidate.parsed)
      if (yearless) dates.push({text: text.slice(candidate.start, candidate.end), value: yearless, precision: candidate.parsed.precision, yearInferred: false, start: candidate.start, end: candidate.end})
      continue
    }
    const value = isoValue(candidate.parsed, year)
    if (!value) continue
    const {start, end} = candidate
    dates.push({text: text.slice(start, end), value, precision: candidate.parsed.precision, yearInferred: inferred, start, end})
  }
  return {dates: shareRangeYears(text, dates), unresolved}
}

// `from January to March 2026`: the first end of a range takes the year written on the second.
const rangeGap = /^\s?(?:to|through|until|till|and|[-–—])\s?$/u

function shareRangeYears(text: string, dates: ReadonlyArray<FoundDate>): FoundDate[] {
  return dates.map((date, index) => {
    const next = dates[index + 1]
    if (!date.yearInferred || !next || next.yearInferred || date.value.includes('/') || next.value.startsWith('--') || !rangeGap.test(text.slice(date.end, next.start))) return date
    // `December 28 – January 3, 2026` crosses a new year: the first end is in the year before.
    const crosses = /^\d{4}-\d{2}/u.test(next.value) && /^\d{4}-\d{2}/u.test(date.value) && date.value.slice(5, 7) > next.value.slice(5, 7)
    const year = pad(Number(next.value.slice(0, 4)) - (crosses ? 1 : 0), 4)
    const value = `${year}${date.value.slice(4)}`
    // The same check as for any day: `February 29` may not exist in the other year.
    if (date.precision === 'day' && !isExists(Number(year), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)))) return date
    return {...date, value}
  })
}

/**
 * Find dates in text: explicit dates (`December 12, 2024`, `Feb 17, 2025`, `2025-11-17`), month-days without a
 * year (`On November 17`, year inferred from `referenceDate`), months, quarters and halves (`Q1 2026`, `1H26`,
 * `second half of 2025`), month ranges (`March–September`: one date, an ISO 8601 interval `2025-03/2025-09`),
 * `mid-2027` and years (`by 2049`). Values are ISO (`2025-11-17`, `2025-11`, `2026-Q1`, `2026-H2`, `2049`); a
 * month-day or month with no year and no reference keeps ISO 8601's year-less form (`--11-17`, `--11`);
 * impossible dates are skipped, never returned invalid.
 *
 * @param text the text
 * @param options (optional) `referenceDate` (`YYYY-MM-DD` or `YYYY`); without it, year-less month-days and months
 *   are `--MM-DD` and `--MM`, year-less quarters and halves are dropped
 * @returns the dates, in text order
 * @example
 * findDates('On November 17 it met; by 2049 it leads.', {referenceDate: '2025-12-01'})
 * // → [{text: 'November 17', value: '2025-11-17', precision: 'day', yearInferred: true, start: 3, end: 14},
 * //    {text: '2049', value: '2049', precision: 'year', yearInferred: false, start: 26, end: 30}]
 */
export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  return scanDates(text, options).dates
}
