import {describe, expect, it} from 'vitest'
import {genericClasses} from '../../src/lexicon/generic-classes.js'
import {findEntities} from '../../src/mentions/find-entities.js'
import {gazetteer} from '../../src/lexicon/gazetteer/index.js'
import {malformed} from './well-formed.js'

describe('genericClasses', () => {
  it('is well formed', () => {
    expect(malformed(genericClasses)).toEqual([])
  })

  it('holds the class names of SPEC §5 in singular and plural', () => {
    for (const name of ['permanent magnet', 'permanent magnets', 'rare earth metal', 'rare earth metals', 'rare earth magnets', 'rare earths', 'critical minerals']) {
      expect(genericClasses.has(name)).toBe(true)
    }
  })

  it('shares no name with a material, place or person of the gazetteer: a name is a class or an entity', () => {
    // A company named after a class (`Critical Metals Corp`, alias `Critical Metals`) is matched only capitalized.
    const names = gazetteer
      .filter((entry) => entry.type !== 'organization')
      .flatMap((entry) => [entry.name, ...entry.aliases].map((name) => name.toLowerCase()))
    expect(names.filter((name) => genericClasses.has(name))).toEqual([])
  })

  it('keeps specific materials as entities', () => {
    const materials = new Set(gazetteer.filter((entry) => entry.type === 'material').map((entry) => entry.name))
    for (const name of ['dysprosium', 'NdPr', 'NdFeB', 'dysprosium oxide', 'terbium oxide', 'monazite', 'mixed rare earth carbonate']) expect(materials.has(name)).toBe(true)
  })

  it('no longer reports a class as an entity', () => {
    const text = 'Permanent magnets, heavy rare earths and rare earth oxides are critical minerals; NdPr oxide is one product.'
    expect(findEntities(text).map((entity) => `${entity.type}:${entity.name}`)).toEqual(['material:NdPr'])
  })
})
