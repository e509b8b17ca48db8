import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {WINDOWS_1252_MARKS} from '../../src/encoding/code-page.js'
import {looksBinary} from '../../src/encoding/decode-bytes.js'
import {mayBeOtherPage} from '../../src/encoding/find-other-decodes.js'
import {nfcChanges} from '../../src/encoding/offset-map.js'
import {positionReader} from '../../src/encoding/positions.js'
import {gateAfterEdits, textGate, type TextGate} from '../../src/encoding/text-gate.js'
import {mayBeDamaged, SCAN_STARTS} from '../../src/encoding/triggers.js'

// eslint-disable-next-line no-misleading-character-class -- ranges of code units, nothing here is combined
const NFC_RISK = /[\u0300-\u0DFF\u0E38-\u0E3A\u0E48-\u0E4B\u0E80-\u1FFF\u2000\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u2ADC\u2C00-\u2DFF\u3000-\u30FF\uA000-\uABFF\uAC00-\uDBFF\uF900-\uFB4F\uFE00-\uFE2F]/

const answers = ({damaged, otherPage, nfcRisk, binary}: TextGate): ReturnType<typeof separately> => ({damaged, otherPage, nfcRisk, binary})

/** The answers of the functions the gate stands for, each asked on its own. */
const separately = (text: string): Pick<TextGate, 'damaged' | 'otherPage' | 'nfcRisk' | 'binary'> => ({
  damaged: mayBeDamaged(text),
  otherPage: mayBeOtherPage(text),
  nfcRisk: NFC_RISK.test(text),
  binary: looksBinary(text)
})

describe('textGate', () => {
  it('answers as mayBeDamaged, mayBeOtherPage, the NFC test and looksBinary do, for every code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code)
      for (const text of [`a${c}b`, c.repeat(40)]) expect(answers(textGate(text))).toEqual(separately(text))
    }
  })
  it('reads the character after a sign that shows another code page only with it (MacRoman `‚Ä`, `ƒÅ`)', () => {
    for (const text of ['‚Äô', '‚ ', 'mƒÅ', 'ƒ ', 'a‚Ñ¢', 'xƒ']) expect(answers(textGate(text))).toEqual(separately(text))
  })
  it('counts control characters only in the first kilobyte, as looksBinary does', () => {
    for (const text of [`${'a'.repeat(1023)}\u0000`, `${'a'.repeat(1024)}\u0000`, '\u0001'.repeat(40) + 'a'.repeat(2000), '\u0001a'.repeat(20)]) {
      expect(textGate(text).binary).toBe(looksBinary(text))
    }
  })
  it('says nothing is to do in English text with everyday typography', () => {
    expect(answers(textGate('China’s “rare earth” — ¥5… ©\u00A0€ 5° £ ™ •\r\n\t'))).toEqual({damaged: false, otherPage: false, nfcRisk: false, binary: false})
  })
  it('finds each kind of work once every answer is known, however long the text', () => {
    const text = `Chinaโs ВЂ e\u0301 ${'โ'.repeat(5000)}`
    expect(answers(textGate(text))).toEqual(separately(text))
    expect(nfcChanges(text, textGate(text).nfcRisk)).toEqual(nfcChanges(text))
  })
})

/** Every offset of a class, read with `positionReader` from what the gate listed. */
function read(text: string, listed: ReadonlyArray<number>, seenTo: number, pattern: RegExp): number[] {
  const next = positionReader(text, listed, seenTo, pattern)
  const offsets: number[] = []
  for (let at = next(); at >= 0; at = next()) offsets.push(at)
  return offsets
}

/** Every offset of a class, found with a regex. */
const offsetsOf = (text: string, pattern: RegExp): number[] => [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match.index)

describe('the lists of textGate, read with positionReader', () => {
  it('give every start of findDecodes and every Windows-1252 mark, in order', () => {
    const text = 'a “Chinaโs” ก é\u0085 ”x“ ÃƒÂ© Ð²Ð\r\n“ – — € ™ Œ ‹ ‚'
    const gate = textGate(text)
    expect(gate.seenTo).toBe(text.length)
    expect(read(text, gate.starts, gate.seenTo, SCAN_STARTS)).toEqual(offsetsOf(text, SCAN_STARTS))
    expect(read(text, gate.marks, gate.seenTo, WINDOWS_1252_MARKS)).toEqual(offsetsOf(text, WINDOWS_1252_MARKS))
  })
  it('go on past where the gate stopped: once every answer is known, or once a list is full', () => {
    const stopped = `Chinaโs ВЂ e\u0301 ${'a'.repeat(1100)} “โ” ก`
    const full = `${'“โ” '.repeat(20_000)}ก ”`
    for (const text of [stopped, full]) {
      const gate = textGate(text)
      expect(gate.seenTo).toBeLessThan(text.length)
      expect(read(text, gate.starts, gate.seenTo, SCAN_STARTS)).toEqual(offsetsOf(text, SCAN_STARTS))
      expect(read(text, gate.marks, gate.seenTo, WINDOWS_1252_MARKS)).toEqual(offsetsOf(text, WINDOWS_1252_MARKS))
    }
  })
})

