import {describe, expect, it} from 'vitest'
import {fullMonthAlternation, monthAlternation, monthNumber} from '../../src/lexicon/months.js'

describe('lexicon/months', () => {
  it('numbers full names and abbreviations in any case, and nothing else', () => {
    expect(['January', 'feb', 'Sept', 'SEP', 'may', 'December'].map(monthNumber)).toEqual([1, 2, 9, 9, 5, 12])
    expect(['Mayor', 'Marching', 'Junk', 'Decent', ''].map(monthNumber)).toEqual([0, 0, 0, 0, 0])
  })
  it('builds alternations that match the longest name first', () => {
    expect(new RegExp(`^(?:${monthAlternation})`, 'u').exec('September 3')?.[0]).toBe('September')
    expect(new RegExp(`^(?:${monthAlternation})`, 'u').exec('Sept. 3')?.[0]).toBe('Sept')
    expect(fullMonthAlternation.split('|')).toHaveLength(12)
  })
})
