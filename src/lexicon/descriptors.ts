/**
 * Descriptors for public bodies and associations: `the ministry` refers back only to a party whose name says
 * what it is (`Ministry of Commerce`), never to a company named before it; and a company descriptor (`the
 * company`) never to a party named as one of these (`the China Rare Earth Industry Association`).
 *
 * @example
 * publicBodyNouns.includes('ministry') // → true
 */
export const publicBodyNouns: ReadonlyArray<string> = Object.freeze([
  'agency', 'ministry', 'department', 'regulator', 'government', 'administration', 'authority', 'authorities',
  'bureau', 'commission', 'council', 'committee', 'office', 'exchange', 'association', 'federation', 'alliance',
  'body', 'bloc', 'union', 'parliament', 'congress', 'legislature', 'court', 'cabinet', 'embassy', 'central bank',
  'military', 'army', 'navy', 'organization', 'organisation'
])

/**
 * Descriptors: the common nouns news English uses, after `the` or a possessive, to refer back to a party it has
 * already named (`Lynas … the miner said`, `Ganzhou … the city says`, `a USGS study … the report finds`). A
 * descriptor is resolved to the nearest earlier party of a type it can refer to; `refersTo` lists those types.
 *
 * What belongs: the generic head nouns of the kinds of party the field names (firms, agencies, publications,
 * places, documents, people in a role). The basis is the anaphoric "definite description" of news writing
 * (Halliday & Hasan 1976, general nouns; Vieira & Poesio 2000): a head noun that is a hypernym of the named
 * thing. A noun with two readings lists both (`paper` is a newspaper or a document; `state` a government or a
 * place; `partner` a company or a person).
 *
 * Left out on purpose: nouns that name a class of things rather than a party (`magnets`, `oxide`: see
 * `lexicon/generic-classes.ts`), nouns that name an event (`deal`, `meeting`), and `the writer` / `the author`
 * (the publisher's own voice: see `selfMentions` in `lexicon/judgment.ts`).
 *
 * @example
 * descriptors.find((row) => row.noun === 'city')?.refersTo // → ['place']
 */
export const descriptors: ReadonlyArray<Descriptor> = freezeRows([
  // organizations: companies
  ...nouns(['organization'], [
    'company', 'firm', 'group', 'miner', 'producer', 'refiner', 'processor', 'smelter', 'manufacturer', 'maker',
    'magnet maker', 'automaker', 'carmaker', 'supplier', 'developer', 'operator', 'explorer', 'startup', 'start-up',
    'corporation', 'conglomerate', 'subsidiary', 'parent', 'joint venture', 'consortium', 'enterprise', 'state-owned enterprise',
    'buyer', 'customer', 'seller', 'recycler', 'listed company', 'business', 'bank', 'lender', 'fund',
    'insurer', 'brokerage', 'broker', 'consultancy', 'research firm', 'research house', 'think tank',
    'institute', 'university', 'laboratory', 'lab', 'house', 'management', 'leadership', 'board'
  ]),
  // organizations: public bodies and associations
  ...nouns(['organization'], publicBodyNouns),
  // organizations: the press
  ...nouns(['organization'], [
    'publication', 'outlet', 'newspaper', 'magazine', 'news agency', 'wire', 'wire service', 'broadcaster',
    'network', 'daily', 'tabloid', 'journal', 'state media', 'state broadcaster', 'news site', 'price reporter',
    'price reporting agency'
  ]),
  // places
  ...nouns(['place'], [
    'city', 'town', 'village', 'county', 'district', 'province', 'prefecture', 'region', 'territory', 'country',
    'nation', 'island', 'capital', 'municipality', 'autonomous region', 'mine', 'deposit', 'site', 'plant',
    'facility', 'refinery', 'port', 'zone', 'hub'
  ]),
  // documents
  ...nouns(['document'], [
    'report', 'study', 'analysis', 'survey', 'assessment', 'review', 'white paper', 'statement', 'filing',
    'release', 'press release', 'announcement', 'notice', 'circular', 'bulletin', 'memo', 'letter', 'article',
    'story', 'column', 'editorial', 'op-ed', 'interview', 'note', 'research note', 'presentation', 'outlook',
    'forecast', 'estimate', 'guidance', 'data', 'figures', 'statistics', 'findings', 'document', 'decree',
    'directive', 'transcript', 'readout'
  ]),
  // people in a role
  ...nouns(['person'], [
    'executive', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst', 'economist', 'strategist',
    'researcher', 'scientist', 'professor', 'expert', 'minister', 'chairman', 'chairwoman', 'chair', 'president',
    'chief executive', 'ceo', 'founder', 'director', 'lawmaker', 'senator', 'governor', 'mayor',
    'ambassador', 'envoy', 'editor', 'columnist', 'correspondent', 'reporter', 'journalist', 'geologist',
    'consultant', 'adviser', 'advisor', 'diplomat', 'banker'
  ]),
  // two readings
  {noun: 'state', refersTo: ['organization', 'place']},
  {noun: 'side', refersTo: ['organization', 'place']},
  {noun: 'partner', refersTo: ['organization', 'person']},
  {noun: 'party', refersTo: ['organization', 'person']},
  {noun: 'paper', refersTo: ['organization', 'document']},
  {noun: 'trader', refersTo: ['organization', 'person']},
  {noun: 'investor', refersTo: ['organization', 'person']},
  {noun: 'source', refersTo: ['organization', 'person', 'document']}
])

