import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/mentions/find-dates.js'
import {findEntities, findEntityMentions} from '../../src/mentions/find-entities.js'
import {parseArticle} from '../../src/parse-article.js'
import type {Article} from '../../src/schema/article.js'

// The acceptance points on the five seed dumps (issue 4), through the whole pipeline.
const seedsDir = join(import.meta.dirname, '..', '..', 'seeds')
const seeds = new Map<string, Article>(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.slice(0, 3), parseArticle(readFileSync(join(seedsDir, name), 'utf8'))])
)
const seed = (id: string): Article => seeds.get(id) as Article

const entity = (article: Article, name: string) =>
  article.entities.find((e) => e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name))
const claimWith = (article: Article, fragment: string) => article.claims.find((c) => c.text.includes(fragment))

describe('seed 000', () => {
  it('infers the year of `August 20` from the copyright year', () => {
    expect(seed('000').dates.find((d) => d.text === 'August 20')).toMatchObject({value: '2025-08-20', precision: 'day', yearInferred: true})
  })

  it('reads `More than 30` as a bounded count', () => {
    expect(seed('000').quantities.find((q) => q.text === 'More than 30')).toMatchObject({value: 30, kind: 'count', bound: 'gt', unit: null})
  })

  it('attributes the praise to Song Zhiping', () => {
    const claim = claimWith(seed('000'), 'Association President Song Zhiping praised')
    expect(claim).toMatchObject({kind: 'statement', attribution: {source: 'Song Zhiping', cue: 'praised'}})
  })

  it('reads `Frankly, …` as an assessment', () => {
    expect(claimWith(seed('000'), 'Frankly,')?.kind).toBe('assessment')
  })

  it('keeps the misspelled source name as an alias of Northern Rare Earth', () => {
    const northern = seed('000').entities.filter((e) => /Northern|Nothen/u.test(e.name + e.aliases.join()))
    expect(northern).toHaveLength(1)
    expect(northern[0]?.aliases).toEqual(expect.arrayContaining(['Northern Rare Earth', 'Nothen China Rare Earth Group']))
  })
})

describe('seed 001', () => {
  it('finds the explicit date and the target years', () => {
    const dates = seed('001').dates
    expect(dates.find((d) => d.text === 'December 12, 2024')).toMatchObject({value: '2024-12-12', yearInferred: false})
    expect(dates.filter((d) => d.value === '2024' && d.precision === 'year').length).toBeGreaterThanOrEqual(1)
    expect(dates.find((d) => d.value === '2049')).toMatchObject({precision: 'year'})
  })

  it('reads `100 billion yuan` as 1e11 CNY', () => {
    const yuan = seed('001').quantities.filter((q) => q.text.includes('100 billion yuan'))
    expect(yuan.length).toBeGreaterThanOrEqual(1)
    for (const q of yuan) expect(q).toMatchObject({value: 1e11, unit: 'CNY', kind: 'money'})
  })

  it('has at least six questions', () => {
    expect(seed('001').questions.length).toBeGreaterThanOrEqual(6)
  })

  it('attributes the Yicai Global sentence and carries its link', () => {
    const article = seed('001')
    const link = article.links.find((l) => l.text === 'Yicai Global')
    const claim = claimWith(article, 'as reported in Yicai Global')
    expect(link).toBeDefined()
    expect(claim).toMatchObject({kind: 'statement', attribution: {source: 'Yicai Global', cue: 'as reported in'}})
    expect(claim?.links).toContain(link?.id)
  })

  it('finds Liu Peixun, Baotou, Inner Mongolia and Bayan Obo', () => {
    expect(entity(seed('001'), 'Liu Peixun')?.type).toBe('person')
    for (const place of ['Baotou', 'Inner Mongolia', 'Bayan Obo']) expect(entity(seed('001'), place)?.type).toBe('place')
  })
})

describe('seed 002', () => {
  it('makes the long glued company name one entity with the short names', () => {
    const northern = seed('002').entities.filter((e) => /Northern/u.test(e.name + e.aliases.join()))
    expect(northern).toHaveLength(1)
    expect(northern[0]?.aliases).toEqual(
      expect.arrayContaining(['Northern Rare Earth', 'China Northern Rare EarthGroup High-Tech Co., Ltd.', 'Northern Rare Earths'])
    )
  })
})

