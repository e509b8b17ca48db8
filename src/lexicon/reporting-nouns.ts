/**
 * Nouns for things that say: the documents, publications and utterances news English treats as a speaker
 * (`the report says`, `according to the filing`, `an assessment by Fastmarkets`, `USGS data show`).
 *
 * What belongs: a countable or mass noun whose referent carries a message and so can be the subject of a verb
 * of saying or the object of `according to`. The basis is the genres news reporting cites: research and
 * analysis (`study`, `survey`, `white paper`), official and corporate disclosure (`statement`, `filing`,
 * `notice`, `circular`, `guidance`), the press itself (`column`, `editorial`, `interview`), and figures
 * (`data`, `statistics`, `estimates`). Singular and plural are both listed; multiword nouns keep one space.
 *
 * Left out on purpose: nouns that name an event rather than a text (`meeting`, `conference`, `summit`,
 * `hearing`), plans and programs (`plan`, `strategy`, `roadmap`: they state aims, they are not speakers), and
 * laws (`act`, `law`: entities of type `other` in the gazetteer).
 *
 * @example
 * reportingNouns.has('white paper') // → true
 */
export const reportingNouns: ReadonlySet<string> = new Set([
  // research and analysis
  'report', 'reports', 'study', 'studies', 'assessment', 'assessments', 'analysis', 'analyses', 'survey', 'surveys',
  'poll', 'polls', 'review', 'reviews', 'research', 'findings', 'investigation', 'investigations', 'audit', 'audits',
  'paper', 'papers', 'white paper', 'white papers', 'working paper', 'working papers', 'policy paper', 'policy brief',
  'position paper', 'brief', 'note', 'notes', 'research note', 'research notes', 'client note', 'commentary',
  'outlook', 'outlooks', 'forecast', 'forecasts', 'projection', 'projections', 'estimate', 'estimates',
  'prediction', 'predictions', 'calculation', 'calculations', 'scenario', 'scenarios', 'yearbook',
  'presentation', 'presentations', 'slide deck', 'factsheet', 'fact sheet', 'dossier',
  // official and corporate disclosure
  'statement', 'statements', 'joint statement', 'press release', 'release', 'releases', 'news release', 'filing',
  'filings', 'exchange filing', 'regulatory filing', 'annual report', 'quarterly report', 'prospectus',
  'disclosure', 'disclosures', 'announcement', 'announcements', 'notice', 'notices', 'circular', 'circulars',
  'bulletin', 'bulletins', 'guidance', 'guidelines', 'directive', 'directives', 'decree', 'decrees', 'readout',
  'communique', 'communiqué', 'declaration', 'memo', 'memos', 'memorandum', 'letter', 'letters', 'open letter',
  'minutes', 'transcript', 'transcripts', 'testimony', 'speech', 'speeches', 'remarks', 'comments', 'lawsuit',
  'complaint', 'submission', 'submissions',
  // the press
  'article', 'articles', 'story', 'stories', 'column', 'columns', 'editorial', 'editorials', 'op-ed', 'op-eds',
  'opinion piece', 'interview', 'interviews', 'briefing', 'briefings', 'newsletter', 'podcast', 'blog post', 'post',
  'posts', 'tweet', 'headline', 'headlines', 'dispatch',
  // figures
  'data', 'dataset', 'figures', 'statistics', 'numbers', 'tally', 'customs data', 'trade data', 'official data'
])

/**
 * The shapes in which a reporting noun brings its source, with where the source stands. Documentation for the
 * claim engine, as rows: `shape` uses `<noun>` for a reporting noun and `<source>` for the party.
 *
 * Left out: `a <noun> commissioned by <source>` and `a <noun> for <source>` (the payer or client, not the
 * author), `a <noun> on <topic>` and `a <noun> about <topic>` (the topic).
 *
 * @example
 * reportingNounPatterns[0] // → {shape: 'a <noun> by <source>', example: 'an assessment by Fastmarkets', source: 'after'}
 */
