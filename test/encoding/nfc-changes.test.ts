import {describe, expect, it} from 'vitest'
import {nfcChanges, nfcRiskNear} from '../../src/encoding/offset-map.js'
import {countTriggers, mayBeDamaged} from '../../src/encoding/triggers.js'
import {mayBeOtherPage} from '../../src/encoding/find-other-decodes.js'
import {OTHER_PAGES} from '../../src/encoding/other-code-pages.js'
import {byteOfCode} from '../../src/encoding/code-page.js'

describe('nfcChanges and its quick test', () => {
  it('finds nothing to do in Thai without combining marks (K1 mojibake is full of it)', () => {
    expect(nfcChanges('Chinaโs monopolyโitโs ยฉ 2025 โข')).toEqual([])
  })
  it('still reorders Thai combining marks', () => {
    // U+0E48 (class 107) before U+0E38 (class 103) is not canonical order.
    expect(nfcChanges('\u0E01\u0E48\u0E38')).toEqual([{start: 0, end: 3, to: '\u0E01\u0E38\u0E48'}])
  })
  it('finds astral characters by their surrogates', () => {
    // U+1D15E MUSICAL SYMBOL HALF NOTE is a composition exclusion: NFC decomposes it.
    const text = 'a \u{1D15E} b'
    const [change, ...rest] = nfcChanges(text)
    expect(rest).toEqual([])
    expect(change && text.slice(0, change.start) + change.to + text.slice(change.end)).toBe(text.normalize('NFC'))
  })
  it('says when NFC may change what touches a repair, and proves when it cannot', () => {
    expect(nfcRiskNear('China’s', 5, 6)).toBe(false)
    expect(nfcRiskNear('e\u0300x', 1, 2)).toBe(true)
    // The mark after the repair reaches back over it to the letter it composes with.
    expect(nfcRiskNear('xe\u0300', 1, 2)).toBe(true)
    // A long run of characters from U+0300 up is not read to its end.
    expect(nfcRiskNear('—'.repeat(100), 50, 51)).toBe(true)
  })
})

describe('countTriggers', () => {
  it('counts exactly what mayBeDamaged looks for', () => {
    for (let code = 0; code < 0x1000; code++) {
      const c = String.fromCharCode(code)
      expect(countTriggers(c) === 1).toBe(mayBeDamaged(c))
    }
  })
  it('mayBeOtherPage sees every character of another code page that the base code pages do not have', () => {
    for (const page of OTHER_PAGES) {
      for (const [code, byte] of page.byteOf) {
        if (byteOfCode(code) < 0 && (page.leads.has(code) || (byte >= 0x80 && byte <= 0xbf))) expect(mayBeOtherPage(String.fromCharCode(code))).toBe(true)
      }
    }
  })
})

describe('nfcRiskNear', () => {
  it('says yes exactly where NFC_RISK finds a character, for every code unit beside a repair', () => {
    // eslint-disable-next-line no-misleading-character-class -- ranges of code units, nothing here is combined
    const risk = /[\u0300-\u0DFF\u0E38-\u0E3A\u0E48-\u0E4B\u0E80-\u1FFF\u2000\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u2ADC\u2C00-\u2DFF\u3000-\u30FF\uA000-\uABFF\uAC00-\uDBFF\uF900-\uFB4F\uFE00-\uFE2F]/
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`
      expect(nfcRiskNear(text, 1, 2)).toBe(risk.test(text))
    }
  })
})
