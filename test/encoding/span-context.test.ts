import {describe, expect, it} from 'vitest'
import {isLetter, isSpaceAbove} from '../../src/encoding/span-context.js'

describe('the character tests of span context', () => {
  it('isSpaceAbove is /\\s/ for every code unit from U+0080 up', () => {
    for (let code = 0x80; code < 0x10000; code++) expect(isSpaceAbove(code)).toBe(/\s/u.test(String.fromCharCode(code)))
  })
  it('isLetter is \\p{L} beyond Latin-1, but for Thai', () => {
    for (let code = 0x100; code < 0x10000; code++) {
      const c = String.fromCharCode(code)
      const thai = code >= 0x0e00 && code <= 0x0e7f
      expect(isLetter(c)).toBe(!thai && /\p{L}/u.test(c))
    }
  })
})
