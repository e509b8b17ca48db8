import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixText, repairInput} from '../../src/encoding/fix-text.js'
import {nfcChanges} from '../../src/encoding/offset-map.js'
import {applyEdits} from '../../src/encoding/repair-text.js'
import {EncodingReport} from '../../src/schema/encoding.js'
import {paragraphs, scripts} from './corpus.js'
import {damage} from './damage.js'

const settings = {maxInputBytes: 10_000_000}
/** Text built from pieces of clean text, damage-prone characters and arbitrary strings. */
const pieces = fc.constantFrom(
  ...paragraphs,
  ...scripts.map(([, text]) => text),
  'โ', 'โข', 'ยฉ', 'â€', 'Ã', 'Â', ' ', '\n', '\r\n', 'Chinaโs', 'â€™', '\u0085', '\u00A0', '’', '“', '”', '—'
)
const messy = fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.array(pieces, {maxLength: 12}).map((parts) => parts.join('')))

describe('fixText invariants', () => {
  it('never throws, and its report is schema-valid with offsets into the input', () => {
    fc.assert(
      fc.property(messy, (input) => {
        const result = repairInput(input, settings)
        EncodingReport.parse(result.encoding)
        for (const repair of result.encoding.repairs) expect(input.slice(repair.start, repair.end)).toBe(repair.from)
        const offsets = Array.from({length: result.text.length + 1}, (_, index) => result.toInputOffset(index))
        for (let index = 1; index < offsets.length; index++) expect(offsets[index]).toBeGreaterThanOrEqual(offsets[index - 1] ?? 0)
        expect(offsets.at(-1)).toBe(input.length)
      }),
      {numRuns: 400}
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(messy, (input) => {
        const once = fixText(input).text
        expect(fixText(once).text).toBe(once)
      }),
      {numRuns: 400}
    )
  })

  it('is idempotent on damaged news text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paragraphs), fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5') , (paragraph, name) => {
        const once = fixText(damage[name](paragraph)).text
        expect(fixText(once).text).toBe(once)
      }),
      {numRuns: 200}
    )
  })

  it('leaves clean text untouched', () => {
    const cleanPieces = fc.constantFrom(...paragraphs, ...scripts.map(([, text]) => text), ' ', '\n', '\u00A0')
    fc.assert(
      fc.property(fc.array(cleanPieces, {maxLength: 8}), (parts) => {
        const text = parts.join(' ')
        const result = fixText(text)
        expect(result.text).toBe(text.normalize('NFC'))
        expect(result.encoding.repairs).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})

describe('NFC as local changes', () => {
  it('gives the same text as normalising the whole', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme-composite', maxLength: 40}), fc.string({unit: 'binary', maxLength: 40}), (a, b) => {
        for (const text of [a, b, a + b]) expect(applyEdits(text, nfcChanges(text))).toBe(text.normalize('NFC'))
      }),
      {numRuns: 500}
    )
  })
  it('catches the characters NFC changes alone or by reordering', () => {
    for (const text of ['\u2126', '\u212B', 'K\u212A', '\u2000', '\uF900', 'x\u20D1\u20E8', 'e\u0301', '\u1100\u1161', '\uD87E\uDC00']) {
      expect(applyEdits(text, nfcChanges(text))).toBe(text.normalize('NFC'))
    }
  })
})

describe('correct text in many scripts and symbol sets', () => {
  it('covers at least 15 of them', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(15)
  })
  for (const [name, text] of scripts) {
    it(`leaves ${name} unchanged`, () => {
      expect(fixText(text).text).toBe(text)
      expect(fixText(new TextEncoder().encode(text)).text).toBe(text)
    })
  }
})
