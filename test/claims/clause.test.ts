import {describe, expect, it} from 'vitest'
import {asideStart, phraseEndAfter, phraseStartBefore, skipMedial} from '../../src/claims/clause.js'
import {quotedTokens, type Words} from '../../src/claims/gaps.js'
import {scanCues} from '../../src/claims/cue-index.js'
import {createDiscourse} from '../../src/claims/parties.js'
import {tokenize} from '../../src/mentions/tokenize.js'

function words(text: string): Words & {at: (word: string) => number; span: (first: number, last: number) => string} {
  const tokens = tokenize(text)
  return {
    text,
    tokens,
    first: 0,
    last: tokens.length,
    start: 0,
    end: text.length,
    at: (word) => tokens.findIndex((token) => token.text === word),
    span: (first, last) => text.slice(tokens[first]?.start, tokens[last]?.end)
  }
}

describe('reading a clause over the shared tokens', () => {
  it('marks the tokens inside a quotation', () => {
    const text = '“We grew,” Lynas said, and "prices rose" too.'
    expect([...quotedTokens(text, tokenize(text))]).toEqual([1, 1, 0, 0, 0, 1, 1, 0])
  })

  it('finds where an aside before a verb opens: commas, dashes, brackets', () => {
    const comma = words('Xinhua, the state news agency, reported it.')
    expect(asideStart(comma, comma.at('reported'))).toBe(comma.at('the'))
    const dash = words('Longnan—home to the clay mines—reported it.')
    expect(asideStart(dash, dash.at('reported'))).toBe(dash.at('home'))
    const bracket = words('MP Materials (NYSE: MP) said it.')
    expect(asideStart(bracket, bracket.at('said'))).toBe(bracket.at('NYSE'))
    const none = words('Lynas said it.')
    expect(asideStart(none, none.at('said'))).toBeUndefined()
  })

  it('steps back over auxiliaries, adverbs and time adverbials to the subject', () => {
    const clause = words('Iluka Resources last year also forecast a deficit.')
    expect(skipMedial(clause, clause.at('forecast'))).toBe(clause.at('last'))
  })

  it('reads a noun phrase backward, with its determiner and post-modifiers', () => {
    const clause = words('After the vote, analysts at Jefferies said so.')
    expect(clause.span(phraseStartBefore(clause, clause.at('Jefferies')) ?? -1, clause.at('Jefferies'))).toBe('analysts at Jefferies')
    const owner = words('Japan’s trade ministry said so.')
    expect(owner.span(phraseStartBefore(owner, owner.at('ministry')) ?? -1, owner.at('ministry'))).toBe('Japan’s trade ministry')
    const tank = words('The think tank said so.')
    expect(tank.span(phraseStartBefore(tank, tank.at('tank')) ?? -1, tank.at('tank'))).toBe('The think tank')
  })

  it('reads a noun phrase forward, a bare name ending at its first lower-case word', () => {
    const name = words('Rosa Delgado put it bluntly.')
    expect(name.span(0, phraseEndAfter(name, 0) ?? -1)).toBe('Rosa Delgado')
    const group = words('people familiar with the matter said so.')
    expect(group.span(0, phraseEndAfter(group, 0) ?? -1)).toBe('people familiar with the matter')
    const modified = words('one executive at a German magnet distributor.')
    expect(modified.span(0, phraseEndAfter(modified, 0) ?? -1)).toBe('one executive at a German magnet distributor')
  })
})

describe('scanCues', () => {
  it('finds every cue of the lexicon in one walk, overlapping ones too', () => {
    const tokens = tokenize('According to Reuters, output is expected to rise, frankly.')
    const types = scanCues(tokens, 0, tokens.length).hits.map((hit) => `${hit.cue.type}:${tokens.slice(hit.first, hit.last + 1).map((t) => t.lower).join(' ')}`)
    expect(types).toEqual(expect.arrayContaining(['source-after:according to', 'future:is expected to', 'hedge:expected to', 'judgment:frankly']))
  })

  it('gives a verb of saying its form', () => {
    const tokens = tokenize('They say, he said, she writes, it has written.')
    const forms = scanCues(tokens, 0, tokens.length).hits.flatMap((hit) => (hit.cue.type === 'saying' ? [hit.cue.form] : []))
    expect(forms).toEqual(['base', 'past', 'third', 'participle'])
  })
})

describe('createDiscourse', () => {
  it('remembers parties only of this and the previous paragraph of one region', () => {
    const memory = createDiscourse()
    memory.enterUnit('body')
    expect(memory.remembers()).toBe(false)
    memory.remember([], null)
    expect(memory.remembers()).toBe(false)
    memory.remember([{id: 'e1', name: 'Ganzhou', type: 'place'}], null)
    expect(memory.remembers()).toBe(true)
    memory.enterUnit('body')
    expect(memory.remembers()).toBe(true)
    memory.enterUnit('body')
    expect(memory.remembers()).toBe(false)
    memory.remember([{id: 'e1', name: 'Ganzhou', type: 'place'}], null)
    memory.enterUnit('highlight')
    expect(memory.remembers()).toBe(false)
  })

  it('looks first before the word, then back through this paragraph and the previous one, subjects first', () => {
    const memory = createDiscourse()
    memory.enterUnit('body')
    memory.remember([{id: 'e1', name: 'Ganzhou', type: 'place'}, {id: 'e2', name: 'China', type: 'place'}], null)
    memory.enterUnit('body')
    memory.remember([{id: 'e3', name: 'Lynas Rare Earths', type: 'organization'}], {id: 'e3', name: 'Lynas Rare Earths', type: 'organization'})
    expect(memory.find([], (party) => party.type === 'place')?.name).toBe('Ganzhou')
    expect(memory.find([{id: 'e4', name: 'Iluka Resources', type: 'organization'}], (party) => party.type === 'organization')?.name).toBe('Iluka Resources')
    expect(memory.findAuthor()?.name).toBe('Lynas Rare Earths')
  })

  it('forgets the paragraph before the previous one, and another region', () => {
    const memory = createDiscourse()
    memory.enterUnit('body')
    memory.remember([{id: 'e1', name: 'Ganzhou', type: 'place'}], null)
    memory.enterUnit('body')
    memory.enterUnit('body')
    expect(memory.find([], () => true)).toBeUndefined()
    memory.remember([{id: 'e1', name: 'Ganzhou', type: 'place'}], null)
    memory.enterUnit('highlight')
    expect(memory.find([], () => true)).toBeUndefined()
  })
})
