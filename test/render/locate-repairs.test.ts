import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fixText, parseArticle} from '../../src/index.js'
import {articleTexts, textKey} from '../../src/render/html/article-texts.js'
import {locateRepairs} from '../../src/render/html/locate-repairs.js'

const normal = (text: string): string => text.normalize('NFC').replaceAll('\u00a0', ' ')

/** Every damaged page of the repository: seeds and fixtures whose repair list is not empty. */
function damagedInputs(): Array<{name: string; input: Buffer}> {
  const seeds = readdirSync(new URL('../../seeds/', import.meta.url)).map((name) => ({
    name,
    input: readFileSync(new URL(`../../seeds/${name}`, import.meta.url))
  }))
  const fixtures = readdirSync(new URL('../fixtures/', import.meta.url))
    .filter((name) => existsSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url)))
    .map((name) => ({name, input: readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url))}))
  return [...seeds, ...fixtures].filter(({input}) => fixText(input).encoding.repairs.length > 0)
}

describe('locateRepairs', () => {
  it('puts every placed repair on the character it repaired, in every damaged seed and fixture', () => {
    const inputs = damagedInputs()
    expect(inputs.length).toBeGreaterThanOrEqual(6)
    let total = 0
    let placed = 0
    for (const {name, input} of inputs) {
      const article = parseArticle(input)
      const repaired = fixText(input).text
      const texts = new Map(articleTexts(article).map((text) => [textKey(text), text.text]))
      let shift = 0
      for (const {repair, at} of locateRepairs(article)) {
        // where the repair sits in the repaired text: its input offset less what earlier repairs shortened
        const inRepaired = repair.start - shift
        shift += repair.end - repair.start - repair.to.length
        total++
        if (at === null) continue
        placed++
        const text = texts.get(textKey(at)) as string
        expect(text.slice(at.start, at.end), name).toBe(normal(repair.to))
        // the same words lead up to it (up to the start of its line, a bullet left out)
        const before = normal(repaired.slice(Math.max(0, inRepaired - 12), inRepaired)).replace(/^.*\n\s*(?:[-•*]\s+)?/s, '')
        expect(text.slice(0, at.start).endsWith(before), `${name} at ${repair.start}`).toBe(true)
      }
    }
    expect(placed / total).toBeGreaterThan(0.9)
  })

  it('places repairs in highlights, body, credits and the copyright line, and skips a repaired bullet (not text)', () => {
    const input = [
      'Highlights',
      'โข Lynasโs output rose in 2025.',
      'Japanโs demand grew, sayingโno more.',
      'Source: Reutersโ desk',
      'ยฉ 2025 Rare Earth Exchangesโข โ All rights.'
    ].join('\n')
    const located = locateRepairs(parseArticle(input)).map(({repair, at}) => [repair.to, at && textKey(at), at?.start])
    expect(located).toEqual([
      ['•', null, undefined],
      ['’', 'highlight::0:', 5],
      ['’', 'body:0:0:', 5],
      ['—', 'body:0:0:', 27],
      ['’', 'credit::0:', 7],
      ['©', 'copyright:::', 0],
      ['™', 'copyright:::', 27],
      ['—', 'copyright:::', 29]
    ])
  })

  it('puts a non-breaking space that became a space on that space, not on the first space after the last repair', () => {
    const input = 'Chinaโs demand grew\u0e22\u00a0fast this year.'
    const article = parseArticle(input)
    const located = locateRepairs(article).filter(({repair}) => repair.to.includes('\u00a0') || repair.to === ' ')
    expect(located).toHaveLength(1)
    expect(located[0]?.at?.start).toBe('China’s demand grew'.length)
  })

  it('leaves a repair unplaced, without moving on, when its text is nowhere near', () => {
    const article = parseArticle('Chinaโs output rose.\nJapanโs fell.')
    const repairs = article.encoding.repairs
    const moved = {...article, encoding: {...article.encoding, repairs: [{...repairs[0]!, to: 'ж'}, repairs[1]!]}}
    const located = locateRepairs(moved)
    expect(located[0]?.at).toBeNull()
    expect(located[1]?.at).toEqual({from: 'body', section: 0, block: 1, item: null, start: 5, end: 6})
  })

  it('does not let a clean curly quote earlier in a mixed page pull the repairs after it one place back', () => {
    const article = parseArticle(['Highlights', '- China’s quote was clean here.', 'Japanโs demand grew.', 'Indiaโs plan starts.'].join('\n'))
    expect(locateRepairs(article).map(({at}) => at && [textKey(at), at.start])).toEqual([
      ['body:0:0:', 5],
      ['body:0:1:', 5]
    ])
  })

  it('leaves unplaced, never misplaced, a repair in a credit that stood mid-body', () => {
    const input = ['Japanโs demand grew.', 'Source: Reutersโ desk', 'Indiaโs plan starts.', 'ยฉ 2025 Rare Earth Exchanges'].join('\n')
    const located = locateRepairs(parseArticle(input))
    const credit = located.find(({repair}) => repair.start === input.indexOf('Reutersโ') + 7)
    const india = located.find(({repair}) => repair.start === input.indexOf('Indiaโ') + 5)
    expect(credit?.at === null || credit?.at.from === 'credit').toBe(true)
    expect(india?.at === null || india?.at.from === 'body').toBe(true)
    expect(located[0]?.at).toEqual({from: 'body', section: 0, block: 0, item: null, start: 5, end: 6})
  })

  it('returns nothing for an Article without repairs', () => {
    expect(locateRepairs(parseArticle('Plain text, nothing damaged.'))).toEqual([])
  })
})
