import {describe, expect, it} from 'vitest'
import {splitBullet} from '../../src/structure/split-bullet.js'

describe('splitBullet', () => {
  it('splits the bullets of both layouts and the other bullet styles', () => {
    for (const marker of ['-', '•', '*', '·', '◦', '▪', '–', '►', '➢', '➤', '✓', '✔', '■', '♦']) {
      expect(splitBullet(`${marker} Item text`)).toEqual({bullet: {marker, ordered: false, number: null}, text: 'Item text'})
    }
  })
  it('needs a space after `-`, `–` and `*`, so that figures, ranges and emphasis stay text', () => {
    expect(splitBullet('-5% on the year').bullet).toBeNull()
    expect(splitBullet('–5% on the year').bullet).toBeNull()
    expect(splitBullet('— Daniel O’Kane').bullet).toBeNull()
    expect(splitBullet('*Prices as of June').bullet).toBeNull()
  })
  it('reads numbers as candidate ordered items', () => {
    expect(splitBullet('12) Twelfth')).toEqual({bullet: {marker: '12)', ordered: true, number: 12}, text: 'Twelfth'})
  })
  it('leaves years and plus signs alone', () => {
    expect(splitBullet('2025. A year to remember').bullet).toBeNull()
    expect(splitBullet('+ plus').bullet).toBeNull()
  })
})
