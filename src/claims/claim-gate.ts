import {descriptors, groupNouns, isAgentNoun} from '../lexicon/descriptors.js'
import {sayingForms} from '../lexicon/saying.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import type {AttributionInput} from './attribution.js'
import {sentenceSubject} from './clause.js'
import {resolvePhrase} from './source-phrase.js'
import {referringWord, wordClasses} from './word-classes.js'

// What lets a sentence that names no entity, figure or date be a claim (docs/claims.md "Claims"): a source it
// relays, or a subject that refers back to a party named before. Each test is cheap and runs only for such
// sentences.

/**
 * Does tokens `[first, last)` hold a word that can refer back to a party (`it`, `the ministry`, `the report`)?
 *
 * @example
 * refersBack(tokenize('The ministry said so.'), 0, 4) // → true
 */
export function refersBack(tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  for (let index = first; index < last; index++) if ((wordClasses.get((tokens[index] as Token).lower) ?? 0) & referringWord) return true
  return false
}

/**
 * Does tokens `[first, last)` hold a verb of saying or `according` (a cue a source may stand by)?
 *
 * @example
 * holdsSaying(tokenize('Exporters say approvals are slow.'), 0, 5) // → true
 */
export function holdsSaying(tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  for (let index = first; index < last; index++) {
    const lower = (tokens[index] as Token).lower
    if (sayingForms.has(lower) || lower === 'according') return true
  }
  return false
}

/**
 * Is a source as written a name (`Hanbit`, `Corporation officials` is not): every word capitalized and the last
 * no common noun for people (`Traders` opening a sentence)? A sentence naming nothing that relays a common noun
 * (`Traders say the mood is gloomy.`) has nothing to check.
 *
 * @example
 * namesSomeone('Hanbit') // → true
 * namesSomeone('Traders') // → false
 */
export function namesSomeone(source: string): boolean {
  const words = source.split(' ')
  const last = (words.at(-1) ?? '').toLowerCase()
  return words.every((word) => isCapitalized(word)) && !groupNouns.has(last) && !isAgentNoun(last) && !descriptorNouns.has(last)
}

// `Leadership`, `Management` opening a sentence: descriptors, capitalized only there.
const descriptorNouns: ReadonlySet<string> = new Set(descriptors.map((row) => row.noun))

/**
 * Does any token of `[first, last)` stand inside a quotation?
 *
 * @example
 * quotesIn(new Uint8Array([0, 1, 0]), 0, 3) // → true
 */
export function quotesIn(quoted: Uint8Array, first: number, last: number): boolean {
  for (let index = first; index < last; index++) if (quoted[index] === 1) return true
  return false
}

/**
 * The entity a sentence is about when its subject is a descriptor or `he`/`she` for a party named before (`The
 * company has not published a timetable.`, `She did not name the customer.`): its id, or `undefined`. `It` and
 * `they` are left alone: they refer to whole situations as often as to a party.
 *
 * @example
 * subjectParty(input) // → 'e1' for `The company has not published a timetable.` after `Lynas …`
 */
export function subjectParty(input: AttributionInput): string | undefined {
  const subject = sentenceSubject(input.words)
  if (!subject) return undefined
  const tokens = input.words.tokens
  const first = (tokens[subject.first] as Token).lower
  if (subject.first === subject.last ? first !== 'he' && first !== 'she' : first !== 'the' && first !== 'its' && first !== 'their') return undefined
  return resolvePhrase(input, subject.first, subject.last, 'subject')?.attribution?.entity ?? undefined
}

