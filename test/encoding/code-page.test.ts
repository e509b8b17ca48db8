import {describe, expect, it} from 'vitest'
import {byteOfCode, isWindows1252Mark, windows1252Code, WINDOWS_1252_MARKS} from '../../src/encoding/code-page.js'

describe('byteOfCode', () => {
  it('maps every character of Windows-1252, Latin-1 and TIS-620 back to its byte, and nothing else', () => {
    const expected = new Map<number, number>()
    for (let byte = 0; byte < 0x100; byte++) {
      // Latin-1 (C1 controls included); Windows-1252 at 0x80-0x9F; TIS-620 above NBSP.
      expected.set(byte, byte)
      const windows = windows1252Code(byte)
      if (windows > 0xff) expected.set(windows, byte)
      if (byte >= 0xa1 && byte <= 0xda) expected.set(0x0e01 + byte - 0xa1, byte)
      if (byte >= 0xdf && byte <= 0xfb) expected.set(0x0e3f + byte - 0xdf, byte)
    }
    for (let code = 0; code < 0x10000; code++) expect(byteOfCode(code)).toBe(expected.get(code) ?? -1)
  })
  it('isWindows1252Mark holds exactly the characters of WINDOWS_1252_MARKS', () => {
    const marks = new RegExp(WINDOWS_1252_MARKS.source)
    for (let code = 0; code < 0x10000; code++) expect(isWindows1252Mark(code)).toBe(marks.test(String.fromCharCode(code)))
  })
})
