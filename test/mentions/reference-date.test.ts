import {describe, expect, it} from 'vitest'
import {resolveReferenceDate} from '../../src/mentions/reference-date.js'
import type {FoundDate} from '../../src/schema/mentions.js'

const day = (value: string, yearInferred = false): FoundDate => ({text: value, value, precision: 'day', yearInferred, start: 0, end: 1})
const copyright = {year: 2023, holder: 'Rare Earth Exchanges', notice: '© 2023'}

describe('resolveReferenceDate', () => {
  it('prefers the option, then publishedAt', () => {
    expect(resolveReferenceDate('2026-01-02', '2025-03-03', [day('2024-01-01')], copyright)).toBe('2026-01-02')
    expect(resolveReferenceDate(undefined, '2025-03-03', [day('2024-01-01')], copyright)).toBe('2025-03-03')
  })

  it('then takes the latest explicit full date', () => {
    expect(resolveReferenceDate(undefined, null, [day('2024-01-01'), day('2024-12-12'), day('2030-01-01', true)], copyright)).toBe('2024-12-12')
  })

  it('then the copyright year, then nothing', () => {
    expect(resolveReferenceDate(undefined, null, [], copyright)).toBe('2023')
    expect(resolveReferenceDate(undefined, null, [], {year: null, holder: null, notice: '©'})).toBeUndefined()
    expect(resolveReferenceDate(undefined, null, [], null)).toBeUndefined()
  })
})
