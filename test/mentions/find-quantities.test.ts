import {describe, expect, it} from 'vitest'
import {findQuantities} from '../../src/mentions/find-quantities.js'

/** A labelled sentence: the figures it holds, in order (fields left out are not checked). */
type Expected = {
  text?: string
  value: number
  unit: string | null
  kind: string
  approx?: boolean
  bound?: string | null
  range?: {min: number; max: number} | null
  convertedFrom?: number | null
}

const labelled: ReadonlyArray<readonly [string, Expected[]]> = [
  ['Baogang Group has invested ¥1 billion (~US$138 million) to increase its stake.', [
    {text: '¥1 billion', value: 1e9, unit: 'CNY', kind: 'money', approx: false, convertedFrom: null},
    {text: '~US$138 million', value: 1.38e8, unit: 'USD', kind: 'money', approx: true, convertedFrom: 0}
  ]],
  ['More than 30 representatives toured the plant.', [{text: 'More than 30', value: 30, unit: null, kind: 'count', bound: 'gt'}]],
  ['The base targets an output value exceeding 100 billion yuan.', [{value: 1e11, unit: 'CNY', kind: 'money', bound: 'gt'}]],
  ['NdPr oxide traded at $7-8/kg in the spot market.', [{value: 7, unit: 'USD/kg', kind: 'price', range: {min: 7, max: 8}}]],
  ['The new plant will create 90–100 jobs.', [{value: 90, unit: null, kind: 'count', range: {min: 90, max: 100}}]],
  ['Lynas shipped 5,000 tonnes of oxide last year.', [{value: 5000, unit: 't', kind: 'mass'}]],
  ['MP Materials sold NdPr at US$900/kg.', [{value: 900, unit: 'USD/kg', kind: 'price'}]],
  ['China controls about 90% of magnet output.', [{value: 90, unit: '%', kind: 'percent', approx: true}]],
  ['Recovery rates reached 90%+ at the pilot.', [{value: 90, unit: '%', kind: 'percent', bound: 'gt'}]],
  ['Arafura secured A$1.2bn in loans.', [{value: 1.2e9, unit: 'AUD', kind: 'money'}]],
  // The Indian numbering system (crore, lakh) and `Rs`, as India's press writes money.
  ['New Delhi approved a ₹7,300 crore scheme for magnets.', [{text: '₹7,300 crore', value: 7.3e10, unit: 'INR', kind: 'money'}]],
  ['IREL will spend Rs 450 lakh on a pilot line.', [{text: 'Rs 450 lakh', value: 4.5e7, unit: 'INR', kind: 'money'}]],
  ['The mine holds half a million tonnes of ore.', [{text: 'half a million tonnes', value: 5e5, unit: 't', kind: 'mass'}]],
  ['The agency granted up to $400 million.', [{value: 4e8, unit: 'USD', kind: 'money', bound: 'lte'}]],
  ['Output rose at least 12 percent.', [{value: 12, unit: '%', kind: 'percent', bound: 'gte'}]],
  ['The deal is worth HK$2.5 billion.', [{value: 2.5e9, unit: 'HKD', kind: 'money'}]],
  ['Neo raised C$50M in a placement.', [{value: 5e7, unit: 'CAD', kind: 'money'}]],
  ['Lynas paid RM 20 million in fees.', [{value: 2e7, unit: 'MYR', kind: 'money'}]],
  ['Solvay will spend €30 million in La Rochelle.', [{value: 3e7, unit: 'EUR', kind: 'money'}]],
  ['Pensana raised £12m for Longonjo.', [{value: 1.2e7, unit: 'GBP', kind: 'money'}]],
  ['Shares closed at $4.50/share on Friday.', [{value: 4.5, unit: 'USD/share', kind: 'price'}]],
  ['The offtake is priced at $110 per kg.', [{value: 110, unit: 'USD/kg', kind: 'price'}]],
  ['Concentrate sold for $1,200 per dry metric tonne.', [{value: 1200, unit: 'USD/dmt', kind: 'price'}]],
  ['The mine holds 1.2 Mt of ore.', [{value: 1.2e6, unit: 't', kind: 'mass'}]],
  ['Capacity is 12kt a year.', [{value: 12000, unit: 't/y', kind: 'mass'}]],
  ['The plant makes 500 tonnes per year and costs $5 million a year.', [{value: 500, unit: 't/y', kind: 'mass'}, {value: 5e6, unit: 'USD/y', kind: 'money'}]],
  ['The quota was nearly 270,000 tonnes.', [{value: 270000, unit: 't', kind: 'mass', approx: true}]],
  ['Exports fell to less than 1,000 tons in May.', [{value: 1000, unit: 't', kind: 'mass', bound: 'lt'}]],
  ['Prices were between $5 and $10 per share.', [{value: 5, unit: 'USD/share', kind: 'price', range: {min: 5, max: 10}}]],
  ['A Tokyo buyer paid ¥500 million yen for the stake.', [{value: 5e8, unit: 'JPY', kind: 'money'}]],
  ['Investment reached two billion dollars.', [{value: 2e9, unit: 'USD', kind: 'money'}]],
  ['The firm has 1,250 employees.', [{value: 1250, unit: null, kind: 'count'}]],
  ['Revenue grew 15 percentage points.', [{value: 15, unit: 'pp', kind: 'percent'}]],
  ['The grade is 2.5 g/t over 40 metres.', [{value: 2.5, unit: 'g/t', kind: 'other'}, {value: 40, unit: null, kind: 'count', bound: 'gt'}]],
  ['The fund committed $1-2 billion to magnets.', [{value: 1e9, unit: 'USD', kind: 'money', range: {min: 1e9, max: 2e9}}]],
  ['Sales hit RMB 3.4 billion, or US$470 million.', [
    {value: 3.4e9, unit: 'CNY', kind: 'money'},
    {value: 4.7e8, unit: 'USD', kind: 'money', convertedFrom: 0}
  ]],
  ['Prices of 60 USD/kg held for weeks.', [{value: 60, unit: 'USD/kg', kind: 'price'}]],
  ['The plant employs some 400 people.', [{value: 400, unit: null, kind: 'count', approx: true}]],
  ['Dysprosium oxide rose to ¥1,650 per kilogram in Ganzhou.', [{value: 1650, unit: 'CNY/kg', kind: 'price'}]],
  ['Imports rose 7.5% in the first quarter.', [{value: 7.5, unit: '%', kind: 'percent'}]],
  ['The DoD agreed to a 10-year offtake at $110/kg.', [{text: '10-year', value: 10, unit: 'year', kind: 'other'}, {value: 110, unit: 'USD/kg', kind: 'price'}]],
  ['NdPr oxide rose to RMB 545,000/t this week.', [{value: 545000, unit: 'CNY/t', kind: 'price'}]],
  ['Revenue reached RMB5bn, or USD690m.', [{text: 'RMB5bn', value: 5e9, unit: 'CNY', kind: 'money'}, {text: 'USD690m', value: 6.9e8, unit: 'USD', kind: 'money', convertedFrom: 0}]],
  ['The mine moved 1.2m tonnes of ore.', [{text: '1.2m tonnes', value: 1.2e6, unit: 't', kind: 'mass'}]],
  ['Margins widened 5%-10% while costs rose between 2% and 3%.', [
    {text: '5%-10%', value: 5, unit: '%', kind: 'percent', range: {min: 5, max: 10}},
    {text: 'between 2% and 3%', value: 2, unit: '%', kind: 'percent', range: {min: 2, max: 3}}
  ]],
  ['Speaker 2 (00:01.538) Thanks for having me and 3 guests.', [{text: '3', value: 3, unit: null, kind: 'count'}]],
  // ISO 4217 codes before a figure, beyond the symbols.
  ['Korea Zinc will invest KRW 1 trillion; Tata, INR 500 million.', [{text: 'KRW 1 trillion', value: 1e12, unit: 'KRW', kind: 'money'}, {text: 'INR 500 million', value: 5e8, unit: 'INR', kind: 'money'}]],
  ['The fund holds CHF 20 million and SGD 5m.', [{value: 2e7, unit: 'CHF', kind: 'money'}, {value: 5e6, unit: 'SGD', kind: 'money'}]],
  // `a year earlier` compares with last year; `a year` after a figure alone is a rate.
  ['A loss of A$12.3m, versus a profit of A$4.1m a year earlier.', [{text: 'A$12.3m', unit: 'AUD', value: 1.23e7, kind: 'money'}, {text: 'A$4.1m', unit: 'AUD', value: 4.1e6, kind: 'money'}]],
  ['It pays $5 million a year to the state.', [{text: '$5 million a year', value: 5e6, unit: 'USD/y', kind: 'money'}]],
  // A change in points to a level in percent is two figures, not a range.
  ['Prices fell 3.5 percentage points to 12.5%.', [{text: '3.5 percentage points', value: 3.5, unit: 'pp', kind: 'percent', range: null}, {text: '12.5%', value: 12.5, unit: '%', kind: 'percent', range: null}]],
  // A minus sign written against the figure makes it negative.
  ['Dy oxide: $880/kg (−2.2% w/w); margin -4.5%; 2020-2024 and a well-known 5% rise.', [
    {text: '$880/kg', value: 880, unit: 'USD/kg', kind: 'price'},
    {text: '−2.2%', value: -2.2, unit: '%', kind: 'percent'},
    {text: '-4.5%', value: -4.5, unit: '%', kind: 'percent'},
    {text: '5%', value: 5, unit: '%', kind: 'percent'}
  ]]
]