/**
 * Nouns for the people and bodies news relays without naming them (`officials said`, `according to people
 * familiar with the matter`, `traders say`, `analysts at Jefferies wrote`), singular and plural. The basis is the
 * sourcing conventions of the wire style guides (AP Stylebook "anonymous sources"; Reuters Handbook "sourcing":
 * officials, sources, people familiar with the matter, analysts, traders, executives). Such a noun heads a source
 * that is a noun phrase (`Chinese officials`, `a Ganzhou-based trader`), or names the party they speak for when an
 * organization follows (`analysts at Jefferies`, `a spokeswoman for Toyota`: see `spokesNouns`).
 *
 * Left out on purpose: the writer's own (`we`, `this publication`), and nouns for the public at large
 * (`everyone`, `consumers`, `the public`), who are talked about, not quoted.
 *
 * @example
 * groupNouns.has('people') // → true
 */
export const groupNouns: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'trader', 'traders', 'official', 'officials', 'executive', 'executives', 'source', 'sources',
  'insider', 'insiders', 'people', 'person', 'expert', 'experts', 'observer', 'observers', 'critic', 'critics',
  'economist', 'economists', 'investor', 'investors', 'buyer', 'buyers', 'seller', 'sellers', 'producer', 'producers',
  'diplomat', 'diplomats', 'banker', 'bankers', 'lawyer', 'lawyers', 'researcher', 'researchers', 'scientist',
  'scientists', 'consultant', 'consultants', 'broker', 'brokers', 'dealer', 'dealers', 'participant', 'participants',
  'manufacturer', 'manufacturers', 'maker', 'makers', 'supplier', 'suppliers', 'customer', 'customers', 'user',
  'users', 'lawmaker', 'lawmakers', 'regulator', 'regulators', 'authorities', 'minister', 'ministers', 'strategist',
  'strategists', 'journalist', 'journalists', 'reporter', 'reporters', 'editor', 'editors', 'commentator',
  'commentators', 'columnist', 'columnists', 'engineer', 'engineers', 'geologist', 'geologists', 'spokesperson',
  'spokespeople', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'representative', 'representatives',
  'delegate', 'delegates', 'negotiator', 'negotiators', 'media', 'press', 'industry', 'team', 'staff', 'employee',
  'employees', 'worker', 'workers', 'resident', 'residents', 'veteran', 'veterans', 'watcher', 'watchers',
  'specialist', 'specialists', 'adviser', 'advisers', 'advisor', 'advisors', 'director', 'directors', 'manager',
  'managers', 'head', 'chief', 'founder', 'chairman', 'chairwoman', 'president', 'ceo', 'cfo'
])

/**
 * Collective nouns for people acting together, which speak as a group (`A coalition of environmental groups
 * said …`): a source as written, never resolved to an entity.
 *
 * @example
 * collectiveNouns.has('coalition') // → true
 */
export const collectiveNouns: ReadonlySet<string> = new Set([
  'coalition', 'coalitions', 'campaign', 'campaigners', 'activists', 'opponents', 'proponents', 'supporters',
  'members', 'locals', 'villagers', 'farmers', 'unions', 'lobby', 'lobbyists', 'delegation', 'panel', 'jury',
  'community', 'communities', 'stakeholders', 'partners', 'peers', 'rivals', 'competitors'
])

// Nouns in -er/-or/-ist/-ian that name things or ideas, not people who act or speak.
const thingNouns: ReadonlySet<string> = new Set([
  'number', 'other', 'order', 'matter', 'letter', 'water', 'quarter', 'layer', 'border', 'center', 'centre',
  'chapter', 'power', 'filter', 'container', 'corner', 'factor', 'sector', 'vector', 'error', 'mirror', 'floor',
  'paper', 'poster', 'answer', 'winter', 'summer', 'member', 'river', 'tower', 'computer', 'parameter', 'meter',
  'metre', 'liter', 'litre', 'reactor', 'motor', 'rotor', 'conductor', 'semiconductor', 'separator', 'sensor',
  'indicator', 'monitor', 'detector', 'converter', 'transformer', 'inverter', 'generator', 'accelerator',
  'processor', 'buffer', 'cluster', 'register', 'charter', 'disaster', 'manner', 'banner', 'barrier', 'carrier',
  'feather', 'weather', 'mixer', 'roller', 'counter', 'trailer', 'favor', 'favour', 'flavor', 'honor', 'honour',
  'labor', 'labour', 'error', 'horror', 'terror', 'tenor', 'tumor', 'vapor', 'armor', 'color', 'colour',
  'corridor', 'harbor', 'harbour', 'interior', 'exterior', 'mist', 'list', 'twist', 'wrist', 'fist', 'gist',
  'guardian', 'median', 'meridian', 'ruffian', 'christian', 'librarian'
])

