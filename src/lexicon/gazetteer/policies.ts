import {defineEntries} from './types.js'

/**
 * Laws, programs and policies the field argues about: entities of type `other`, so a claim that names one is
 * checkable against it.
 *
 * @example
 * policies.find((entry) => entry.aliases.includes('IRA'))?.name // → 'Inflation Reduction Act'
 */
export const policies = defineEntries('other', [
  ['Inflation Reduction Act', 'IRA'],
  ['Defense Production Act', 'DPA'],
  ['CHIPS and Science Act', 'CHIPS Act'],
  ['National Defense Authorization Act', 'NDAA'],
  ['Critical Raw Materials Act', 'CRMA'],
  ['Made in China 2025'],
  ['Belt and Road Initiative', 'Belt and Road', 'BRI'],
  ['Section 232'],
  ['Export Control Law'],
  ['Rare Earth Management Regulations', 'Rare Earth Management Regulation', 'Interim Measures for the Total Volume Control of Rare Earth Mining and Smelting Separation']
])
