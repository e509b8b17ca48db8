import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lineCounter, LineWalker} from '../../src/encoding/line-counter.js'

describe('lineCounter', () => {
  it('counts `\\n`, `\\r\\n` and `\\r` as one break each, before an offset', () => {
    const lines = lineCounter('a\nb\r\nc\rd')
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((offset) => lines(offset))).toEqual([0, 0, 1, 1, 2, 2, 2, 3, 3])
  })
  it('agrees with counting the breaks of the text before each offset (growing offsets)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' '), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const lines = lineCounter(text)
        for (let offset = 0; offset <= text.length; offset++) {
          expect(lines(offset)).toBe(text.slice(0, offset).match(/\r\n?|\n/gu)?.length ?? 0)
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('LineWalker', () => {
  it('says where the line of each offset starts (growing offsets)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' '), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const walker = new LineWalker(text)
        for (let offset = 0; offset <= text.length; offset++) {
          const line = walker.lineAt(offset)
          expect(line).toBe(text.slice(0, offset).match(/\r\n?|\n/gu)?.length ?? 0)
          // The start is just past the last break before the offset (a `\r\n` split by the offset counts whole).
          const before = text.slice(0, offset)
          const last = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
          const start = last < 0 ? 0 : text.charAt(last) === '\r' && text.charAt(last + 1) === '\n' ? last + 2 : last + 1
          expect(walker.lineStart).toBe(start)
        }
      }),
      {numRuns: 300}
    )
  })
})