describe('findQuantities on labelled sentences', () => {
  for (const [sentence, expected] of labelled) {
    it(`reads ${JSON.stringify(sentence)}`, () => {
      const found = findQuantities(sentence)
      expect(found.map((q) => ({...pick(q, expected[found.indexOf(q)] ?? {value: 0, unit: null, kind: ''})}))).toEqual(expected)
      for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.text)
    })
  }
})

function pick(found: Record<string, unknown>, expected: Expected): Record<string, unknown> {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, found[key]]))
}

describe('findQuantities leaves out what is not a figure', () => {
  it.each([
    ['years', 'By 2049 China aims to lead; in 2025 it grew.'],
    ['the days of dates', 'On December 12 and 17 November the board met.'],
    ['quarters and halves', 'Results for Q1 2026 and 1H26 are due.'],
    ['identifiers and ordinals', 'The No. 1 plant (HK:1234) marked its 20th year after COVID-19.'],
    ['glued codes', 'The 5G and 3D lines opened in the 2020s.'],
    ['exchange codes', 'Shenghe (600392.SH) and Lynas (LYC.AX) and CMOC (3993.HK) traded.'],
    ['spans of years', 'Between 2020 and 2024 demand grew; in 2021-2023 and from 2019 to 2022 it slowed.'],
    ['ISO dates and day ranges', 'Reported on 2025-10-09, during the week of Oct 6-10 and on 12–14 May.'],
    ['a year in the possessive', 'Output will exceed 2024’s record and beat 2023\'s.']
  ])('skips %s', (_, sentence) => {
    expect(findQuantities(sentence)).toEqual([])
  })

  it('reads the lossy-Thai mojibake of ¥ as ¥', () => {
    expect(findQuantities('It invested ยฅ1 billion.')[0]).toMatchObject({value: 1e9, unit: 'CNY', kind: 'money'})
  })

  it('keeps a 4-digit figure with a unit or a cue', () => {
    expect(findQuantities('It sold 2024 tonnes.')[0]).toMatchObject({value: 2024, unit: 't'})
    expect(findQuantities('More than 2000 workers joined.')[0]).toMatchObject({value: 2000, bound: 'gt'})
  })

  it('reads a figure after a run-in label, and none after an exchange code (a ticker)', () => {
    expect(findQuantities('Capacity: 12,000 tpa of oxide.').map((q) => [q.text, q.value, q.unit])).toEqual([['12,000 tpa', 12000, 't/y']])
    expect(findQuantities('Staff: 85 at the mine.').map((q) => [q.value, q.kind])).toEqual([[85, 'count']])
    expect(findQuantities('Iluka (ASX: ILU) and Baotou Steel (SSE: 600010) rose 3%.').map((q) => q.text)).toEqual(['3%'])
    expect(findQuantities('China Rare Earth (HKEX: 0769) and Shenghe (SHA: 600392) fell.')).toEqual([])
  })

  it('keeps the sign of a minus before a currency', () => {
    expect(findQuantities('It lost -$0.08/share, or -C$2 million.').map((q) => [q.text, q.value, q.unit])).toEqual([
      ['-$0.08/share', -0.08, 'USD/share'],
      ['-C$2 million', -2e6, 'CAD']
    ])
  })

  it('returns an empty list for text without figures', () => {
    expect(findQuantities('')).toEqual([])
    expect(findQuantities('Northern Rare Earth held a meeting.')).toEqual([])
  })
})
