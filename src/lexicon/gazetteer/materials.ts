import {defineEntries} from './types.js'

/**
 * The seventeen rare earth elements. Only the symbols the field writes alone (`Nd`, `Dy`, `Tb`) are aliases:
 * the others are also words or name parts (`La Rochelle`, `Er`, `Eu`).
 */
const elements = defineEntries('material', [
  ['lanthanum'],
  ['cerium'],
  ['praseodymium'],
  ['neodymium', 'Nd'],
  ['promethium'],
  ['samarium'],
  ['europium'],
  ['gadolinium'],
  ['terbium', 'Tb'],
  ['dysprosium', 'Dy', 'dysporsium'],
  ['holmium'],
  ['erbium'],
  ['thulium'],
  ['ytterbium'],
  ['lutetium'],
  ['scandium'],
  ['yttrium']
])

/**
 * Oxides, metals, magnet alloys, ore minerals and intermediate products of the rare-earth chain: each one
 * product that one price could be quoted for. Names of classes (`rare earth oxides`, `heavy rare earths`,
 * `permanent magnets`, `ionic clay`) are not entities: they are in `lexicon/generic-classes.ts`.
 */
const products = defineEntries('material', [
  ['NdPr', 'NdPr oxide', 'Nd-Pr', 'PrNd', 'neodymium-praseodymium', 'praseodymium-neodymium', 'neodymium-praseodymium oxide', 'didymium'],
  ['NdFeB', 'NdFeB magnets', 'Nd-Fe-B', 'neodymium-iron-boron', 'neodymium iron boron', 'neodymium magnets', 'neodymium magnet', 'sintered NdFeB'],
  ['SmCo', 'samarium-cobalt', 'samarium cobalt', 'SmCo magnets', 'samarium-cobalt magnets'],
  ['dysprosium oxide', 'Dy2O3', 'dysprosium oxides'],
  ['terbium oxide', 'Tb4O7', 'terbium oxides'],
  ['neodymium oxide', 'Nd2O3'],
  ['praseodymium oxide', 'Pr6O11'],
  ['lanthanum oxide', 'La2O3'],
  ['cerium oxide', 'CeO2'],
  ['yttrium oxide', 'Y2O3'],
  ['europium oxide', 'Eu2O3'],
  ['gadolinium oxide', 'Gd2O3'],
  ['samarium oxide', 'Sm2O3'],
  ['scandium oxide', 'Sc2O3'],
  ['mixed rare earth carbonate', 'MREC', 'rare earth carbonate'],
  ['mixed rare earth oxide', 'MREO'],
  ['NdPr metal', 'neodymium-praseodymium metal', 'PrNd metal'],
  ['neodymium metal'],
  ['dysprosium metal'],
  ['terbium metal'],
  ['monazite'],
  ['bastnäsite', 'bastnasite', 'bastnaesite'],
  ['xenotime'],
  ['thorium'],
  ['uranium']
])

/** Other critical minerals and metals, one element or mineral each (the class `platinum group metals` is not an entity). */
const criticalMinerals = defineEntries('material', [
  ['lithium', 'lithium carbonate', 'lithium hydroxide', 'spodumene'],
  ['cobalt'],
  ['nickel'],
  ['graphite', 'natural graphite', 'synthetic graphite'],
  ['gallium'],
  ['germanium'],
  ['antimony'],
  ['tungsten', 'APT', 'ammonium paratungstate'],
  ['molybdenum'],
  ['manganese'],
  ['vanadium'],
  ['titanium'],
  ['zirconium', 'zircon'],
  ['hafnium'],
  ['niobium'],
  ['tantalum'],
  ['indium'],
  ['tellurium'],
  ['bismuth'],
  ['beryllium'],
  ['magnesium'],
  ['tin'],
  ['copper'],
  ['silver'],
  ['platinum'],
  ['palladium'],
  ['boron'],
  ['fluorspar', 'fluorite']
])

/**
 * Every material of the gazetteer.
 *
 * @example
 * materials.find((entry) => entry.aliases.includes('Dy2O3'))?.name // → 'dysprosium oxide'
 */
export const materials = Object.freeze([...elements, ...products, ...criticalMinerals])
