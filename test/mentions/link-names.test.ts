import {describe, expect, it} from 'vitest'
import {readParagraphs} from '../helpers/stages.js'

// Names an article uses after its first mention of a party (`linkNames`), read through the mentions stage.
const entities = (paragraphs: ReadonlyArray<string>) =>
  readParagraphs(paragraphs).entities.map((entity) => ({name: entity.name, type: entity.type, mentions: entity.mentions.map((m) => m.text)}))

describe('linkNames', () => {
  it('links a surname alone to the person named in full before, wherever it stands', () => {
    expect(entities(['Ines Carvalho, a trader at Sojitz, spoke in Lisbon.', 'Carvalho was blunt about cobalt.'])).toContainEqual({
      name: 'Ines Carvalho',
      type: 'person',
      mentions: ['Ines Carvalho', 'Carvalho']
    })
  })

  it('makes a name a person when its surname later stands where a speaker stands', () => {
    expect(entities(['Ines Carvalho founded Ridgeback Minerals in 2019.', 'According to Carvalho, cobalt will recover.'])).toContainEqual({
      name: 'Ines Carvalho',
      type: 'person',
      mentions: ['Ines Carvalho', 'Carvalho']
    })
  })

  it('makes a name a person when `he` or `she` follows', () => {
    expect(entities(['In a long interview, Ines Carvalho took aim at Lisbon.', 'She argues that cobalt is oversupplied.'])).toContainEqual(
      expect.objectContaining({name: 'Ines Carvalho', type: 'person'})
    )
  })

  it('leaves a name without such evidence alone', () => {
    expect(entities(['Ines Carvalho founded the fund in Portugal.']).map((entity) => entity.name)).toEqual(['Portugal'])
  })

  it('links an organization’s short name to the organization found by its form', () => {
    expect(entities(['Ridgeback Minerals drilled in Namibia.', 'Ridgeback’s assays came back in May.'])).toContainEqual({
      name: 'Ridgeback Minerals',
      type: 'organization',
      mentions: ['Ridgeback Minerals', 'Ridgeback']
    })
  })

  it('reads a short name used as a speaker as the organization, not a person', () => {
    const found = entities(['Harrow Point Resources drilled in Namibia.', 'Harrow Point said the assays were strong.'])
    expect(found.find((entity) => entity.name === 'Harrow Point Resources')?.mentions).toEqual(['Harrow Point Resources', 'Harrow Point'])
    expect(found.some((entity) => entity.type === 'person')).toBe(false)
  })
})
