/**
 * Hedges: words that withhold full commitment to a proposition (Hyland 1998, Hedging in Scientific Research
 * Articles; Hyland 2005 appendix list of hedges; Biber et al. 1999 epistemic stance adverbials of doubt,
 * hearsay and imprecision). A hedged sentence says its claim is possible, probable, approximate, apparent or
 * second-hand, not asserted as true: a fact-checker reads `Output could reach 5,000 t` as "5,000 t is
 * possible", checks that someone said so, and does not count a miss as a false claim.
 *
 * Groups:
 * - `modal`: possibility modals (`may`, `might`, `could`, `would`).
 * - `probability`: adverbs and adjectives of likelihood (`likely`, `perhaps`, `potentially`).
 * - `evidential`: it seems so, from the evidence (`appears`, `seems`, `suggests`, `indicates`).
 * - `hearsay`: second-hand (`reportedly`, `allegedly`, `is said to`, `believed to`, `rumoured`).
 * - `approximation`: the figure is not exact (`about`, `roughly`, `approximately`, `an estimated`).
 * - `limitation`: true in part or in general only (`largely`, `mostly`, `to some extent`, `in part`).
 *
 * Notes for matching: `may` is a hedge only in lower case (`May` is the month); `about`, `around`, `nearly`, `some`,
 * `close to` approximate only before a figure (`about the deal` is no hedge); `would` after a past verb of saying
 * is tense, not doubt (`said it would build` reports a plan); `expected to` and `estimated` are forecasts as
 * well as hedges. British and American spellings are both listed (`rumoured`, `rumored`).
 *
 * @example
 * hedges.find((hedge) => hedge.text === 'reportedly') // → {text: 'reportedly', group: 'hearsay'}
 */
export const hedges: ReadonlyArray<Hedge> = Object.freeze([
  ...rows('modal', ['may', 'might', 'could', 'would', 'may be', 'might be', 'could be', 'may have', 'might have', 'could have']),
  ...rows('probability', [
    'likely', 'unlikely', 'most likely', 'more likely', 'less likely', 'probably', 'probable', 'possibly', 'possible',
    'potentially', 'potential', 'perhaps', 'maybe', 'presumably', 'conceivably', 'plausibly', 'in all likelihood',
    'it is possible', 'it is likely', 'there is a chance', 'there is a risk', 'uncertain', 'unclear', 'not yet clear',
    'remains to be seen', 'remain to be seen', 'questionable whether', 'if confirmed'
  ]),
  ...rows('evidential', [
    'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'seemingly', 'suggest', 'suggests', 'suggested',
    'indicate', 'indicates', 'indicated', 'tend to', 'tends to', 'tended to', 'apparently', 'ostensibly'
  ]),
  ...rows('hearsay', [
    'reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly', 'rumoured', 'rumored', 'said to be',
    'is said to', 'are said to', 'was said to', 'believed to', 'thought to', 'understood to', 'expected to',
    'it is believed', 'it is understood', 'it is thought', 'speculated', 'speculation', 'unconfirmed', 'unverified'
  ]),
  ...rows('approximation', [
    'about', 'around', 'roughly', 'approximately', 'approx', 'nearly', 'almost', 'close to', 'estimated',
    'an estimated', 'circa', 'or so', 'give or take', 'in the region of', 'more or less', 'some'
  ]),
  ...rows('limitation', [
    'largely', 'mostly', 'mainly', 'generally', 'broadly', 'typically', 'usually', 'often', 'in general', 'partly',
    'partially', 'in part', 'somewhat', 'relatively', 'to some extent', 'to a certain extent', 'to a degree',
    'in most cases'
  ])
])

/**
 * Every hedge's text, for a quick membership test.
 *
 * @example
 * hedgeTexts.has('rumoured') // → true
 */
export const hedgeTexts: ReadonlySet<string> = new Set(hedges.map((hedge) => hedge.text))

/**
 * The group of a hedge (see `hedges`).
 *
 * @example
 * const group: HedgeGroup = 'hearsay'
 */
export type HedgeGroup = 'modal' | 'probability' | 'evidential' | 'hearsay' | 'approximation' | 'limitation'

/**
 * One hedge: its lower-case text and its group.
 *
 * @example
 * const hedge: Hedge = {text: 'roughly', group: 'approximation'}
 */
export interface Hedge {
  readonly text: string
  readonly group: HedgeGroup
}

function rows(group: HedgeGroup, texts: ReadonlyArray<string>): Hedge[] {
  return texts.map((text) => Object.freeze({text, group}))
}
