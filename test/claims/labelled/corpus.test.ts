import {describe, expect, it} from 'vitest'
import {parseArticle, type Article, type Claim} from '../../../src/index.js'
import {failureCategories, judgeCorpusItem, textUnits, type CorpusItem} from './corpus.js'

// The corpus harness itself: the units it reads and how it compares a page's Article with a label. Pages are
// parsed with claims off and given hand-made claims, so these tests do not depend on what today's engine decides.

const page = [
  'Lynas Opens a Plant in Texas',
  '',
  'Highlights',
  '',
  '  • Lynas said output rose.',
  '',
  'Lynas said the plant in Texas opened in May. “It went well.” Output was 5,000 tonnes.',
  '',
  'The plant makes:',
  '',
  '  • NdPr oxide;',
  '    • about 40 tonnes of terbium oxide;',
  '  • cerium oxide.'
].join('\n')

const base: CorpusItem = {
  id: 'corpus-z01-001',
  file: 'z01-test.txt',
  sentence: 'Lynas said the plant in Texas opened in May.',
  claim: true,
  question: false,
  kind: 'statement',
  source: 'Lynas',
  cue: 'said',
  // The hand-made attributions below point to no entity.
  sourceIsEntity: false,
  notes: 'test item'
}

const bare = parseArticle(page, {claims: false})

function withClaim(patch: Partial<Claim>): Article {
  const claim: Claim = {
    id: 'c1', text: base.sentence, from: 'body', section: 0, block: 0, item: null, start: 0, end: base.sentence.length,
    kind: 'statement', attribution: {source: 'Lynas', cue: 'said', entity: null}, entities: [], quantities: [], dates: [], links: [],
    hedged: false, checkworthiness: 0.5, ...patch
  }
  return {...bare, claims: [claim]}
}

const judge = (item: CorpusItem, article: Article) => judgeCorpusItem(item, article, textUnits(article))

describe('textUnits', () => {
  it('reads the title, the highlights, then paragraphs and list items, numbering items in pre-order', () => {
    const units = textUnits(bare)
    expect(units.map((u) => [u.from, u.section, u.block, u.item, u.text])).toEqual([
      ['title', null, null, null, 'Lynas Opens a Plant in Texas'],
      ['highlight', null, 0, null, 'Lynas said output rose.'],
      ['body', 0, 0, null, 'Lynas said the plant in Texas opened in May. “It went well.” Output was 5,000 tonnes.'],
      ['body', 0, 1, null, 'The plant makes:'],
      ['body', 0, 2, 0, 'NdPr oxide;'],
      ['body', 0, 2, 1, 'about 40 tonnes of terbium oxide;'],
      ['body', 0, 2, 2, 'cerium oxide.']
    ])
  })
})

describe('judgeCorpusItem', () => {
  it('passes a claim with the sentence’s exact text in its unit and the labelled kind and source', () => {
    const verdict = judge(base, withClaim({}))
    expect(verdict.pass).toBe(true)
    expect(verdict.sentenceFound).toBe(true)
  })

  it('finds a claim in a nested list item by its pre-order index', () => {
    const item = {...base, sentence: 'about 40 tonnes of terbium oxide;', kind: 'quantitative' as const, source: null, cue: null, sourceIsEntity: null}
    const article = withClaim({text: item.sentence, block: 2, item: 1, end: item.sentence.length, kind: 'quantitative', attribution: null})
    expect(judge(item, article).pass).toBe(true)
    expect(judge(item, withClaim({text: item.sentence, block: 2, item: 0, end: item.sentence.length, kind: 'quantitative', attribution: null})).pass).toBe(false)
  })

  it('fails a kind or a source that differs, and a source the label does not have', () => {
    const failed = (article: Article, item = base): string[] => judge(item, article).checks.filter((c) => !c.pass).map((c) => c.name)
    expect(failed(withClaim({kind: 'event'}))).toEqual(['kind'])
    expect(failed(withClaim({attribution: {source: 'Texas', cue: 'said', entity: null}}))).toEqual(['source'])
    const unsourced = {...base, kind: 'event' as const, source: null, cue: null, sourceIsEntity: null}
    expect(failed(withClaim({kind: 'event'}), unsourced)).toEqual(['invented-source'])
  })

  it('counts a labelled claim the engine split otherwise as a miss whose sentence was not found', () => {
    // The label cuts the quotation out as its own sentence; the engine's splitter keeps `“It went well.”` apart too,
    // so a label that joins two sentences is the one split otherwise.
    const joined = {...base, sentence: 'Lynas said the plant in Texas opened in May. “It went well.”'}
    const verdict = judge(joined, withClaim({}))
    expect(verdict.sentenceFound).toBe(false)
    expect(verdict.checks[0]).toMatchObject({name: 'claim', pass: false})
    expect(verdict.checks[0]?.actual).toMatch(/^sentence not found: split as «Lynas said/u)
    expect(failureCategories([verdict]).get('sentence not found')).toHaveLength(1)
  })

  it('fails a non-claim that any claim of its unit overlaps', () => {
    const item = {...base, sentence: '“It went well.”', claim: false, kind: null, source: null, cue: null, sourceIsEntity: null}
    const start = 45
    expect(judge(item, withClaim({})).pass).toBe(true)
    expect(judge(item, withClaim({text: '“It went well.”', start, end: start + 15})).pass).toBe(false)
  })

  it('reports a sentence missing from the parsed text', () => {
    const verdict = judge({...base, sentence: 'Lynas said nothing.'}, withClaim({}))
    expect(verdict.checks[0]?.actual).toBe('sentence not in the parsed text')
    expect(verdict.sentenceFound).toBe(false)
  })

  it('groups failures by category', () => {
    const groups = failureCategories([judge(base, withClaim({kind: 'event', attribution: null}))])
    expect([...groups.keys()]).toEqual(['kind statement→event', 'source missed'])
  })
})
