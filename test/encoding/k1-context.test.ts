import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/encoding/fix-text.js'
import {damage} from './damage.js'

/** K1-damage clean text with the generator, repair it, and give the result. */
const roundTrip = (clean: string): string => fixText(damage.k1(clean)).text

describe('K1 dashes that the words around them decide', () => {
  it('reads an en dash between two amounts, with scale suffixes, percentages and currencies', () => {
    for (const clean of [
      'Guidance is $110M–$125M for the year.',
      'Margins of 15%–18% are expected.',
      'It sees US$3.5bn–$4bn in sales and 2024–2025 output of 40–45 kt.',
      'Prices of ¥560,000–¥580,000 per tonne held.',
      'Output of 1.2Mt–1.5Mt a year from Q1–Q3.'
    ]) {
      expect(roundTrip(clean)).toBe(clean)
    }
  })
  it('reads an en dash between two month names, abbreviated or not', () => {
    for (const clean of ['Exports rose in Jan–Nov from a year earlier.', 'From January–March 2025 output fell.', 'The Sept.–Oct. figures']) {
      expect(roundTrip(clean)).toBe(clean)
    }
  })
  it('reads an en dash between two proper names', () => {
    for (const clean of ['The U.S.–Japan deal and EU–Australia talks.', 'The US–China rivalry shapes the China–Japan market.']) {
      expect(roundTrip(clean)).toBe(clean)
    }
  })
  it('keeps the em dash when the word after a name is a function word or not a name', () => {
    for (const clean of ['Beijing acted—The move surprised traders.', 'It hit China—and Japan too.', 'Lynas said—without giving a date—that it would.']) {
      expect(roundTrip(clean)).toBe(clean)
    }
  })
  it('keeps the em dash between words and after a closing bracket', () => {
    expect(roundTrip('Prices rose (again)—and fell.')).toBe('Prices rose (again)—and fell.')
  })
})

describe('K1 × after a figure', () => {
  it('reads `ร` (C3 with its 0x97 deleted) after a figure as ×, not as a capital letter', () => {
    expect(damage.k1('4×')).toBe('4\u0E23')
    for (const clean of ['a 4× increase', 'Demand could rise 10× by 2040.', 'It trades at 2.5× book value.']) {
      expect(roundTrip(clean)).toBe(clean)
    }
  })
  it('still reads `ร` as a capital letter in a capitalised word', () => {
    expect(roundTrip('ÉCOLE and Émile')).toBe('ÉCOLE and Émile')
  })
})

describe('K1 quotes that are dashes', () => {
  it('reads an “opening quote” that nothing later on the line closes as a dash', () => {
    expect(roundTrip('Output rose 5% —and may rise again.')).toBe('Output rose 5% —and may rise again.')
    expect(roundTrip('Output rose 5% —and may rise again.\nHe said “yes.”')).toBe('Output rose 5% —and may rise again.\nHe said “yes.”')
  })
  it('keeps an opening quote that a later quote on the line closes, single words included', () => {
    for (const clean of ['He called it a “turning point.”', 'The “green” premium and the “two bases” plan.', 'The so-called “dual circulation” model']) {
      expect(roundTrip(clean)).toBe(clean)
    }
  })
})

describe('K1 spaced dashes', () => {
  it('reads a spaced dash in a title line as an en dash (WordPress turns a typed ` - ` into ` – `)', () => {
    const clean = 'Lynas Expands Heavy Rare Earth Capacity – What It Means for Magnet Makers\n\nHighlights\nThe plan — announced on Monday — is large.'
    expect(roundTrip(clean)).toBe(clean)
  })
  it('keeps the em dash, the more common one, for a spaced dash in body text', () => {
    const clean = 'Lynas said on Monday that the plan — its largest yet — would cost A$500 million.'
    expect(roundTrip(clean)).toBe(clean)
  })
  it('keeps the em dash in the copyright line, which ends as a sentence', () => {
    const clean = '© 2025 Rare Earth Exchanges™ — Accelerating Transparency, Accuracy, and Insight Across the Supply Chain.'
    expect(roundTrip(clean)).toBe(clean)
  })
})
