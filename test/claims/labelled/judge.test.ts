import {describe, expect, it} from 'vitest'
import {parseArticle, type Article, type Claim} from '../../../src/index.js'
import {labelProblems, type LabelledItem} from './item.js'
import {itemToDump, itemToOptions, judgeItem, normalizeSource, PLACEHOLDER_HIGHLIGHT} from './judge.js'
import {summarize} from './summary.js'

// The measuring harness itself: the dump it builds, and how it compares an Article with a label. The Articles
// here are parsed with claims off and given hand-made claims and mentions, so these tests do not depend on what
// today's engine decides.

const base: LabelledItem = {
  id: 'test-001',
  paragraphs: ['Lynas Rare Earths opened a plant in Texas.', 'The company said output rose 5% in May. It was a good month.'],
  sentence: 'The company said output rose 5% in May.',
  claim: true,
  question: false,
  kind: 'statement',
  source: 'Lynas Rare Earths',
  cue: 'said',
  sourceIsEntity: true,
  notes: 'test item'
}

function parsed(item: LabelledItem): Article {
  return parseArticle(itemToDump(item), {...itemToOptions(item), claims: false})
}

function claimOn(article: Article, patch: Partial<Claim>): Article {
  const claim: Claim = {
    id: 'c1', text: base.sentence, from: 'body', section: 0, block: 1, item: null, start: 0, end: base.sentence.length,
    kind: 'statement', attribution: null, entities: [], quantities: [], dates: [], links: [], hedged: false, checkworthiness: 0.5,
    ...patch
  }
  return {...article, claims: [claim]}
}

const names = (article: Article, item: LabelledItem): string[] =>
  judgeItem(item, article, 'f.json').checks.filter((c) => !c.pass).map((c) => c.name)

describe('itemToDump', () => {
  it('puts a placeholder highlight first and each paragraph on its own body line', () => {
    expect(itemToDump(base).split('\n')).toEqual(['Highlights', `- ${PLACEHOLDER_HIGHLIGHT}`, ...base.paragraphs])
    const article = parseArticle(itemToDump(base), itemToOptions(base))
    expect(article.sections.flatMap((s) => s.blocks)).toEqual(base.paragraphs.map((text) => ({type: 'paragraph', text})))
    expect(article.claims.some((c) => c.from === 'highlight')).toBe(false)
  })

  it('makes a highlight item the Highlights item itself', () => {
    const headline = {...base, paragraphs: ['Lynas Opens Texas Plant'], sentence: 'Lynas Opens Texas Plant', in: 'highlight' as const}
    expect(itemToDump(headline)).toBe('Highlights\n- Lynas Opens Texas Plant')
  })

  it('uses the default reference date, the item’s own, or none', () => {
    expect(itemToOptions(base)).toEqual({referenceDate: '2025-11-20'})
    expect(itemToOptions({...base, referenceDate: '2024-01-02'})).toEqual({referenceDate: '2024-01-02'})
    expect(itemToOptions({...base, referenceDate: null})).toEqual({})
  })
})

