import {describe, expect, it} from 'vitest'
import {findEntities} from '../../src/index.js'
import {gazetteer} from '../../src/lexicon/gazetteer/index.js'
import {buildBags, matchBag} from '../../src/mentions/fuzzy-names.js'

const bags = buildBags(gazetteer)
const names = (text: string): string[] => findEntities(text).map((entity) => entity.name)

describe('misspelt and reordered organization names', () => {
  it('matches a known name written in another order with one misspelt word', () => {
    expect(matchBag(bags, ['northen', 'china', 'rare', 'earth', 'group'])?.name).toMatch(/^China Northern Rare Earth/)
    expect(matchBag(bags, ['rare', 'earth', 'china', 'northern', 'group'])?.name).toMatch(/^China Northern Rare Earth/)
  })

  it('does not match a different first letter, a short word or two misspelt words', () => {
    expect(matchBag(bags, ['southern', 'china', 'rare', 'earth', 'group'])).toBeUndefined()
    expect(matchBag(bags, ['nothen', 'china', 'rair', 'earth', 'group'])).toBeUndefined()
  })

  it('widens a known name inside a misspelt longer one to the organization it names', () => {
    expect(names('Source: Nothen China Rare Earth Group')).toEqual([expect.stringMatching(/^China Northern Rare Earth/)])
    expect(names('Northen China Rare Earth Group said.')).toEqual([expect.stringMatching(/^China Northern Rare Earth/)])
  })

  it('leaves a correctly written known name alone', () => {
    expect(names('The China Rare Earth Group met.')).toEqual(['China Rare Earth Group'])
  })
})
