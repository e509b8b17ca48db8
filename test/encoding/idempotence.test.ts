import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/encoding/fix-text.js'

/** Shrunk counterexamples of the property `fixText(fixText(x).text).text === fixText(x).text`. */
describe('idempotence regressions (property-test counterexamples)', () => {
  it('strips every leading BOM in one pass, not one BOM per pass', () => {
    const once = fixText('\uFEFF\uFEFF')
    expect(once.text).toBe('')
    expect(fixText(once.text).text).toBe('')
    expect(fixText('\uFEFF\uFEFF\uFEFFhi').text).toBe('hi')
    expect(fixText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe('hi')
  })
  it('keeps a BOM that is not at the start', () => {
    expect(fixText('\uFEFFa\uFEFFb').text).toBe('a\uFEFFb')
  })
  it('does not let NFC glue a repaired combining mark into a new mojibake span', () => {
    // Windows-1252 `eÌ€„¢`: `Ì€` is U+0300, which NFC composes with `e` into `è`, and `è„¢` reads as `脢`.
    const once = fixText(new Uint8Array([0x65, 0xcc, 0x80, 0x84, 0xa2])).text
    expect(fixText(once).text).toBe(once)
    const asText = fixText('e\u00CC\u20AC\u201E\u00A2').text
    expect(fixText(asText).text).toBe(asText)
  })
})
