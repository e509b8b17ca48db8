/**
 * Generic classes: common noun phrases that name a category of products or substances, not one real-world
 * thing (SPEC §5: generic classes are not entities). `permanent magnets`, `rare earth metals`, `heavy rare
 * earths` and `critical minerals` each cover many products with different prices, makers and specifications,
 * so a sentence that names one names no checkable party.
 *
 * The rule, class or entity: could one price be quoted for it as one product? A class has a plural or mass
 * head for a kind (`metals`, `minerals`, `magnets`, `oxides`, `elements`, `alloys`, `clays`) whose modifiers
 * narrow the kind but do not pick out one substance: `rare earth oxides` is a basket, `heavy rare earths` a
 * group of elements, `permanent magnets` covers NdFeB, SmCo and ferrite. An entity is one named element
 * (`dysprosium`), compound or trade product with a specification (`NdPr oxide`, `dysprosium oxide`, `NdFeB`,
 * `MREC`), or mineral species (`monazite`, `bastnäsite`): those stay in `mentions/gazetteer/materials.ts`.
 *
 * Listed lower case, singular and plural, spaced and hyphenated (`rare earth`, `rare-earth`), with the
 * acronyms the field writes for a class (`REE`, `HREE`, `TREO`, `PGMs`).
 *
 * Left out on purpose: one-word common nouns no finder mistakes for a name (`ore`, `metal`, `oxide`), and
 * class names that are also an entity's alias (`rare earth carbonate` is the short name of MREC).
 *
 * @example
 * genericClasses.has('permanent magnets') // → true
 * genericClasses.has('ndpr oxide') // → false (one product: an entity)
 */
export const genericClasses: ReadonlySet<string> = new Set([
  // rare earths as a class
  'rare earth', 'rare earths', 'rare-earth', 'rare-earths', 'rare earth element', 'rare earth elements',
  'rare-earth element', 'rare-earth elements', 'ree', 'rees', 'rare earth metal', 'rare earth metals',
  'rare-earth metal', 'rare-earth metals', 'rare earth oxide', 'rare earth oxides', 'rare-earth oxide',
  'rare-earth oxides', 'reo', 'reos', 'treo', 'total rare earth oxide', 'total rare earth oxides',
  'rare earth alloy', 'rare earth alloys', 'rare-earth alloy', 'rare-earth alloys', 'magnet alloy', 'magnet alloys',
  'rare earth compound', 'rare earth compounds', 'rare earth concentrate', 'rare earth concentrates',
  'rare earth product', 'rare earth products', 'rare earth material', 'rare earth materials',
  'light rare earth', 'light rare earths', 'light rare earth element', 'light rare earth elements', 'lree', 'lrees',
  'heavy rare earth', 'heavy rare earths', 'heavy rare earth element', 'heavy rare earth elements', 'hree', 'hrees',
  'medium-heavy rare earth', 'medium-heavy rare earths', 'mid-heavy rare earths',
  // magnets as a class
  'magnet', 'magnets', 'permanent magnet', 'permanent magnets', 'rare earth magnet', 'rare earth magnets',
  'rare-earth magnet', 'rare-earth magnets', 'rare earth permanent magnet', 'rare earth permanent magnets',
  'sintered magnet', 'sintered magnets', 'bonded magnet', 'bonded magnets', 'magnet material', 'magnet materials',
  // deposit types
  'ionic clay', 'ionic clays', 'ionic adsorption clay', 'ionic adsorption clays', 'ion-adsorption clay',
  'ion-adsorption clays', 'ionic clay deposit', 'ionic clay deposits', 'mineral sands', 'heavy mineral sands',
  // minerals and metals as classes
  'critical mineral', 'critical minerals', 'critical raw material', 'critical raw materials', 'critical metal',
  'critical metals', 'strategic mineral', 'strategic minerals', 'strategic metal', 'strategic metals',
  'battery metal', 'battery metals', 'battery mineral', 'battery minerals', 'battery material', 'battery materials',
  'base metal', 'base metals', 'precious metal', 'precious metals', 'minor metal', 'minor metals',
  'technology metal', 'technology metals', 'rare metal', 'rare metals', 'specialty metal', 'specialty metals',
  'non-ferrous metal', 'non-ferrous metals', 'nonferrous metals', 'industrial mineral', 'industrial minerals',
  'mineral concentrate', 'mineral concentrates', 'platinum group metal', 'platinum group metals',
  'platinum group element', 'platinum group elements', 'pgm', 'pgms'
])
