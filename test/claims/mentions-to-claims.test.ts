import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {mentionsAndClaims as articleToClaims, type StageInput as ClaimsInput} from '../helpers/stages.js'
import {Claim, Question} from '../../src/schema/claim.js'
import {DateMention, Entity, Quantity} from '../../src/schema/mentions.js'

const empty: ClaimsInput = {title: null, highlights: [], sections: [], links: [], publishedAt: null, copyright: null}
const settings = {referenceDate: undefined}

function input(partial: Partial<ClaimsInput>): ClaimsInput {
  return {...empty, ...partial}
}

describe('articleToClaims', () => {
  const article = input({
    title: 'Lynas Injects A$500 Million Into Kalgoorlie',
    highlights: ['Lynas will expand Mount Weld by 2027.', 'Is the West ready?'],
    sections: [
      {heading: null, blocks: [{type: 'paragraph', text: 'On March 3, Lynas said it had invested A$500 million (~US$330 million) in Kalgoorlie. Analysts were surprised.'}]},
      {
        heading: 'What next?',
        blocks: [
          {type: 'paragraph', text: 'Frankly, the U.S. should move faster. Can it?'},
          {type: 'list', ordered: false, items: [{text: 'Prices rose 5% according to Fastmarkets.', children: [{text: 'Dysprosium oxide led.', children: []}]}]}
        ]
      }
    ],
    links: [{id: 'l1', text: 'Fastmarkets', from: 'body', section: 1, block: 1, item: 0, start: 29, end: 40}],
    publishedAt: '2025-03-05'
  })
  const result = articleToClaims(article, settings)

  it('finds claims in the title, highlights, paragraphs and list items, never in headings', () => {
    expect(result.claims.map((c) => [c.from, c.section, c.block, c.item])).toEqual([
      ['title', null, null, null],
      ['highlight', null, 0, null],
      ['body', 0, 0, null],
      ['body', 1, 0, null],
      ['body', 1, 1, 0],
      ['body', 1, 1, 1]
    ])
    expect(result.claims.some((c) => c.text.includes('What next'))).toBe(false)
  })

  it('puts questions apart, with their ids and places', () => {
    expect(result.questions).toEqual([
      {id: 'k1', text: 'Is the West ready?', from: 'highlight', section: null, block: 1, item: null, start: 0, end: 18},
      {id: 'k2', text: 'Can it?', from: 'body', section: 1, block: 0, item: null, start: 38, end: 45}
    ])
    expect(result.claims.some((c) => c.text.endsWith('?'))).toBe(false)
  })

  it('gives ids in reading order and offsets into the located text', () => {
    expect(result.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6'])
    expect(result.quantities.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4'])
    const body = result.claims[2] as Claim
    expect(body.text).toBe('On March 3, Lynas said it had invested A$500 million (~US$330 million) in Kalgoorlie.')
    expect(body.start).toBe(0)
  })

  it('links a conversion to the figure it converts by id', () => {
    expect(result.quantities.find((q) => q.text === '~US$330 million')).toMatchObject({convertedFrom: 'q2', approx: true, unit: 'USD'})
  })

  it('merges an entity across the article and points claims at it', () => {
    const lynas = result.entities.find((e) => e.name === 'Lynas Rare Earths') as Entity
    expect(lynas.id).toBe('e1')
    expect(lynas.mentions.map((m) => m.from)).toEqual(['title', 'highlight', 'body'])
    expect(result.claims.filter((c) => c.entities.includes('e1')).length).toBe(3)
  })

  it('resolves a year-less date against publishedAt', () => {
    expect(result.dates.find((d) => d.text === 'March 3')).toMatchObject({value: '2025-03-03', yearInferred: true})
  })

  it('classifies and attributes claims', () => {
    const [title, highlight, body, judgment, listed] = result.claims as Claim[]
    expect(title?.kind).toBe('quantitative')
    expect(highlight?.kind).toBe('plan')
    expect(body).toMatchObject({kind: 'statement', attribution: {source: 'Lynas Rare Earths', cue: 'said'}})
    expect(judgment?.kind).toBe('assessment')
    expect(listed).toMatchObject({kind: 'statement', attribution: {source: 'Fastmarkets', cue: 'according to'}, links: ['l1']})
  })

  it('returns schema-valid records', () => {
    for (const c of result.claims) Claim.parse(c)
    for (const q of result.questions) Question.parse(q)
    for (const e of result.entities) Entity.parse(e)
    for (const q of result.quantities) Quantity.parse(q)
    for (const d of result.dates) DateMention.parse(d)
  })

  it('falls back to the latest explicit date, then the copyright year', () => {
    const paragraph = (text: string) => [{heading: null, blocks: [{type: 'paragraph' as const, text}]}]
    const fromText = articleToClaims(input({sections: paragraph('On June 2, 2024 and on July 9, 2023 it met; on May 1 it sold.')}), settings)
    expect(fromText.dates.find((d) => d.text === 'May 1')?.value).toBe('2024-05-01')
    const fromCopyright = articleToClaims(
      input({sections: paragraph('On May 1 it sold.'), copyright: {year: 2023, holder: null, notice: '© 2023'}}),
      settings
    )
    expect(fromCopyright.dates[0]?.value).toBe('2023-05-01')
  })

  it('prefers the caller’s reference date', () => {
    const result = articleToClaims(input({highlights: ['On May 1 Lynas sold.'], publishedAt: '2024-05-03'}), {referenceDate: '2026-04-20'})
    expect(result.dates[0]?.value).toBe('2026-05-01')
  })

  it('keeps a year-less date it cannot place as `--MM-DD`, and reports it', () => {
    const result = articleToClaims(input({highlights: ['On May 1 Lynas sold.']}), settings)
    expect(result.dates.map((d) => [d.text, d.value, d.yearInferred])).toEqual([['May 1', '--05-01', false]])
    expect(result.diagnostics.map((d) => [d.ruleId, d.actual])).toEqual([['year-not-inferred', '`May 1`']])
  })

  it('reads credits for entity names only', () => {
    const result = articleToClaims(input({credits: ['Nothen China Rare Earth Group'], highlights: ['Northern Rare Earth grew 5%.']}), settings)
    expect(result.entities).toHaveLength(1)
    expect(result.entities[0]?.aliases).toContain('Nothen China Rare Earth Group')
    expect(result.claims).toHaveLength(1)
  })

  it('reads a short list item without a figure, a date or a final period as a label, not a claim', () => {
    const labels = input({
      sections: [
        {
          heading: null,
          blocks: [
            {type: 'paragraph', text: 'China added elements to its list, including:'},
            {type: 'list', ordered: false, items: ['Samarium', 'Terbium and dysprosium', 'Lynas Rare Earths', 'Gallium, 5 tonnes', 'Lynas grew.'].map((text) => ({text, children: []}))}
          ]
        }
      ]
    })
    const found = articleToClaims(labels, settings)
    expect(found.claims.map((claim) => claim.text)).toEqual(['China added elements to its list, including:', 'Gallium, 5 tonnes', 'Lynas grew.'])
    // The names are still found, as entities.
    expect(found.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['samarium', 'terbium', 'dysprosium', 'Lynas Rare Earths']))
  })

  it('returns nothing for an empty article', () => {
    expect(articleToClaims(empty, settings)).toEqual({entities: [], quantities: [], dates: [], claims: [], questions: [], diagnostics: []})
  })

  it('never throws and keeps every span inside its text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({maxLength: 80}), {maxLength: 4}), (texts) => {
        const result = articleToClaims(input({highlights: texts}), {referenceDate: '2025-01-01'})
        for (const item of [...result.claims, ...result.questions, ...result.quantities, ...result.dates]) {
          const text = texts[item.block ?? -1] ?? ''
          expect(item.start).toBeLessThanOrEqual(item.end)
          expect(item.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(item.start, item.end)).toBe(item.text)
        }
      }),
      {numRuns: 200}
    )
  })
})

describe('articleToClaims coreference', () => {
  it('links a surname to the person named in full in another paragraph', () => {
    const result = articleToClaims(
      input({
        sections: [
          {
            heading: null,
            blocks: [
              {type: 'paragraph', text: 'Association President Song Zhiping visited Baotou.'},
              {type: 'paragraph', text: 'Later, Song said output would rise.'}
            ]
          }
        ]
      }),
      settings
    )
    const song = result.entities.find((e) => e.name === 'Song Zhiping')
    expect(song?.mentions.map((m) => m.text)).toEqual(['Song Zhiping', 'Song'])
    expect(result.entities.some((e) => e.type === 'other')).toBe(false)
    expect(result.claims[1]).toMatchObject({kind: 'statement', attribution: {source: 'Song Zhiping', cue: 'said'}, entities: [song?.id]})
  })
})
