import {describe, expect, it} from 'vitest'
import {findProperNames} from '../../src/mentions/proper-names.js'
import {tokenize} from '../../src/mentions/tokenize.js'

const names = (text: string): string[] => {
  const tokens = tokenize(text)
  return findProperNames(tokens, text, []).map(
    (n) => `${n.type}:${text.slice(tokens[n.first]?.start, tokens[n.last]?.end)}`
  )
}

describe('findProperNames', () => {
  it.each([
    ['an organization ends at its last company word', 'Acme Group Announces Deal with buyers.', ['organization:Acme Group']],
    ['an organization goes on through `of`', 'The Ministry of Ecology and Environment met.', ['organization:Ministry of Ecology and Environment']],
    ['a person follows a title', 'Vice Minister Zhang Kejian spoke.', ['person:Zhang Kejian']],
    ['a person precedes a title after a comma', 'It was led by Liu Peixun, Chairman of the board.', ['person:Liu Peixun']],
    ['a person precedes a verb of saying', 'Jane Roe said so.', ['person:Jane Roe']],
    ['a bare keyword is no name', 'The Association met.', []],
    ['sentence-opening words are dropped', 'The Baotou Research Institute grew.', ['organization:Baotou Research Institute']],
    ['a sentence-opening common noun is no speaker', 'Leadership said so.', []],
    ['capitalized words alone are no name', 'Western Allies Watch Closely as prices rise.', []]
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // People by form without a title (SPEC §5), and the trade words that name the field's companies.
  it.each([
    ['a name before a lower-case role after a comma', 'Prices fell, said Ines Carvalho, a metals trader in Lisbon.', ['person:Ines Carvalho']],
    ['a name before `, who`', 'Ines Carvalho, who trades cobalt, disagrees.', ['person:Ines Carvalho']],
    ['a name before a role with modifiers', 'Ines Carvalho, managing director of the fund, spoke.', ['person:Ines Carvalho']],
    ['a name before a verb of saying across an aside', 'Ines Carvalho, speaking in Lisbon on Monday, said prices fell.', ['person:Ines Carvalho']],
    ['a name after a verb of saying after a quotation', '“Prices fell,” wrote Ines Carvalho in a note.', ['person:Ines Carvalho']],
    ['a name before a verb of saying in the present', 'Ines Carvalho argues that prices fell.', ['person:Ines Carvalho']],
    ['a name of an organization named by its trade word', 'Prices fell at Ridgeback Minerals and Ostrava Capital.', ['organization:Ridgeback Minerals', 'organization:Ostrava Capital']],
    ['a person of an organization found by its form', 'Ines Carvalho of Ridgeback Research said so.', ['person:Ines Carvalho', 'organization:Ridgeback Research']],
    ['an organization with `of` keeps its company word first', 'The Bank of Portugal said so.', ['organization:Bank of Portugal']],
    ['a generic class is no organization', 'Prices of Critical Minerals fell.', []],
    ['a name after `said` that does not end the clause is no speaker', 'He said Ridgeback Holdings had grown.', ['organization:Ridgeback Holdings']],
    ['a romanized given name with a hyphen, surname first', '“Prices fell,” said Choi Seo-yeon, an analyst.', ['person:Choi Seo-yeon']],
    ['a romanized given name with a hyphen, surname last', 'Min-jun Kang said prices fell.', ['person:Min-jun Kang']],
    ['an English word after a hyphen is no syllable of a name', 'The Ridgeback-run plant and a Japan-wide survey said so.', []]
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('keeps an unnamed run shaped like a personal name for later evidence', () => {
    const text = 'Ines Carvalho founded the fund in Lisbon.'
    const leftovers: ReturnType<typeof findProperNames> = []
    expect(findProperNames(tokenize(text), text, [], leftovers)).toEqual([])
    expect(leftovers).toEqual([{type: 'person', first: 0, last: 1}])
  })

  it('splits thousands of companies joined by `and` without running out of stack', () => {
    const text = `${'Acme Group and '.repeat(20000)}Zeta Group met.`
    const found = findProperNames(tokenize(text), text, [])
    expect(found).toHaveLength(20001)
    expect(found.every((name) => name.type === 'organization' && name.last - name.first === 1)).toBe(true)
  })

  it('stops at blocked tokens', () => {
    const text = 'Lynas Group said so.'
    expect(findProperNames(tokenize(text), text, [1, 0, 0, 0])).toEqual([])
  })
})
