import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/encoding/fix-text.js'

/**
 * Real Thai words (with their meaning), written for this test: many start with the characters K1 damage is made of
 * (`โ` is byte 0xE2, `ย` 0xC2, `ร` 0xC3, `ล` 0xC5; `ก`-`ฟ` are continuation bytes), so a repair that reads any
 * Thai as damage shows here.
 */
const words: ReadonlyArray<string> = [
  'โลก', // world
  'โลหะ', // metal
  'โขง', // Mekong
  'โครงการ', // project
  'โรงงาน', // factory
  'โอกาส', // opportunity
  'ใหม่', // new
  'ใช้', // use
  'ไทย', // Thai
  'ไฟฟ้า', // electricity
  'เหมือง', // mine
  'เศรษฐกิจ', // economy
  'แร่', // ore
  'แม่เหล็ก', // magnet
  'แผน', // plan
  'ยก', // lift
  'ยอด', // total
  'ยุค', // era
  'ยาง', // rubber
  'รถ', // car
  'รบ', // fight
  'ราคา', // price
  'รัฐบาล', // government
  'ลม', // wind
  'ลงทุน', // invest
  'วัสดุ', // material
  'สหรัฐ', // United States
  'หายาก', // rare
  'หุ้น', // shares
  'อนาคต', // future
  'จีน', // China
  'ตลาด', // market
  'ธาตุ', // element
  'ข่าว', // news
  'ช่วย', // help
  'ด้วย', // with
  'ทอง', // gold
  'เงิน' // silver
]

/** Thai sentences: rare earth prices rose; China controls exports; the world needs magnets; Thailand invests in mines. */
const sentences: ReadonlyArray<string> = [
  'ราคาแร่หายากเพิ่มขึ้น',
  'จีนควบคุมการส่งออก',
  'โลกต้องการแม่เหล็ก',
  'ไทยลงทุนในเหมืองใหม่'
]

/** English sentences with a place for Thai, as news text quotes a foreign word. */
const frames: ReadonlyArray<(thai: string) => string> = [
  (thai) => thai,
  (thai) => `Its Thai name is ${thai} (in English, see below).`,
  (thai) => `Word: ${thai}`,
  (thai) => `The sign read “${thai}” in large letters.`,
  (thai) => `${thai} is what locals call it.`,
  (thai) => `In Thai, ${thai}, and in English the same.`,
  (thai) => `Thai: ${thai}\nEnglish: the same word.`
]

describe('real Thai is never changed (SPEC §3)', () => {
  it('leaves a short Thai word inside English alone', () => {
    for (const text of ['Its Thai name is โลหะ (metal).', 'Word: โลก', 'He wrote แร่ (ore).', 'The word รถ means car.', 'ยก means lift']) {
      const result = fixText(text)
      expect(result.text).toBe(text)
      expect(result.encoding.repairs).toEqual([])
    }
  })
  it('leaves Thai words and sentences unchanged, alone and inside English sentences', () => {
    fc.assert(
      fc.property(fc.constantFrom(...words, ...sentences), fc.constantFrom(...frames), (thai, frame) => {
        const text = frame(thai)
        const result = fixText(text)
        expect(result.text).toBe(text)
        expect(result.encoding.repairs).toEqual([])
      }),
      {numRuns: 400}
    )
  })
  it('still repairs K1 damage on another line than real Thai', () => {
    expect(fixText('Chinaโs plan\nWord: โลก').text).toBe('China’s plan\nWord: โลก')
  })
  it('still repairs K1 symbols that stand alone', () => {
    expect(fixText('ยฉ 2025 Rare Earth Exchanges').text).toBe('© 2025 Rare Earth Exchanges')
    expect(fixText('Key points:\nโข Prices rose').text).toBe('Key points:\n• Prices rose')
    expect(fixText('the menu ร\u00A0 la carte').text).toBe('the menu à la carte')
  })
})

describe('damage at the edges', () => {
  it('reads a `ย` left at a line end, its NBSP trimmed, as that NBSP', () => {
    const {text, encoding} = fixText('Prices rose 5%.ย\nThe next line.ย')
    expect(text).toBe('Prices rose 5%.\u00A0\nThe next line.\u00A0')
    expect(encoding.repairs).toEqual([
      expect.objectContaining({from: 'ย', to: '\u00A0', lossy: true}),
      expect.objectContaining({from: 'ย', to: '\u00A0', lossy: true})
    ])
  })
  it('guesses a three-byte character cut off by the end of the input, lossy and uncertain', () => {
    for (const input of ['Its rise was swiftâ€', 'Its rise was swiftโ€']) {
      const {text, encoding} = fixText(input)
      expect(text).toMatch(/^Its rise was swift[’”—–]$/u)
      const last = encoding.repairs.at(-1)
      expect(last).toMatchObject({lossy: true})
      expect(last?.confidence).toBeLessThan(0.6)
    }
  })
  it('decodes bytes whose last character was cut off as UTF-8, with the cut character guessed', () => {
    const bytes = new TextEncoder().encode('China’s rise was swift—')
    const {text, encoding} = fixText(bytes.slice(0, -1))
    expect(encoding.source).toBe('utf-8')
    expect(text).toMatch(/^China’s rise was swift[’”—–]$/u)
    expect(encoding.repairs).toHaveLength(1)
    expect(encoding.repairs[0]).toMatchObject({lossy: true})
    expect(encoding.repairs[0]?.confidence).toBeLessThan(0.6)
  })
  it('keeps a complete character at the end of the input certain', () => {
    expect(fixText('Its rise was swiftâ€”').encoding.repairs[0]).toMatchObject({to: '—', lossy: false, confidence: 1})
    // K1's `โข` has lost a middle byte, not its last one: `™` at the end of a text is no cut.
    const trademark = fixText('© 2025 Rare Earth Exchangesโข').encoding.repairs[0]
    expect(trademark).toMatchObject({to: '™', lossy: true})
    expect(trademark?.confidence).toBeGreaterThan(0.9)
  })
})
