import {defineEntries} from './types.js'

/**
 * A few people the field names often; others are found by their form (a title before a name, `X said`).
 *
 * @example
 * people.find((entry) => entry.aliases.includes('Lutnick'))?.name // → 'Howard Lutnick'
 */
export const people = defineEntries('person', [
  ['Xi Jinping', 'President Xi'],
  ['Li Qiang', 'Premier Li'],
  ['He Lifeng'],
  ['Wang Wentao'],
  ['Donald Trump', 'Trump', 'President Trump'],
  ['Joe Biden', 'Biden'],
  ['Howard Lutnick', 'Lutnick'],
  ['Doug Burgum', 'Burgum'],
  ['Anthony Albanese', 'Albanese'],
  ['James Litinsky', 'Jim Litinsky', 'Litinsky'],
  ['Amanda Lacaze', 'Lacaze'],
  ['Ursula von der Leyen', 'von der Leyen']
])