describe('judgeItem', () => {
  const article = parsed(base)

  it('folds case and a leading article in source names', () => {
    expect(normalizeSource('The  Pentagon')).toBe('pentagon')
    expect(normalizeSource('China’s Ministry')).toBe("china's ministry")
  })

  const lynas = article.entities.find((e) => e.name === 'Lynas Rare Earths')?.id ?? null

  it('passes a claim with the right kind and source', () => {
    const right = claimOn(article, {attribution: {source: 'the Lynas Rare Earths', cue: 'said', entity: lynas}})
    expect(names(right, base)).toEqual([])
  })

  it('accepts a source alternative, and a name of the entity the source names', () => {
    const short = claimOn(article, {attribution: {source: 'Lynas', cue: 'said', entity: null}})
    expect(names(short, base)).toEqual(['source', 'source-entity'])
    expect(names(short, {...base, sourceAlternatives: ['Lynas']})).toEqual(['source-entity'])
    const entity = {id: 'e1', name: 'Lynas', type: 'organization' as const, aliases: ['Lynas Rare Earths'], mentions: []}
    const linked = claimOn(article, {attribution: {source: 'Lynas', cue: 'said', entity: 'e1'}})
    expect(names({...linked, entities: [entity]}, base)).toEqual([])
  })

  it('fails a wrong kind, a missing or invented source, and a missed claim', () => {
    expect(names(claimOn(article, {kind: 'event', attribution: {source: 'Lynas Rare Earths', cue: 'said', entity: lynas}}), base)).toEqual(['kind'])
    expect(names(claimOn(article, {}), base)).toEqual(['source'])
    const plain = {...base, kind: 'quantitative' as const, source: null, cue: null, sourceIsEntity: null}
    expect(names(claimOn(article, {kind: 'quantitative', attribution: {source: 'May', cue: 'said', entity: null}}), plain)).toEqual(['invented-source'])
    expect(names(article, base)).toEqual(['claim', 'source'])
  })

  it('fails a non-claim when a claim covers any part of it, and a question not found', () => {
    const none = {...base, claim: false, kind: null, source: null, cue: null, sourceIsEntity: null}
    expect(names(article, none)).toEqual([])
    expect(names(claimOn(article, {text: 'The company said', end: 16}), none)).toEqual(['claim'])
    expect(names(article, {...none, question: true})).toEqual(['question'])
  })

  it('matches figures one to one and fails extras', () => {
    const withFigure = {...article, quantities: [{id: 'q1', text: '5%', value: 5, unit: '%', kind: 'percent' as const, approx: false, bound: null, range: null, convertedFrom: null, from: 'body' as const, section: 0, block: 1, item: null, start: 29, end: 31}]}
    const right = claimOn(withFigure, {attribution: {source: 'Lynas Rare Earths', cue: 'said', entity: lynas}})
    expect(names(right, {...base, quantities: [{text: '5%', value: 5, unit: '%', kind: 'percent'}]})).toEqual([])
    expect(names(right, {...base, quantities: [{text: '5%', value: -5, kind: 'percent'}]})).toEqual(['quantity', 'quantity'])
    expect(names(right, {...base, quantities: []})).toEqual(['quantity'])
  })

  it('accepts a month range as one date, by value or by a range end', () => {
    const date = {id: 'd1', text: 'May', value: '2025-05', precision: 'month' as const, yearInferred: true, from: 'body' as const, section: 0, block: 1, item: null, start: 35, end: 38}
    const right = claimOn({...article, dates: [date]}, {attribution: {source: 'Lynas Rare Earths', cue: 'said', entity: lynas}})
    const interval = {...base, dates: [{text: 'May', value: '2025-05/2025-07', precision: 'month' as const}]}
    expect(names(right, interval)).toEqual(['date', 'date'])
    expect(names({...right, dates: [{...date, value: '2025-05/2025-07'}]}, interval)).toEqual([])
    expect(names({...right, dates: [{...date, range: {end: '2025-07'}} as typeof date]}, interval)).toEqual([])
  })

  it('checks expected entities and non-entities inside the sentence only', () => {
    const company = {id: 'e1', name: 'Lynas Rare Earths', type: 'organization' as const, aliases: [], mentions: [{text: 'Lynas Rare Earths', from: 'body' as const, section: 0, block: 0, item: null, start: 0, end: 17}]}
    const right = claimOn({...article, entities: [company]}, {attribution: {source: 'Lynas Rare Earths', cue: 'said', entity: lynas}})
    expect(names(right, {...base, entities: [{name: 'Lynas Rare Earths', type: 'organization'}]})).toEqual(['entity'])
    const month = {...company, name: 'May', type: 'other' as const, mentions: [{...company.mentions[0]!, text: 'May', block: 1, start: 35, end: 38}]}
    expect(names({...right, entities: [month]}, {...base, notEntities: ['may']})).toEqual(['not-entity'])
  })
})

describe('summarize', () => {
  it('counts claims precision and recall, kinds and sources over the verdicts', () => {
    const article = parsed(base)
    const lynas = article.entities.find((e) => e.name === 'Lynas Rare Earths')?.id ?? null
    const none = {...base, id: 'test-002', claim: false, kind: null, source: null, cue: null, sourceIsEntity: null}
    const verdicts = [
      judgeItem(base, claimOn(article, {kind: 'event', attribution: {source: 'Lynas Rare Earths', cue: 'said', entity: lynas}}), 'a.json'),
      judgeItem(none, claimOn(article, {}), 'b.json'),
      judgeItem({...base, id: 'test-003'}, article, 'b.json')
    ]
    const summary = summarize(verdicts)
    expect(summary.claims).toEqual({truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5})
    expect(summary.kind).toEqual({right: 0, total: 1, rate: 0})
    expect(summary.kindConfusion).toEqual({statement: {event: 1}})
    expect(summary.source).toEqual({right: 1, total: 2, rate: 0.5})
    expect(summary.byFile.map((f) => [f.file, f.items.total])).toEqual([['a.json', 1], ['b.json', 2]])
  })
})

describe('labelProblems', () => {
  it('accepts a consistent label', () => {
    expect(labelProblems(base)).toEqual([])
  })

  it.each([
    [{sentence: 'Not in the paragraph.'}, 'the sentence does not occur verbatim in the last paragraph'],
    [{claim: false}, 'a non-claim has no kind, source, cue or sourceIsEntity'],
    [{kind: 'event' as const}, 'a relayed source makes the claim a statement'],
    [{source: 'The Lynas Rare Earths'}, 'the source is given without a leading the/a/an'],
    [{source: 'CEO Dana Roe', sourceAlternatives: ['company']}, 'the source is given without a title or role'],
    [{source: 'Iluka'}, 'neither the source nor an alternative occurs in the paragraphs'],
    [{source: null, cue: null, sourceIsEntity: null}, 'a statement has a source'],
    [{cue: 'told'}, 'the cue does not occur in the sentence'],
    [{dates: [{text: 'May', value: '--05', precision: 'month' as const}]}, 'a year-less date value needs "referenceDate": null']
  ])('reports %j', (patch, problem) => {
    expect(labelProblems({...base, ...patch})).toContain(problem)
  })
})
