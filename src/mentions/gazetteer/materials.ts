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

/** Oxides, alloys, magnets, ores and intermediate products of the rare-earth chain. */
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
  ['rare earth oxides', 'rare earth oxide', 'rare-earth oxides', 'rare-earth oxide', 'REO', 'TREO'],
  ['mixed rare earth carbonate', 'MREC', 'rare earth carbonate'],
  ['mixed rare earth oxide', 'MREO'],
  ['NdPr metal', 'neodymium-praseodymium metal', 'PrNd metal'],
  ['neodymium metal'],
  ['dysprosium metal'],
  ['terbium metal'],
  ['rare earth metals', 'rare-earth metals'],
  ['rare earth alloys', 'rare-earth alloys', 'magnet alloys'],
  ['light rare earth elements', 'light rare earths', 'LREE', 'LREEs', 'light rare earth'],
  ['heavy rare earth elements', 'heavy rare earths', 'HREE', 'HREEs', 'heavy rare earth', 'medium-heavy rare earth'],
  ['permanent magnets', 'permanent magnet', 'rare earth magnets', 'rare-earth magnets', 'rare earth magnet'],
  ['monazite'],
  ['bastnäsite', 'bastnasite', 'bastnaesite'],
  ['xenotime'],
  ['ionic clay', 'ionic clays', 'ionic adsorption clay', 'ion-adsorption clay', 'ionic clay deposits'],
  ['thorium'],
  ['uranium']
])

/** Other critical minerals and metals. */
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
  ['platinum group metals', 'PGMs', 'platinum', 'palladium'],
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
