import {describe, expect, it} from 'vitest'
import {lineEnd, lineOf, lineStarts} from '../../src/document/line-index.js'

describe('the line index', () => {
  it('starts a line after LF, CRLF and a lone CR alike', () => {
    expect(lineStarts('ab\r\ncd\ref\ngh')).toEqual([0, 4, 7, 10])
    expect(lineStarts('')).toEqual([0])
    expect(lineStarts('a\n')).toEqual([0, 2])
  })
  it('finds the line of an offset and where its content ends', () => {
    const text = 'ab\r\ncd\ref'
    const starts = lineStarts(text)
    expect([0, 1, 2, 3, 4, 6, 7, 8].map((offset) => lineOf(starts, offset))).toEqual([0, 0, 0, 0, 1, 1, 2, 2])
    expect(starts.map((_, index) => lineEnd(text, starts, index))).toEqual([2, 6, 9])
  })
})
