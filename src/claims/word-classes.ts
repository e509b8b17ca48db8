import {descriptors, pronouns} from '../lexicon/descriptors.js'
import {auxiliaries} from '../lexicon/grammar.js'
import {evaluativeAdjectives} from '../lexicon/judgment.js'
import {reportingNouns} from '../lexicon/reporting-nouns.js'
import {pastOnlyForms, pastOrParticipleForms, unchangedPastForms} from '../lexicon/tense.js'

/**
 * What one word tells the kind and attribution rules, as bits of one number, so that a sentence's words are
 * looked up once (with the cue index) and every rule reads the bits. The low three bits are the tense class;
 * the others are flags.
 *
 * @example
 * (wordClasses.get('fell') ?? 0) & tenseMask // → pastOnly
 */
export const tenseMask = 0b111
/**
 * `was`, `were`, `had`, `did`: a past wherever they stand.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & tenseMask) === pastOnly // → true
 */
export const pastAuxiliary = 1
/**
 * `has`, `have`: a perfect when a participle follows.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & tenseMask) === pastOnly // → true
 */
export const presentHave = 2
/**
 * `rose`, `fell`, `took`: never a participle.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & tenseMask) === pastOnly // → true
 */
export const pastOnly = 3
/**
 * `made`, `held`, `sold`: a past or a participle.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & tenseMask) === pastOnly // → true
 */
export const pastOrParticiple = 4
/**
 * `cut`, `shut`, `hit`: base, past and participle alike.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & tenseMask) === pastOnly // → true
 */
export const unchangedPast = 5
/**
 * A comparative or superlative of an appraising adjective (`smarter`, `bleakest`).
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & gradedWord) !== 0 // → whether `fell` is one
 */
export const gradedWord = 0b1000
/**
 * A verb of appearance (`looks`, `sounds`): a copula of the writer's impression before an adjective.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & appearanceWord) !== 0 // → whether `fell` is one
 */
export const appearanceWord = 0b1_0000
/**
 * A word that can refer back to a party: a pronoun, a descriptor's noun, a reporting noun.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & referringWord) !== 0 // → whether `fell` is one
 */
export const referringWord = 0b10_0000
/**
 * `by` and `next`: a time ahead may follow (`by 2028`, `next year`).
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & aheadWord) !== 0 // → whether `fell` is one
 */
export const aheadWord = 0b100_0000
/**
 * In a sentence's summary only (`scanCues`): some word has a tense class.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & anyTense) !== 0 // → whether `fell` is one
 */
export const anyTense = 0b1000_0000
/**
 * In a sentence's summary only: some lower-case word of five letters or more ends in `-ed`.
 *
 * @example
 * ((wordClasses.get('fell') ?? 0) & anyEd) !== 0 // → whether `fell` is one
 */
export const anyEd = 0b1_0000_0000

/**
 * Every word with a class, lower case (verbs of appearance as written: only lower case is a verb there).
 *
 * @example
 * wordClasses.get('it') // → referringWord
 */
export const wordClasses: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>()
  const mark = (word: string, bits: number, replaceTense = false): void => {
    const old = classes.get(word) ?? 0
    classes.set(word, replaceTense ? (old & ~tenseMask) | bits : old | bits)
  }
  // Later tense classes win: `had` is a past auxiliary before it is a past-or-participle of `have`.
  for (const form of unchangedPastForms) mark(form, unchangedPast, true)
  for (const form of pastOrParticipleForms) mark(form, pastOrParticiple, true)
  for (const form of pastOnlyForms) mark(form, pastOnly, true)
  for (const form of auxiliaries.presentHave) mark(form, presentHave, true)
  for (const form of [...auxiliaries.pastBe, ...auxiliaries.pastHave, ...auxiliaries.pastDo]) mark(form, pastAuxiliary, true)
  for (const adjective of evaluativeAdjectives) {
    if (adjective.group === 'salience' || adjective.text.includes(' ') || adjective.text.includes('-')) continue
    for (const form of gradedFormsOf(adjective.text)) mark(form, gradedWord)
  }
  for (const word of ['looks', 'look', 'looked', 'sounds', 'sound', 'sounded', 'feels', 'feel']) mark(word, appearanceWord)
  mark('by', aheadWord)
  mark('next', aheadWord)
  for (const row of pronouns) mark(row.form, referringWord)
  for (const row of descriptors) {
    const noun = row.noun.split(' ').at(-1) ?? row.noun
    mark(noun, referringWord)
    mark(`${noun}s`, referringWord)
  }
  for (const noun of reportingNouns) if (!noun.includes(' ')) mark(noun, referringWord)
  return classes
})()

/**
 * The comparatives and superlatives English spelling makes of an adjective (`smart` → `smarter`, `smartest`;
 * `risky` → `riskier`; `wise` → `wiser`; `sad` → `sadder`). Forms that are never written (`sensibler`) do no harm.
 */
function gradedFormsOf(adjective: string): string[] {
  if (adjective.endsWith('y')) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`]
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`]
  const last = adjective.at(-1) ?? ''
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/u.test(adjective) && adjective.length <= 5 ? [`${adjective}${last}er`, `${adjective}${last}est`] : []
  return [`${adjective}er`, `${adjective}est`, ...doubled]
}
