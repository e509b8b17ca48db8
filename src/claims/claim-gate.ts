import {descriptors, groupNouns, isAgentNoun} from '../lexicon/descriptors.js'
import {findingVerbs, presentingVerbs} from '../lexicon/reporting-nouns.js'
import {sayingForms} from '../lexicon/saying.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import type {Attribution} from '../schema/claim.js'
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


function presents(lower: string): boolean {
  return sayingForms.has(lower) || findingVerbs.has(lower) || presentingVerbs.has(lower)
}

/**
 * Does a paragraph end in a colon (a lead-in to the list after it)?
 *
 * @example
 * endsWithColon('The authors find that:') // → true
 */
export function endsWithColon(text: string): boolean {
  let index = text.length - 1
  while (index >= 0 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index -= 1
  return index >= 0 && text.charCodeAt(index) === 0x3a
}

/**
 * The source of a lead-in whose subject is a party named or referred to (`The analysts at Huaxin Securities set
 * out three scenarios for 2026:`): that party, with the words after the subject as the cue; `null` when the
 * subject is no entity (`Key points:`, `Prices moved as follows:`).
 *
 * @example
 * leadInSource(input) // → {source: 'Huaxin Securities', cue: 'set out three scenarios for 2026', entity: 'e3'}
 */
export function leadInSource(input: AttributionInput): Attribution | null {
  const subject = sentenceSubject(input.words)
  if (!subject) return null
  const tokens = input.words.tokens
  // Only a verb that presents content (`set out`, `lists`, `identifies`, a verb of saying) lends it: `Lynas
  // operates three plants:` lists the writer's facts about Lynas, not Lynas's word. The verb may have been read
  // into the subject (`The analysts set out …`: `set` is also a noun), so it is looked for from the subject's
  // second word.
  let verb = subject.first + 1
  while (verb < input.words.last && verb <= subject.last + 1 && !presents((tokens[verb] as Token).lower)) verb += 1
  if (verb >= input.words.last || verb > subject.last + 1) return null
  const found = resolvePhrase(input, subject.first, verb - 1, 'subject')?.attribution
  if (!found || found.entity === null) return null
  const cue = input.words.text.slice((tokens[verb] as Token).start, (tokens[input.words.last - 1] as Token).end)
  return {source: found.source, cue, entity: found.entity}
}
