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
