import {describe, expect, it} from 'vitest'
import {findDates, scanDates} from '../../src/mentions/find-dates.js'

type Expected = {text?: string; value: string; precision: string; yearInferred: boolean}

// Labelled sentences, read against the reference date 2025-06-15 unless one is given.
const labelled: ReadonlyArray<readonly [string, Expected[], string?]> = [
  ['On August 20, the association hosted an exchange in Baotou.', [{text: 'August 20', value: '2025-08-20', precision: 'day', yearInferred: true}], '2025-08-24'],
  ['The meeting was held on December 12, 2024, in Baotou.', [{text: 'December 12, 2024', value: '2024-12-12', precision: 'day', yearInferred: false}]],
  ['The quota was issued Feb 17, 2025.', [{value: '2025-02-17', precision: 'day', yearInferred: false}]],
  ['Output should exceed the target by 2024.', [{value: '2024', precision: 'year', yearInferred: false}]],
  ['China wants control of the field by 2049.', [{value: '2049', precision: 'year', yearInferred: false}]],
  ['First shipments are due in Q1 2026.', [{text: 'Q1 2026', value: '2026-Q1', precision: 'quarter', yearInferred: false}]],
  ['The separation plant starts in 1H26.', [{text: '1H26', value: '2026-H1', precision: 'half', yearInferred: false}]],
  ['Commissioning is planned for mid-2027.', [{text: 'mid-2027', value: '2027', precision: 'year', yearInferred: false}]],
  ['Sales improved in the second half of 2025.', [{value: '2025-H2', precision: 'half', yearInferred: false}]],
  ['Revenue jumped in 3Q25 on higher prices.', [{value: '2025-Q3', precision: 'quarter', yearInferred: false}]],
  ['Deliveries begin in H2, the company said.', [{value: '2025-H2', precision: 'half', yearInferred: true}]],
  ['The ban took effect on 1 December 2025.', [{value: '2025-12-01', precision: 'day', yearInferred: false}]],
  ['Prices peaked in March 2024 before falling.', [{value: '2024-03', precision: 'month', yearInferred: false}]],
  ['The company convened a November review meeting.', [{value: '2024-11', precision: 'month', yearInferred: true}], '2024-12-20'],
  ['Exports resumed in May after talks.', [{value: '2025-05', precision: 'month', yearInferred: true}]],
  ['The filing is dated 2025-11-17.', [{value: '2025-11-17', precision: 'day', yearInferred: false}]],
  // `last year`, `next year`, `this year` right after a month name its year, from the reference's
  ['Exports to Japan fell in September last year.', [{text: 'September', value: '2024-09', precision: 'month', yearInferred: true}]],
  ['The plant opens in March next year.', [{text: 'March', value: '2026-03', precision: 'month', yearInferred: true}]],
  ['In a high-level meeting on November 17, Baogang hosted CREIA.', [{value: '2025-11-17', precision: 'day', yearInferred: true}], '2025'],
  ['The firm reported results on December 20.', [{value: '2025-12-20', precision: 'day', yearInferred: true}], '2026-01-05'],
  ['Talks resume on January 8.', [{value: '2027-01-08', precision: 'day', yearInferred: true}], '2026-12-28'],
  ['Results for the third quarter of 2024 were weak.', [{value: '2024-Q3', precision: 'quarter', yearInferred: false}]],
  ['Lynas began construction in early 2023 and finished in late 2024.', [
    {value: '2023', precision: 'year', yearInferred: false},
    {value: '2024', precision: 'year', yearInferred: false}
  ]],
  ['The 2025 initiatives follow the 2021 merger.', [
    {value: '2025', precision: 'year', yearInferred: false},
    {value: '2021', precision: 'year', yearInferred: false}
  ]],
  ['The plan covers 2025-2027.', [
    {value: '2025', precision: 'year', yearInferred: false},
    {value: '2027', precision: 'year', yearInferred: false}
  ]],
  ['On Monday, March 3, 2025, the ministry issued rules.', [{value: '2025-03-03', precision: 'day', yearInferred: false}]],
  ['The deadline is Sept. 30, 2026.', [{value: '2026-09-30', precision: 'day', yearInferred: false}]],
  ['It was signed on the 4th of July 2024.', [{value: '2024-07-04', precision: 'day', yearInferred: false}]],
  ['Guidance for Q4 FY2025 was cut.', [{value: '2025-Q4', precision: 'quarter', yearInferred: false}]],
  ['Operations restarted on October 1st.', [{value: '2025-10-01', precision: 'day', yearInferred: true}], '2025-10-09'],
  // News reports the recent past: a year-less date more than a month after the reference is last year's…
  ['On January 15, the ministry announced new quotas.', [{value: '2025-01-15', precision: 'day', yearInferred: true}], '2025-11-20'],
  ['The DOE awarded $17.5 million on March 3.', [{value: '2025-03-03', precision: 'day', yearInferred: true}], '2025-11-20'],
  // …unless the sentence speaks of the future, or the date is a deadline: then the nearest year.
  ['The new rules will take effect on March 3.', [{value: '2026-03-03', precision: 'day', yearInferred: true}], '2025-11-20'],
  ['Bids are due by January 15, the ministry said.', [{value: '2026-01-15', precision: 'day', yearInferred: true}], '2025-11-20'],
  ['Output halted. Shipments resume in February.', [{value: '2026-02', precision: 'month', yearInferred: true}], '2025-11-20'],
  // An abbreviated month's period does not end the sentence the tense is read from.
  ['Between Jan. 1 and Oct. 31, exports totaled 4,500 tonnes.', [{value: '2025-01-01', precision: 'day', yearInferred: true}, {value: '2025-10-31', precision: 'day', yearInferred: true}], '2025-11-20'],
  // Within a month ahead, the nearest year still wins without any cue (`the December 10 meeting`).
  ['Officials meet again on December 10.', [{value: '2025-12-10', precision: 'day', yearInferred: true}], '2025-11-20'],
  ['Guidance for FY2026 and end-2025 was cut.', [
    {text: 'FY2026', value: '2026', precision: 'year', yearInferred: false},
    {text: 'end-2025', value: '2025', precision: 'year', yearInferred: false}
  ]],
  ['Shipments run from January to March 2026.', [
    {text: 'January', value: '2026-01', precision: 'month', yearInferred: true},
    {text: 'March 2026', value: '2026-03', precision: 'month', yearInferred: false}
  ]],
  ['The plant shut December 28 – January 3, 2026.', [
    {value: '2025-12-28', precision: 'day', yearInferred: true},
    {value: '2026-01-03', precision: 'day', yearInferred: false}
  ]]
]

