import {companies} from './companies.js'
import {institutions} from './institutions.js'
import {materials} from './materials.js'
import {people} from './people.js'
import {places} from './places.js'
import {policies} from './policies.js'
import {press} from './press.js'
import type {GazetteerEntry} from './types.js'

export type {GazetteerEntry, EntryRow} from './types.js'
export {defineEntries} from './types.js'

/**
 * The whole curated gazetteer of the rare-earth and critical-minerals field: organizations (companies,
 * agencies, associations, exchanges, the press), places (countries, regions, cities, mines), materials
 * (elements, oxides, alloys, ores, other critical minerals), a few people, and laws and programs (`other`). Frozen; docs/claims.md says
 * how to extend it.
 *
 * @example
 * gazetteer.find((entry) => entry.aliases.includes('CREIA'))?.name // → 'China Rare Earth Industry Association'
 */
export const gazetteer: ReadonlyArray<GazetteerEntry> = Object.freeze([
  ...companies,
  ...institutions,
  ...press,
  ...places,
  ...materials,
  ...people,
  ...policies
])
