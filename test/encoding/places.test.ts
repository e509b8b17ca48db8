import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {placesOf} from '../../src/encoding/offset-map.js'

/** The place of an offset, the plain way: count the breaks before it. */
function placeByHand(text: string, offset: number): {line: number; column: number; offset: number} {
  const before = text.slice(0, offset)
  const breaks = [...before.matchAll(/\r\n|\r|\n/gu)]
  const last = breaks.at(-1)
  const lineStart = last === undefined ? 0 : last.index + last[0].length
  return {line: breaks.length + 1, column: offset - lineStart + 1, offset}
}

describe('placesOf', () => {
  it('gives line, column and offset under `\\n`, `\\r\\n` and `\\r`', () => {
    const places = placesOf('ab\ncd\r\nef\rg', [4, 0, 8, 10])
    expect([0, 4, 8, 10].map((offset) => places(offset))).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 2, column: 2, offset: 4},
      {line: 3, column: 2, offset: 8},
      {line: 4, column: 1, offset: 10}
    ])
  })
  it('agrees with counting by hand at every offset outside a `\\r\\n`', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', 'é'), {maxLength: 30}), (parts) => {
        const text = parts.join('')
        const offsets = Array.from({length: text.length + 1}, (_, index) => index).filter(
          (offset) => !(text.charAt(offset - 1) === '\r' && text.charAt(offset) === '\n')
        )
        const places = placesOf(text, offsets)
        for (const offset of offsets) expect(places(offset)).toEqual(placeByHand(text, offset))
      }),
      {numRuns: 300}
    )
  })
})