describe('seed 003', () => {
  it('reads ¥1 billion and its conversion', () => {
    const article = seed('003')
    const claim = claimWith(article, 'Baogang Group has invested')
    const [yuan, dollars] = (claim?.quantities ?? []).map((id) => article.quantities.find((q) => q.id === id))
    expect(yuan).toMatchObject({text: '¥1 billion', value: 1e9, unit: 'CNY', kind: 'money', approx: false})
    expect(dollars).toMatchObject({text: '~US$138 million', value: 1.38e8, unit: 'USD', approx: true, convertedFrom: yuan?.id})
    expect(claim?.links).toEqual(article.links.filter((l) => l.text === '¥1 billion').map((l) => l.id))
    expect(claim?.links.length).toBe(1)
  })

  it('has exactly one question, and the heading is not one', () => {
    expect(seed('003').questions.map((q) => q.text)).toEqual(['Have American government officials internalized this yet?'])
  })
})

describe('seed 004', () => {
  it('infers the year of `November 17`', () => {
    const dates = seed('004').dates.filter((d) => d.text === 'November 17')
    expect(dates.length).toBeGreaterThanOrEqual(1)
    for (const d of dates) expect(d).toMatchObject({value: '2025-11-17', yearInferred: true})
  })

  it('finds Baogang Group and the China Rare Earth Industry Association as organizations', () => {
    expect(entity(seed('004'), 'Baogang Group')?.type).toBe('organization')
    expect(entity(seed('004'), 'China Rare Earth Industry Association')).toMatchObject({type: 'organization', aliases: expect.arrayContaining(['CREIA'])})
  })
})

describe('every seed', () => {
  it('finds Song Zhiping, Baotou and Inner Mongolia in seed 000', () => {
    expect(entity(seed('000'), 'Song Zhiping')?.type).toBe('person')
    expect(entity(seed('000'), 'Baotou')?.type).toBe('place')
    expect(entity(seed('000'), 'Inner Mongolia')?.type).toBe('place')
  })

  it('never makes a question or a heading a claim', () => {
    for (const article of seeds.values()) {
      const headings = new Set(article.sections.map((s) => s.heading).filter((h) => h !== null))
      for (const claim of article.claims) {
        expect(claim.text.trimEnd().endsWith('?')).toBe(false)
        expect(headings.has(claim.text)).toBe(false)
        expect(claim.from).not.toBe('heading')
      }
    }
  })

  it('points every claim at its text', () => {
    for (const article of seeds.values()) {
      for (const claim of article.claims) {
        const text =
          claim.from === 'title'
            ? article.title
            : claim.from === 'highlight'
              ? article.highlights[claim.block ?? -1]
              : blockText(article, claim.section ?? -1, claim.block ?? -1, claim.item)
        expect(text?.slice(claim.start, claim.end)).toBe(claim.text)
      }
    }
  })
})

function blockText(article: Article, section: number, block: number, item: number | null): string | undefined {
  const found = article.sections[section]?.blocks[block]
  if (!found) return undefined
  if (found.type === 'paragraph') return found.text
  const flat: string[] = []
  const visit = (items: typeof found.items): void => {
    for (const entry of items) {
      flat.push(entry.text)
      visit(entry.children)
    }
  }
  visit(found.items)
  return flat[item ?? -1]
}

describe('the finders on unrepaired lossy-Thai seed text', () => {
  // The same seeds before the encoding repair: `’` and `—` are still `โ`, `¥` is `ยฅ`.
  const raw = (id: string): string =>
    readFileSync(join(seedsDir, readdirSync(seedsDir).find((name) => name.startsWith(id)) as string), 'utf8')

  it('finds the seed 004 entities and date through the mojibake', () => {
    const text = raw('004')
    expect(text).toContain('\u0E42')
    const names = findEntities(text).map((e) => e.name)
    expect(names).toEqual(expect.arrayContaining(['Baogang Group', 'China Rare Earth Industry Association']))
    expect(findDates(text, {referenceDate: '2025'}).map((d) => d.value)).toContain('2025-11-17')
  })

  it('finds Northern Rare Earth right before a mojibake `โs` in seed 000', () => {
    const text = raw('000')
    const northern = findEntityMentions(text).filter((m) => m.name.includes('Northern'))
    expect(northern.some((m) => m.text === 'Northern Rare Earth' && text.slice(m.end, m.end + 1) === '\u0E42')).toBe(true)
  })
})
