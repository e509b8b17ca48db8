import {describe, expect, it} from 'vitest'
import {buildTrie, isNameGap, matchTrie, nameKey} from '../../src/mentions/gazetteer-trie.js'
import {defineEntries} from '../../src/lexicon/gazetteer/types.js'
import {tokenize} from '../../src/mentions/tokenize.js'

const entries = [
  ...defineEntries('organization', [['Acme Rare Earths', 'Acme', 'ACM'], ['Acme Rare Earths Research Institute']]),
  ...defineEntries('place', [['Mount Example', 'Mt. Example']]),
  ...defineEntries('material', [['neodymium', 'Nd']])
]
const trie = buildTrie(entries)
const names = (text: string): string[] =>
  matchTrie(trie, tokenize(text), text).map((m) => `${m.entry.name}@${m.first}-${m.last}`)

describe('matchTrie', () => {
  it('takes the longest name at each place', () => {
    expect(names('Acme Rare Earths Research Institute and Acme')).toEqual([
      'Acme Rare Earths Research Institute@0-4',
      'Acme Rare Earths@6-6'
    ])
  })

  it('extends a company over its corporate suffixes', () => {
    expect(names('Acme Corp. sold Nd.')).toEqual(['Acme Rare Earths@0-1', 'neodymium@3-3'])
  })

  it('matches short names only in their own case', () => {
    expect(names('acm nd ND')).toEqual([])
    expect(names('ACM and Nd')).toEqual(['Acme Rare Earths@0-0', 'neodymium@2-2'])
  })

  it('needs a capital where the name has one', () => {
    expect(names('a mount example')).toEqual([])
  })

  it('does not join words across a sentence end', () => {
    expect(names('Acme Rare. Earths')).toEqual(['Acme Rare Earths@0-0'])
  })

  it('reads `Mt. Example` across the period of a short word', () => {
    expect(names('Mt. Example')).toEqual(['Mount Example@0-1'])
  })
})

describe('isNameGap', () => {
  it.each([
    ['Bayan Obo', true],
    ['Bayan-Obo', true],
    ['People’s Daily', true],
    ['Co., Ltd', true],
    ['China, Northern', false],
    ['China. Northern', false],
    ['Acme  /  Beta', false]
  ])('%s → %s', (text, expected) => {
    expect(isNameGap(tokenize(text), text, 0)).toBe(expected)
  })
})

describe('nameKey', () => {
  it('folds a name to its tokens', () => {
    expect(nameKey('Song  Zhiping')).toBe('song zhiping')
  })
})
