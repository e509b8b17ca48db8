import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/mentions/find-dates.js'
import {findEntities} from '../../src/mentions/find-entities.js'
import {findQuantities} from '../../src/mentions/find-quantities.js'
import {FoundDate, FoundEntity, FoundQuantity} from '../../src/schema/mentions.js'

// Text built from the pieces the finders react to, so random strings hit their branches, not just noise.
const pieces = [
  ' ', ', ', '. ', '(', ')', '~', '-', '–', '/', '%', '+', '$', 'US$', 'A$', '¥', 'ยฅ', '€', 'RMB ', 'yuan', ' yen',
  '1', '7', '30', '2024', '2,500', '1.38', ' billion', 'bn', 'M', ' million', 'kg', ' tonnes', 'Mt', ' per ', 'share',
  'more than ', 'about ', 'up to ', 'between ', ' and ', 'No. ', 'Q1 ', '1H26', 'mid-', 'by ', 'May', 'November ',
  'December 12, ', 'Feb 30', 'Lynas', 'Northern Rare Earth', 'Group', ' Co., Ltd.', 'President ', 'Song Zhiping',
  ' said', 'โ', 'Association', 'of', 'Inner Mongolia', 'NdPr', 'U.S.', '(AMG)', 'AMG'
]
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))
const anyText = fc.oneof(text, fc.string({maxLength: 60}), fc.string({unit: 'grapheme', maxLength: 40}))

describe('finder properties', () => {
  it('findQuantities never throws, returns valid figures whose text is their span', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const found = findQuantities(input)
        found.forEach((q, index) => {
          FoundQuantity.parse(q)
          expect(Number.isFinite(q.value)).toBe(true)
          expect(input.slice(q.start, q.end)).toBe(q.text)
          if (q.convertedFrom !== null) expect(q.convertedFrom).toBeLessThan(index)
          if (q.range) expect(q.range.max).toBeGreaterThan(q.range.min)
          if (index > 0) expect(q.start).toBeGreaterThanOrEqual((found[index - 1] as FoundQuantity).end)
        })
      }),
      {numRuns: 500}
    )
  })

  it('findDates never throws and returns only real ISO values', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, '2025-06-15', '2024', 'nonsense'), (input, referenceDate) => {
        for (const d of findDates(input, {referenceDate})) {
          FoundDate.parse(d)
          expect(input.slice(d.start, d.end)).toBe(d.text)
          // ISO 8601: a date, month, quarter, half or year; a year-less `--MM-DD` or `--MM`; or an interval of months.
          expect(d.value).toMatch(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?|--\d{2}(?:-\d{2})?|\d{4}-\d{2}\/\d{4}-\d{2}|--\d{2}\/--\d{2})$/u)
          if (d.precision === 'day' && !d.value.startsWith('--')) expect(Number.isNaN(Date.parse(`${d.value}T00:00:00Z`))).toBe(false)
          if (d.yearInferred) expect(referenceDate === '2025-06-15' || referenceDate === '2024').toBe(true)
        }
      }),
      {numRuns: 500}
    )
  })

  it('findEntities never throws and every mention is its span', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const entity of findEntities(input)) {
          FoundEntity.parse(entity)
          expect(entity.aliases).not.toContain(entity.name)
          for (const m of entity.mentions) expect(input.slice(m.start, m.end)).toBe(m.text)
        }
      }),
      {numRuns: 500}
    )
  })
})