describe('textGate on the UTF-8 bytes of the text', () => {
  const encoder = new TextEncoder()
  const decoder = new TextDecoder('utf-8', {fatal: true})
  /** The bytes of a text at each offset into a buffer modulo 4, as the byte scan reads them word by word. */
  const placed = (bytes: Uint8Array): Uint8Array[] =>
    [0, 1, 2, 3].map((shift) => {
      const buffer = new Uint8Array(bytes.length + 4)
      buffer.set(bytes, shift)
      return buffer.subarray(shift, shift + bytes.length)
    })
  const expectSame = (text: string): void => {
    const bytes = encoder.encode(text)
    const decoded = decoder.decode(bytes)
    for (const utf8 of placed(bytes)) expect(textGate(decoded, utf8)).toEqual(textGate(decoded))
  }
  it('answers and lists as the scan of the text does, for every character at every byte alignment', () => {
    for (let code = 0; code < 0x10000; code += code < 0x3000 ? 1 : 7) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const c = String.fromCharCode(code)
      expectSame(`ab${c}c${c}${c}de`)
    }
    for (const c of ['😀', '\u{1D15E}', '\u{20000}', '\u{10FFFF}']) for (const pad of ['', 'a', 'ab', 'abc']) expectSame(`${pad}${c}x${c}`)
  })
  it('answers as the scan of the text does on pages of damage, past the first kilobyte, when it stops early and when its lists fill', () => {
    const texts = [
      'China’s “rare earth” — ¥5… ©\u00A0€ 5° £ ™ •\r\n\t\u000B',
      `Chinaโs ยฉ 2025 โข\n${'plain text, “quoted” — '.repeat(80)}\u0000 ก é\u0085`,
      `Chinaโs ВЂ e\u0301 ${'a'.repeat(1100)} “โ” ก 😀`,
      `${'“โ” '.repeat(20_000)}ก ”`,
      '\u0001'.repeat(40) + 'a'.repeat(2000)
    ]
    for (const text of texts) expectSame(text)
  })
  it('answers as the scan of the text does on any text (property)', () => {
    const pieces = fc.constantFrom('a', ' ', '\n', '\r\n', '\t', '\u0000', '\u0007', 'โ', 'ยฉ', 'â€™', 'ВЂ', '“', '”', '—', 'é', 'e\u0301', '😀', '\u00A0', '\u0085', '‚Ä', 'ƒÅ')
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.array(pieces, {maxLength: 40}).map((parts) => parts.join(''))), (text) => expectSame(text)),
      {numRuns: 500}
    )
  })
})

describe('gateAfterEdits', () => {
  /** What a gate says, read as its users read it. */
  const reading = (text: string, gate: TextGate): unknown => ({
    damaged: gate.damaged,
    otherPage: gate.otherPage,
    nfcRisk: gate.nfcRisk,
    starts: read(text, gate.starts, gate.seenTo, SCAN_STARTS),
    marks: read(text, gate.marks, gate.seenTo, WINDOWS_1252_MARKS)
  })
  const replace = (text: string, edits: ReadonlyArray<{start: number; end: number; to: string}>): string => {
    let out = ''
    let cursor = 0
    for (const edit of edits) {
      out += text.slice(cursor, edit.start) + edit.to
      cursor = edit.end
    }
    return out + text.slice(cursor)
  }
  it('says what a scan of the text after the edits says, or that it cannot (property)', () => {
    const pieces = fc.constantFrom('a', ' ', '\n', 'โ', 'ยฉ', 'â€™', '“', '”', '—', 'é', 'Ã©', '\u00A0', '\u0085', '‚', 'ƒ', 'Å', '…', 'ก')
    const outputs = fc.constantFrom('', '’', '—', 'é', 'ł', 'Ä', '\u0301', '‚', 'ƒ', 'Å', 'à ', 'x', 'โ', 'ВЂ', '\u0085', '😀')
    let derived = 0
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}), fc.array(fc.tuple(fc.nat(60), fc.nat(3), outputs), {maxLength: 6}), (parts, raw) => {
        const text = parts.join('')
        // Sorted, non-overlapping replacements inside the text.
        const edits: Array<{start: number; end: number; to: string}> = []
        let floor = 0
        for (const [at, length, to] of [...raw].sort((a, b) => a[0] - b[0])) {
          const start = Math.max(floor, Math.min(at, text.length))
          const end = Math.min(text.length, start + length)
          edits.push({start, end, to})
          floor = end
        }
        const after = replace(text, edits)
        const gate = gateAfterEdits(text, textGate(text), edits, after)
        if (gate === undefined) return
        derived++
        expect(reading(after, gate)).toEqual(reading(after, textGate(after)))
      }),
      {numRuns: 1000}
    )
    expect(derived).toBeGreaterThan(100)
  })
  it('says it past the first kilobyte, where the scan may stop early', () => {
    const text = `${'a'.repeat(1500)}โ “x” ${'b'.repeat(600)}โ é ‚Ä`.replace('‚Ä', '‚x')
    const edits = [{start: 10, end: 11, to: 'ł\u0301'}, {start: 1500, end: 1501, to: '’'}, {start: 1508, end: 1509, to: 'Ä'}]
    const after = replace(text, edits)
    const gate = gateAfterEdits(text, textGate(text), edits, after)
    expect(gate).toBeDefined()
    if (gate !== undefined) expect(reading(after, gate)).toEqual(reading(after, textGate(after)))
  })
  it('cannot say it when the text before showed another code page, a risk under NFC, or was not read to its end', () => {
    for (const text of ['ВЂ x', 'e\u0301 x', `${'“โ” '.repeat(20_000)}`]) expect(gateAfterEdits(text, textGate(text), [], text)).toBeUndefined()
  })
})