/**
 * A common noun for people by what they do (agent nouns: `exporters`, `distributors`, `refiners`,
 * `economists`, `historians`), singular or plural, or a collective noun: a party when it is the subject of a verb
 * of saying or follows `according to`, even though no lexicon lists it. Decided by form, so a trade word no list
 * holds (`recyclers`, `toll processors` excepted: a thing) still speaks.
 *
 * @example
 * isAgentNoun('exporters') // → true
 * isAgentNoun('numbers') // → false
 */
export function isAgentNoun(noun: string): boolean {
  if (collectiveNouns.has(noun)) return true
  const single = noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun
  if (single.length < 5 || thingNouns.has(single)) return false
  return single.endsWith('er') || single.endsWith('or') || single.endsWith('ist') || single.endsWith('ian')
}

/**
 * The people who speak for an organization by office: with `for`, `of` or `at` and an organization after them, the
 * organization is the source (`a spokesman for Ningbo Yunsheng said` relays Ningbo Yunsheng).
 *
 * @example
 * spokesNouns.has('spokeswoman') // → true
 */
export const spokesNouns: ReadonlySet<string> = new Set([
  'spokesperson', 'spokespeople', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'representative',
  'representatives', 'press officer', 'press office'
])

/**
 * Personal pronouns that refer back to a party, with their number and whether they refer to a person.
 * `reference` is `person` for `he`/`she` forms, `nonperson` for `it` forms, and `any` for `they` forms (news
 * English writes `they` of an organization as well as of people, and `they` of one person of unstated gender).
 *
 * Left out on purpose: `we`, `us`, `our` (the writer or, in a quotation, the speaker: see `selfMentions`),
 * `I`/`me`/`you` (inside quotations only), and demonstratives (`this`, `these`), which refer to whole
 * propositions more often than to a party.
 *
 * @example
 * pronouns.find((row) => row.form === 'its') // → {form: 'its', number: 'singular', reference: 'nonperson'}
 */
export const pronouns: ReadonlyArray<Pronoun> = Object.freeze(
  (
    [
      ['they', 'plural', 'any'], ['them', 'plural', 'any'], ['their', 'plural', 'any'], ['theirs', 'plural', 'any'],
      ['themselves', 'plural', 'any'], ['it', 'singular', 'nonperson'], ['its', 'singular', 'nonperson'],
      ['itself', 'singular', 'nonperson'], ['he', 'singular', 'person'], ['him', 'singular', 'person'],
      ['his', 'singular', 'person'], ['himself', 'singular', 'person'], ['she', 'singular', 'person'],
      ['her', 'singular', 'person'], ['hers', 'singular', 'person'], ['herself', 'singular', 'person']
    ] as const
  ).map(([form, number, reference]) => Object.freeze({form, number, reference}))
)

/**
 * A descriptor noun and the types of party it can refer back to.
 *
 * @example
 * const row: Descriptor = {noun: 'regulator', refersTo: ['organization']}
 */
export interface Descriptor {
  readonly noun: string
  readonly refersTo: ReadonlyArray<DescriptorTarget>
}

/**
 * What a descriptor can refer to: an entity type of the Article, or a document (a report, a filing) that the
 * text named earlier.
 *
 * @example
 * const target: DescriptorTarget = 'document'
 */
export type DescriptorTarget = 'organization' | 'person' | 'place' | 'document'

/**
 * A pronoun with its number and reference.
 *
 * @example
 * const row: Pronoun = {form: 'they', number: 'plural', reference: 'any'}
 */
export interface Pronoun {
  readonly form: string
  readonly number: 'singular' | 'plural'
  readonly reference: 'person' | 'nonperson' | 'any'
}

function nouns(refersTo: ReadonlyArray<DescriptorTarget>, list: ReadonlyArray<string>): Descriptor[] {
  return list.map((noun) => ({noun, refersTo}))
}

function freezeRows(rows: ReadonlyArray<Descriptor>): ReadonlyArray<Descriptor> {
  return Object.freeze(rows.map((row) => Object.freeze({noun: row.noun, refersTo: Object.freeze([...row.refersTo])})))
}
