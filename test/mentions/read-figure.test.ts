import {describe, expect, it} from 'vitest'
import {cueAfter, cueBefore, boundCues, massUnits} from '../../src/mentions/quantity-units.js'
import {currencyBefore, readFigure} from '../../src/mentions/read-figure.js'

describe('readFigure', () => {
  it('reads a scale, a range and a per-unit price', () => {
    expect(readFigure('$7-8/kg', 1, 2, 'USD', false)).toMatchObject({end: 7, value: 7, range: {min: 7, max: 8}, unit: 'USD/kg', kind: 'price'})
  })

  it('reads a currency word after the scale', () => {
    expect(readFigure('100 billion yuan', 0, 3, null, false)).toMatchObject({end: 16, value: 1e11, unit: 'CNY', kind: 'money'})
  })

  it('reads `+` as a lower bound', () => {
    expect(readFigure('90%+', 0, 2, null, false)).toMatchObject({end: 4, value: 90, unit: '%', bound: 'gt'})
  })

  it('needs a currency or a unit for a one-letter scale', () => {
    expect(readFigure('5m long', 0, 1, null, false)).toMatchObject({end: 1, value: 5, kind: 'count'})
    expect(readFigure('5m tonnes', 0, 1, null, false)).toMatchObject({value: 5e6, unit: 't'})
  })

  it('keeps a range only when it rises', () => {
    expect(readFigure('10-5 jobs', 0, 2, null, false).range).toBeNull()
  })
})

describe('currencyBefore', () => {
  it.each([
    ['paid US$138', 8, 'USD'],
    ['paid RMB 5', 9, 'CNY'],
    ['paid RMB5', 8, 'CNY'],
    ['paid ¥5', 6, 'CNY'],
    ['paid A$5', 7, 'AUD']
  ])('%s → %s', (text, start, code) => {
    expect(currencyBefore(text, start)?.code).toBe(code)
  })

  it('wants a code to be a word of its own', () => {
    expect(currencyBefore('FARM 5', 5)).toBeUndefined()
  })
})

describe('cue tables', () => {
  it('finds the longest cue on a word boundary', () => {
    expect(cueBefore('revenue of more than ', boundCues)).toBe('more than')
    expect(cueBefore('hover ', boundCues)).toBeUndefined()
    expect(cueAfter('tonnes of oxide', massUnits)).toBe('tonnes')
    expect(cueAfter('tonnage', massUnits)).toBeUndefined()
  })
})