describe('findDates on labelled sentences', () => {
  for (const [sentence, expected, reference = '2025-06-15'] of labelled) {
    it(`reads ${JSON.stringify(sentence)} against ${reference}`, () => {
      const found = findDates(sentence, {referenceDate: reference})
      expect(found.map((d, i) => pick(d, expected[i] ?? {value: '', precision: '', yearInferred: false}))).toEqual(expected)
      for (const d of found) expect(sentence.slice(d.start, d.end)).toBe(d.text)
    })
  }
})

function pick(found: Record<string, unknown>, expected: Expected): Record<string, unknown> {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, found[key]]))
}

describe('findDates edge cases', () => {
  it('never returns an impossible date, nor a part of one', () => {
    expect(findDates('It was due February 30, 2025 or 2025-13-01.')).toEqual([])
  })

  it('reads the verb `may` as no date', () => {
    expect(findDates('Prices may rise.', {referenceDate: '2025-01-01'})).toEqual([])
  })

  it('leaves figures alone', () => {
    expect(findDates('It sold 2024 tonnes for $2025 and 2,025 units in the 2020s.', {referenceDate: '2025-01-01'})).toEqual([])
  })

  it('keeps a year-less month-day without a reference as `--MM-DD` and reports its span', () => {
    const scan = scanDates('On November 17 it met, by 2030 it grows.')
    expect(scan.dates.map((d) => [d.value, d.yearInferred])).toEqual([['--11-17', false], ['2030', false]])
    expect(scan.unresolved).toEqual([{start: 3, end: 14}])
  })

  it('keeps a year-less month as `--MM` and drops a year-less quarter, reporting both', () => {
    const scan = scanDates('A November meeting set Q3 targets.')
    expect(scan.dates.map((d) => [d.text, d.value, d.precision])).toEqual([['November', '--11', 'month']])
    expect(scan.unresolved).toHaveLength(2)
  })

  it('ignores a malformed reference date (the month-day stays year-less)', () => {
    expect(findDates('On May 5 it met.', {referenceDate: '2025-02-31'}).map((d) => d.value)).toEqual(['--05-05'])
  })

  it('reads a month range as one date, an ISO 8601 interval of months', () => {
    const past = findDates('Exports fell every month May–October.', {referenceDate: '2025-11-20'})
    expect(past.map((d) => [d.text, d.value, d.precision, d.yearInferred])).toEqual([['May–October', '2025-05/2025-10', 'month', true]])
    expect(findDates('Output rose Jan-Apr 2024.').map((d) => [d.value, d.yearInferred])).toEqual([['2024-01/2024-04', false]])
    expect(findDates('Shipments stop Nov–Feb 2026.').map((d) => d.value)).toEqual(['2025-11/2026-02'])
    expect(findDates('The mines close June–September.').map((d) => d.value)).toEqual(['--06/--09'])
  })

  it('accepts a year as the reference', () => {
    expect(findDates('On May 5 it met.', {referenceDate: '2025'})[0]?.value).toBe('2025-05-05')
  })
})
