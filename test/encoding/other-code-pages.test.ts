import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/encoding/fix-text.js'
import {misread, type OtherPageName} from './damage.js'

const pages: ReadonlyArray<OtherPageName> = ['windows-1251', 'macintosh', 'cp437', 'windows-1250', 'windows-1257']

/** English news text with every quote, dash and sign that the other code pages turn into three characters. */
const english = [
  'China’s export rules—announced on Monday—leave the West’s magnet makers “exposed,” analysts said.',
  'The EU–Japan talks ran 2024–2025… • Lynas™ said it won’t ‘wait and see’ – not this time.',
  'He called it “a turning point” for the industry’s supply chain.'
]

describe('UTF-8 read as Windows-1251, MacRoman, code page 437, Windows-1250 or Windows-1257', () => {
  for (const page of pages) {
    it(`repairs the quotes, dashes and signs of English text read as ${page}`, () => {
      for (const clean of english) {
        const damaged = misread(clean, page)
        expect(damaged).not.toBe(clean)
        const {text, encoding} = fixText(damaged)
        expect(text).toBe(clean)
        // Windows-1250 agrees with Windows-1252 on most of these (`â€™` is `’` in both), and those are K3's; its
        // undefined 0x98 (in `‘`) comes out as a C1 control, as K4 leaves it.
        const kinds = page === 'windows-1250' ? ['other-code-page', 'windows-1252', 'latin-1'] : ['other-code-page']
        for (const {kind} of encoding.damage) expect(kinds).toContain(kind)
        for (const repair of encoding.repairs) expect(repair).toMatchObject({lossy: false, confidence: 1})
      }
    })
  }
  it('shows the patterns the issue names', () => {
    expect(misread('’', 'windows-1251')).toBe('вЂ™')
    expect(misread('’', 'macintosh')).toBe('‚Äô')
    expect(misread('’', 'cp437')).toBe('ΓÇÖ')
    expect(misread('“', 'windows-1250')).toBe('â€ś')
  })
  it('names the code page in its diagnostic', () => {
    const {encoding} = fixText(misread('China’s plan', 'windows-1251'))
    expect(encoding.repairs[0]).toMatchObject({from: 'вЂ™', to: '’', kind: 'other-code-page'})
  })
})

describe('accented letters inside Latin words, where the code page is proven', () => {
  const words = 'The Liège plant, the Zürich office and Société Générale’s café in Besançon.'
  for (const page of ['macintosh', 'windows-1250', 'windows-1251', 'windows-1257'] as const) {
    it(`repairs accented letters read as ${page}`, () => {
      expect(fixText(misread(words, page)).text).toBe(words)
    })
  }
  it('repairs letters of Central European and Baltic names', () => {
    expect(fixText(misread('Napíšte nám! Lietuva pagrįstai gali paklausti: Žinoma.', 'windows-1250')).text).toBe(
      'Napíšte nám! Lietuva pagrįstai gali paklausti: Žinoma.'
    )
    expect(fixText(misread('Šiaip įdomu, kaip įsivaizduoji.', 'windows-1257')).text).toBe('Šiaip įdomu, kaip įsivaizduoji.')
    expect(fixText(misread('Saeimā ievēlētās partijas līdzvadītāja Antoņina Ņenaševa', 'macintosh')).text).toBe(
      'Saeimā ievēlētās partijas līdzvadītāja Antoņina Ņenaševa'
    )
  })
  it('repairs a whole word of another script read as a code page (a run of at least three letters)', () => {
    for (const page of ['windows-1250', 'macintosh'] as const) expect(fixText(misread('בהודעה', page)).text).toBe('בהודעה')
    expect(fixText(misread('#правильное питание', 'cp437')).text).toBe('#правильное питание')
  })
})

describe('correct text on these code pages is never changed', () => {
  const correct = [
    'Он сказал: «Это — важно», и добавил: «Всё ещё впереди…»',
    'З’єднання, Југославија, Її, ґанок, Ёлка, СЈЕДИЊЕНЕ ДРЖАВЕ, ФРГ» и ЕЁ',
    'Příliš žluťoučký kůň úpěl ďábelské ódy. Zażółć gęślą jaźń. Árvíztűrő tükörfúrógép.',
    'Šiaip įdomu, kaip įsivaizduoji. Saeimā ievēlētās partijas. ÎNVĂŢĂMÂNT, PĂŞUNE, înceţoşată.',
    'İstanbul’da çalışıyor. Ελληνικά: «Η ¨ανατροφή¨». Ĺ, ĂŞ, Ď. NICIODATĂ™, ROMÂNĂ® and «ТАСС».',
    'Math on a Mac: √π ≈ 1.77, ∆x ≥ 0, ƒ(x) = ∑ xᵢ, 2012—∞, ( o¬ô ), `¬´ ):',
    'EU trade chief Maroš Šefčovič met officials in Łódź and Gdańsk; Dvořák, Škoda, Ćosić, ÅF Pöyry; α-Fe, 5 μm ±0.2, Δ = 3‰.',
    'Box art: ├┤a┼┐a┼┐a ╔═╗ ║ ╚═╝ ╨┐ ░▒▓ and DOS names like ΓÇÖ alone? No: ΓÇÖ is damage.'
  ]
  it('leaves correct text in Cyrillic, Greek and Latin alphabets, maths and box drawings alone', () => {
    for (const text of correct.slice(0, 7)) {
      const result = fixText(text)
      expect(result.text).toBe(text)
      expect(result.encoding.repairs).toEqual([])
    }
  })
  it('leaves any mix of correct text in these alphabets alone (property)', () => {
    const pieces = correct.slice(0, 7).flatMap((text) => text.split(/(?<=[.,;:»)])\s/u))
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 6}), fc.constantFrom(' ', '\n', ' — ', '“'), (parts, glue) => {
        const text = parts.join(glue)
        const result = fixText(text)
        expect(result.text).toBe(text)
        expect(result.encoding.repairs).toEqual([])
      }),
      {numRuns: 300}
    )
  })
  it('leaves box drawings alone while repairing damage on the same line', () => {
    expect(fixText(correct[7] ?? '').text).toBe('Box art: ├┤a┼┐a┼┐a ╔═╗ ║ ╚═╝ ╨┐ ░▒▓ and DOS names like ’ alone? No: ’ is damage.')
  })
})
