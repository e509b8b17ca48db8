import {describe, expect, it} from 'vitest'
import {foldCase, isAllCaps, isCapitalized, tokenize} from '../../src/mentions/tokenize.js'

describe('tokenize', () => {
  it('splits words with their offsets', () => {
    expect(tokenize('Lynas, MP & Co.')).toEqual([
      {text: 'Lynas', lower: 'lynas', start: 0, end: 5},
      {text: 'MP', lower: 'mp', start: 7, end: 9},
      {text: '&', lower: '&', start: 10, end: 11},
      {text: 'Co', lower: 'co', start: 12, end: 14}
    ])
  })

  it('splits glued camel-case words', () => {
    expect(tokenize('EarthGroup NdFeB').map((t) => t.text)).toEqual(['Earth', 'Group', 'Nd', 'Fe', 'B'])
  })

  it('splits at Thai mojibake like at an apostrophe', () => {
    expect(tokenize('Chinaโs isn’t').map((t) => t.text)).toEqual(['China', 's', 'isn', 't'])
  })

  it('folds accents and case', () => {
    expect(tokenize('Norra Kärr')[1]?.lower).toBe('karr')
    expect(foldCase('Québec')).toBe('quebec')
  })

  it('returns no token for text without words', () => {
    expect(tokenize(' ,.-โ ')).toEqual([])
  })
})

describe('case predicates', () => {
  it.each([
    ['Lynas', true, false],
    ['lynas', false, false],
    ['USA', true, true],
    ['Élan', true, false],
    ['123', false, false]
  ])('%s: capitalized %s, all caps %s', (word, capitalized, allCaps) => {
    expect(isCapitalized(word)).toBe(capitalized)
    expect(isAllCaps(word)).toBe(allCaps)
  })
})

describe('packed tokens', () => {
  it('give back the tokens a word table made, strings shared', async () => {
    const {createWordTable, packTokens, tokenize, tokensOf} = await import('../../src/mentions/tokenize.js')
    const table = createWordTable()
    const text = 'Lynas said Lynas’s NdFeB plant in Kalgoorlie & Mount Weld grew 5%.'
    const tokens = tokenize(text, table)
    expect(tokenize(text)).toEqual(tokens)
    const again = tokenize('Lynas grew.', table)
    expect(again[0]?.text).toBe(tokens[0]?.text)
    expect(tokensOf(packTokens(tokens), table)).toEqual(tokens)
    expect(tokensOf(tokens, table)).toBe(tokens)
  })
})
