/**
 * Words that end (or head) the name of an organization, so that a run of capitalized words holding one is an
 * organization's name even when the gazetteer does not know it. Lower case, as tokens (`Co.` → `co`).
 *
 * - `legal`: legal forms of companies across the jurisdictions the field reports on (`Ltd`, `Inc`, `Corp`,
 *   `PLC`, `GmbH`, `AG`, `JSC`, `Pty`): the endings company registers require.
 * - `body`: the head nouns of public bodies, associations, institutions and companies (`Ministry`, `Agency`,
 *   `Association`, `University`, `Group`, `Holdings`, `Bank`).
 * - `industry`: the trade words with which the field's companies and research houses are named (`Minerals`,
 *   `Metals`, `Mining`, `Materials`, `Resources`, `Magnetics`, `Rare Earths`, `Capital`, `Securities`,
 *   `Research`, `Intelligence`): `Polaris Minerals`, `Thornbury Capital`, `Halyard Research`. The basis is the
 *   naming practice of listed mining, materials and financial companies (the sector names of the ASX, TSX and
 *   LSE mining lists: resources, minerals, metals, mining, materials, energy; and of brokers: capital, securities,
 *   partners, research).
 *
 * `industryWords` are those of the third group: they are also plain nouns (`Sales and Securities Divisions`), so
 * they make a name only right after a name word, never after `and` or `of`.
 *
 * A run whose words are all a generic class (`Rare Earths`, `Critical Minerals`: `lexicon/generic-classes.ts`)
 * is no organization, whatever its capitals.
 *
 * `Works` is here for the works of industry (`Meridian Magnet Works`): mid-sentence and capitalized it is a name.
 *
 * Left out on purpose: words that are as often a common noun at the start of a sentence (`Trade`, `Industry`,
 * `Supply`, `Power`, `Global`), and `Trading`, which names only with another word of this list.
 *
 * @example
 * industryWords.has('minerals') // → true
 */
export const industryWords: ReadonlySet<string> = new Set([
  'resources', 'minerals', 'metals', 'mining', 'materials', 'magnetics', 'magnets', 'earths', 'energy', 'capital',
  'securities', 'research', 'intelligence', 'partners', 'industries', 'technologies', 'ventures', 'investments',
  'analytics', 'consulting', 'advisory', 'enterprises', 'chemicals', 'refining', 'exploration', 'elements', 'works'
])

/**
 * Every word of the three groups above: a run of capitalized words holding one is an organization's name.
 *
 * @example
 * organizationWords.has('ministry') // → true
 */
export const organizationWords: ReadonlySet<string> = new Set([
  // legal
  'co', 'ltd', 'inc', 'corp', 'corporation', 'company', 'limited', 'llc', 'plc', 'gmbh', 'jsc', 'pty', 'ag', 'nv', 'sa',
  'lp', 'llp', 'bhd', 'tbk', 'spa', 'oyj', 'asa',
  // bodies
  'group', 'holdings', 'association', 'institute', 'ministry', 'department', 'commission', 'exchange', 'agency',
  'bureau', 'council', 'administration', 'authority', 'university', 'academy', 'society', 'federation', 'committee',
  'alliance', 'consortium', 'laboratory', 'laboratories', 'bank', 'fund', 'school', 'college', 'foundation',
  'center', 'centre', 'office', 'army', 'partnership', 'coalition', 'forum', 'chamber', 'board',
  ...industryWords
])
