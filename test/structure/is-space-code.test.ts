import {describe, expect, it} from 'vitest'
import {isSpaceCode} from '../../src/structure/is-space-code.js'

describe('isSpaceCode', () => {
  it('agrees with `\\s` on every code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpaceCode(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)))
  })
})