export const reportingNounPatterns: ReadonlyArray<ReportingNounPattern> = Object.freeze(
  [
    {shape: 'a <noun> by <source>', example: 'an assessment by Fastmarkets', source: 'after'},
    {shape: 'a <noun> from <source>', example: 'a study from the Colorado School of Mines', source: 'after'},
    {shape: 'a <noun> of <source>', example: 'the latest estimates of the USGS', source: 'after'},
    {shape: 'a <noun> published by <source>', example: 'a paper published by the IEA', source: 'after'},
    {shape: 'a <noun> released by <source>', example: 'data released by the customs agency', source: 'after'},
    {shape: 'a <noun> issued by <source>', example: 'a notice issued by the ministry', source: 'after'},
    {shape: 'a <noun> compiled by <source>', example: 'figures compiled by Bloomberg', source: 'after'},
    {shape: 'a <noun> conducted by <source>', example: 'a survey conducted by the association', source: 'after'},
    {shape: "<source>'s <noun>", example: "the IEA's outlook", source: 'before'},
    {shape: 'a <source> <noun>', example: 'a Reuters report', source: 'before'},
    {shape: '<source> <noun>', example: 'USGS data', source: 'before'},
    {shape: 'in <source> <noun>', example: 'in its quarterly report', source: 'before'}
  ].map((row) => Object.freeze(row as ReportingNounPattern))
)

/**
 * One shape of `reportingNounPatterns`.
 *
 * @example
 * const row: ReportingNounPattern = {shape: "<source>'s <noun>", example: "the IEA's outlook", source: 'before'}
 */
export interface ReportingNounPattern {
  readonly shape: string
  readonly example: string
  /** Where the source stands relative to the noun. */
  readonly source: 'before' | 'after'
}

/**
 * Verbs with which a document states what it found, besides the verbs of saying (`An assessment by Project Blue
 * puts the deficit at 300 t`, `a study from MIT sees demand doubling`, `the survey ranks Lynas first`). A document
 * as the subject relays its author only with one of these or a verb of saying; with any other verb the sentence
 * is about the document (`A bulletin from X may appear routine`). Third-person and past forms.
 *
 * @example
 * findingVerbs.has('puts') // → true
 */
export const findingVerbs: ReadonlySet<string> = new Set([
  'puts', 'put', 'places', 'placed', 'sees', 'saw', 'values', 'valued', 'pegs', 'pegged', 'pins', 'pinned', 'ranks',
  'ranked', 'lists', 'listed', 'counts', 'counted', 'gives', 'gave', 'sets', 'expects', 'forecasts', 'projects',
  'tallies', 'tallied', 'tracks', 'tracked', 'maps', 'mapped', 'identifies', 'identified', 'attributes', 'attributed'
])

/**
 * The past participles that join a document to its author (`a report published on Monday by X`, `data compiled by
 * Asian Metal`, `The association issued a statement …`): the author is after `by`, or is the subject that issued it.
 *
 * @example
 * documentVerbs.has('released') // → true
 */
export const documentVerbs: ReadonlySet<string> = new Set([
  'published', 'released', 'issued', 'compiled', 'conducted', 'prepared', 'written', 'produced', 'authored', 'commissioned'
])

/**
 * Verbs with which a party presents content before a list (`The analysts set out three scenarios:`, `The company
 * listed its goals:`), besides the verbs of saying and `findingVerbs`: base and past forms, as they stand after a
 * plural subject or in the past. `Lynas operates two plants:` presents the writer's facts, not Lynas's word.
 *
 * @example
 * presentingVerbs.has('set') // → true
 */
export const presentingVerbs: ReadonlySet<string> = new Set([
  'set', 'lay', 'lays', 'laid', 'list', 'name', 'names', 'named', 'identify', 'model', 'models', 'modelled', 'modeled',
  'give', 'offer', 'offers', 'offered', 'propose', 'proposes', 'proposed', 'recommend', 'see', 'expect', 'forecast'
])
