import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Article, fixText, parseArticle, type Block} from '../src/index.js'
import {locate} from './helpers/locate.js'
import {unaccountedLines} from './helpers/account-lines.js'

const root = join(import.meta.dirname, '..', 'seeds')
const files = readdirSync(root).filter((name) => name.endsWith('.txt')).sort()
const seed = (prefix: string): {input: Buffer; article: Article} => {
  const name = files.find((file) => file.startsWith(prefix)) as string
  const input = readFileSync(join(root, name))
  return {input, article: parseArticle(input, {claims: false})}
}
const seeds = Object.fromEntries(['000', '001', '002', '003', '004'].map((prefix) => [prefix, seed(prefix)]))
const article = (prefix: string): Article => (seeds[prefix] as {article: Article}).article
const lists = (value: Article): Array<Extract<Block, {type: 'list'}>> =>
  value.sections.flatMap((section) => section.blocks).filter((block) => block.type === 'list')
const anchors = (value: Article): string[] => value.links.map((link) => link.text)

describe('the five seeds (issue 2 acceptance)', () => {
  it('gives titles only to the spaced layout (002, 003)', () => {
    expect(article('000').title).toBeNull()
    expect(article('001').title).toBeNull()
    expect(article('002').title).toBe('China’s Northern Rare Earths Mineral Superpower')
    expect(article('003').title).toMatch(/^Baogang Group Injects ¥1 Billion to Increase Stake in Northern Rare Earth/)
    expect(article('004').title).toBeNull()
  })

  it('finds 3, 6, 3, 5 and 3 highlights', () => {
    expect(['000', '001', '002', '003', '004'].map((prefix) => article(prefix).highlights.length)).toEqual([3, 6, 3, 5, 3])
  })

  it('finds the headings', () => {
    const headings = (prefix: string): Array<string | null> => article(prefix).sections.map((section) => section.heading)
    expect(headings('000')).toEqual([null])
    expect(headings('001')).toEqual([null, 'Review of Northern Rare Earth’s November Economic Review Meeting'])
    expect(headings('002')).toEqual([null, 'Implications for the U.S. and Allies'])
    expect(headings('003')).toEqual([null, 'So what does this mean?'])
    expect(headings('004')).toEqual([null, 'The tone was explicit', 'Conclusion'])
  })

  it('finds the body lists: two items in 001, three in 002, none elsewhere', () => {
    expect(lists(article('001')).map((list) => list.items.length)).toEqual([2])
    expect(lists(article('002')).map((list) => list.items.length)).toEqual([3])
    for (const prefix of ['000', '003', '004']) expect(lists(article(prefix))).toEqual([])
  })

  it('recovers the link anchors', () => {
    expect(article('000').links).toMatchObject([{text: 'Nothen China Rare Earth Group', from: 'credit', block: 0}])
    expect(anchors(article('001'))).toEqual(['Yicai Global', 'press release'])
    expect(anchors(article('002'))).toHaveLength(1)
    expect(anchors(article('002'))[0]).toMatch(/bulletin$/)
    expect(anchors(article('003'))).toHaveLength(1)
    expect(anchors(article('003'))[0]).toMatch(/¥1 billion$/)
    expect(anchors(article('004'))).toHaveLength(1)
    expect(anchors(article('004'))[0]).toMatch(/president$/)
    for (const prefix of Object.keys(seeds)) {
      for (const link of article(prefix).links) expect(locate(article(prefix), link)).toBe(link.text)
    }
  })

  it('separates the site chrome', () => {
    expect(article('000').credits).toEqual(['Nothen China Rare Earth Group'])
    expect(article('001').author).toBe('Daniel')
    expect(article('001').related).toEqual(['You Might Also Like…'])
    expect(article('004').disclaimers).toEqual([
      'This news item originates from the media department of a state-owned entity; the information should be verified independently.'
    ])
    for (const prefix of ['000', '004']) {
      expect(article(prefix).commentCount).toBe(0)
      expect(article(prefix).copyright).toMatchObject({year: 2025, holder: 'Rare Earth Exchanges'})
      expect(article(prefix).copyright?.notice).toMatch(/^© 2025 Rare Earth Exchanges™ — Accelerating Transparency/)
    }
    for (const prefix of ['002', '003']) {
      expect(article(prefix).categories).toEqual([])
      expect(article(prefix).boilerplate).toEqual([
        'Spread the word:',
        'Leave a Reply',
        'Your email address will not be published. Required fields are marked *'
      ])
    }
    expect(article('004').boilerplate).toEqual(['Table of Contents'])
  })

  it('leaves no link marker in any text field', () => {
    for (const prefix of Object.keys(seeds)) {
      expect(JSON.stringify({...article(prefix), diagnostics: []})).not.toMatch(/opens in a new tab/i)
    }
  })

  it('puts every non-blank line of every seed in exactly one place', () => {
    for (const prefix of Object.keys(seeds)) {
      const {input} = seeds[prefix] as {input: Buffer}
      expect(unaccountedLines(fixText(input).text, article(prefix))).toEqual({missing: [], extra: []})
    }
  })

  it('is schema-valid', () => {
    for (const prefix of Object.keys(seeds)) expect(() => Article.parse(article(prefix))).not.toThrow()
  })
})
