import {groupNouns} from '../lexicon/descriptors.js'
import {auxiliaries, clauseWords, determiners, lyNonAdverbs, medialAdverbs, prepositions, subjectPronouns, timeNouns} from '../lexicon/grammar.js'
import {reportingNouns} from '../lexicon/reporting-nouns.js'
import {sayingForms, sayingHomographs} from '../lexicon/saying.js'
import {edAdjectives, irregularVerbs} from '../lexicon/tense.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import {tenseMask, wordClasses} from './word-classes.js'
import {afterInitialism, isPeopleNoun, joinsLikes, listOfPeople} from './phrase-joins.js'
import {closesQuote, commaBefore, gapBefore, hasComma, hasDash, isJoinGap, opensQuote, spaceBefore, type Words} from './gaps.js'

const functionWords: ReadonlySet<string> = new Set([
  ...determiners,
  ...prepositions,
  ...clauseWords,
  ...subjectPronouns,
  ...auxiliaries.presentBe,
  ...auxiliaries.pastBe,
  ...auxiliaries.otherBe,
  ...auxiliaries.presentHave,
  ...auxiliaries.pastHave,
  ...auxiliaries.presentDo,
  ...auxiliaries.pastDo,
  ...auxiliaries.modals,
  ...medialAdverbs,
  'not', 'its', 'their', 'also', 'to', 'there'
])

/**
 * A closed-class word (`the`, `of`, `and`, `has`, `will`, `also`): never part of a name or a noun's head.
 *
 * @example
 * isFunctionWord('the') // → true
 */
export function isFunctionWord(lower: string): boolean {
  return functionWords.has(lower)
}

// Every form of every irregular verb, and every non-homograph form of a verb of saying: words that are verbs.
const verbForms: ReadonlySet<string> = new Set([
  ...irregularVerbs.flat().filter((form) => form !== 'be'),
  ...[...sayingForms].filter((form) => !sayingHomographs.has(form) && !form.includes(' '))
])

// The base forms of the irregular verbs: as often nouns or modifiers (`think tank`, `a price cut`) as verbs.
const irregularBases: ReadonlySet<string> = new Set(irregularVerbs.map(([base]) => base))

/**
 * A word that is surely a verb (an irregular form, a verb of saying that is not also a noun, an auxiliary, or a
 * lower-case `-ed` word that is not a listed adjective): it ends a noun phrase read forward.
 *
 * @example
 * isVerbWord({text: 'put', lower: 'put', start: 0, end: 3}) // → true
 */
export function isVerbWord(token: Token): boolean {
  const lower = token.lower
  if (verbForms.has(lower) || auxiliaries.modals.has(lower)) return true
  if (auxiliaries.presentBe.has(lower) || auxiliaries.pastBe.has(lower) || auxiliaries.presentHave.has(lower) || auxiliaries.pastHave.has(lower)) return true
  return token.text === lower && lower.length > 4 && lower.endsWith('ed') && !edAdjectives.has(lower)
}

/**
 * An adverb in `-ly` written in lower case (`repeatedly`, `publicly`), which sits between a subject and its verb;
 * not a word in `-ly` that is none (`supply`, `quarterly`).
 *
 * @example
 * isLyAdverb({text: 'publicly', lower: 'publicly', start: 0, end: 8}) // → true
 */
export function isLyAdverb(token: Token): boolean {
  return token.text === token.lower && token.lower.length > 4 && token.lower.endsWith('ly') && !lyNonAdverbs.has(token.lower)
}

/**
 * Step back from a verb at `verb` over what may stand between it and its subject: auxiliaries and negation
 * (`has`, `had`, `did not`), medial adverbs (`also`, `repeatedly`), and time adverbials (`last year`, `on
 * Monday`). Returns the index of the first token after the subject (the subject ends right before it).
 *
 * @example
 * // `Iluka Resources last year forecast` → the index of `last`
 */
export function skipMedial(words: Words, verb: number): number {
  let at = verb
  while (at > words.first) {
    const previous = words.tokens[at - 1] as Token
    if (!spaceBefore(words, at)) break
    const lower = previous.lower
    const auxiliary = auxiliaries.presentHave.has(lower) || auxiliaries.pastHave.has(lower) || auxiliaries.presentDo.has(lower) || auxiliaries.pastDo.has(lower)
    if (auxiliary || lower === 'not' || lower === 'never' || (medialAdverbs.has(lower) && previous.text === lower) || isLyAdverb(previous)) {
      at -= 1
      continue
    }
    // `last year`, `this week`, `on Monday`: a time noun after `last`/`this`/`next`/`on`.
    if (timeNouns.has(lower) && at - 2 >= words.first) {
      const before = (words.tokens[at - 2] as Token).lower
      if (before === 'last' || before === 'this' || before === 'next' || before === 'on' || before === 'earlier') {
        at -= 2
        continue
      }
    }
    break
  }
  return at
}

/**
 * Where an aside that ends right before token `at` begins: the aside is set off by commas, dashes or brackets
 * (`Xinhua, the state news agency, reported`, `Longnan—home to …—reported`, `MP (NYSE: MP) said`). Returns the
 * index of the aside's first token, or `undefined` when no aside closes before `at`. An aside holds at most 40
 * tokens and never crosses the sentence start.
 *
 * @example
 * // `Xinhua, the state news agency, reported` with `at` on `reported` → the index of `the`
 */
export function asideStart(words: Words, at: number): number | undefined {
  if (at <= words.first) return undefined
  const gap = gapBefore(words, at)
  const kind = gap.includes(')') ? 'bracket' : hasDash(gap) ? 'dash' : hasComma(gap) ? 'comma' : undefined
  if (!kind) return undefined
  const floor = Math.max(words.first + 1, at - 40)
  for (let index = at - 1; index >= floor; index--) {
    if (spaceBefore(words, index)) continue
    const before = gapBefore(words, index)
    const opens = kind === 'bracket' ? before.includes('(') : kind === 'dash' ? hasDash(before) : hasComma(before)
    if (opens) return index
    // A comma aside never spans a clause break or a quotation.
    if (kind === 'comma' && (before.includes(';') || before.includes(':') || opensQuote(before) || closesQuote(before))) return undefined
  }
  return undefined
}

/**
 * The noun phrase that ends at token `head` (inclusive), read backward: names and lower-case words joined by
 * spaces, hyphens or possessive apostrophes, one determiner at its start, and up to two prepositional
 * post-modifiers (`analysts at Jefferies`, `people familiar with the matter`). It stops at punctuation, at a
 * closed-class word (`and`, `that`, `has`), at an `-ly` adverb and at a verb. Returns the index of its first
 * token, or `undefined` when `head` cannot end a noun phrase.
 *
 * @example
 * // `… after Japan’s trade ministry said` with `head` on `ministry` → the index of `Japan`
 */
export function phraseStartBefore(words: Words, head: number, floor = words.first): number | undefined {
  const last = words.tokens[head] as Token
  // `start-up`, `follow-on`: a function word after a hyphen ends a compound noun, not a phrase.
  const compound = head > floor && gapBefore(words, head) === '-'
  if (isFunctionWord(last.lower) && !subjectPronouns.has(last.lower) && !compound) return undefined
  if (subjectPronouns.has(last.lower)) return head
  let at = head
  let content = 1
  let hops = 0
  let joins = 0
  while (at > floor) {
    if (!spaceBefore(words, at)) {
      // `Automakers, motor makers and electronics companies`: a list of nouns for people is one phrase.
      if (joins < 4 && at - 1 >= floor && isPeopleNoun((words.tokens[at - 1] as Token).lower) && gapBefore(words, at) === ', ' && listOfPeople(words, at)) {
        at -= 1
        joins += 1
        continue
      }
      // `a U.S. magnet maker`: the period of an initialism is no boundary inside a noun phrase.
      if (!isJoinGap(gapBefore(words, at)) && !afterInitialism(words, at)) break
      at -= 1
      continue
    }
    const previous = words.tokens[at - 1] as Token
    const lower = previous.lower
    if (determiners.has(lower) && lower !== 'that' && lower !== 'which' && lower !== 'what' && lower !== 'whose') {
      at -= 1
      // `Li Wenjie of the China Nonferrous Metals Industry Association`: the determiner opens a post-modifier.
      const preposition = words.tokens[at - 1]
      const before = words.tokens[at - 2]
      if (preposition && before && at - 2 >= floor && hops < 2 && postModifiers.has(preposition.lower) && spaceBefore(words, at) && spaceBefore(words, at - 1) && !isFunctionWord(before.lower) && !isVerbWord(before) && !isLyAdverb(before)) {
        at -= 2
        hops += 1
        continue
      }
      break
    }
    if (postModifiers.has(lower) && hops < 2 && at - 2 >= floor) {
      const before = words.tokens[at - 2] as Token
      if (spaceBefore(words, at - 1) && !isFunctionWord(before.lower) && !isVerbWord(before) && !isLyAdverb(before)) {
        at -= 2
        hops += 1
        continue
      }
      break
    }
    // `Rotterdam and Milan`, `Residents and traders`: names or people joined by `and`/`or` make one phrase.
    if ((lower === 'and' || lower === 'or') && joins < 2 && at - 2 >= floor && spaceBefore(words, at - 1) && joinsLikes(words.tokens[at - 2] as Token, words.tokens[at] as Token, last)) {
      at -= 2
      joins += 1
      continue
    }
    // A verb ends the phrase, but a base form may be a noun's modifier (`think tank`, `cut price`).
    if (isFunctionWord(lower) || isLyAdverb(previous) || (isVerbWord(previous) && !isCapitalized(previous.text) && !irregularBases.has(lower))) break
    if ((content += 1) > 8) break
    at -= 1
  }
  return at
}

/**
 * Prepositions that may join a noun to its post-modifier inside one noun phrase (`analysts at Jefferies`, `people
 * familiar with the matter`).
 *
 * @example
 * postModifiers.has('at') // → true
 */
export const postModifiers: ReadonlySet<string> = new Set(['of', 'at', 'from', 'for', 'in', 'with', 'by', 'on', 'outside', 'across', 'near'])

/**
 * The noun phrase that starts at token `first`, read forward: an optional determiner, then a run of names (a
 * name phrase ends at its first lower-case word) or of lower-case words (up to four, ending at a verb or a
 * closed-class word), then up to two prepositional post-modifiers (`a spokeswoman for Toyota`, `people familiar
 * with the matter`). Returns the index of its last token, or `undefined` when none starts there.
 *
 * @example
 * // `said one executive at a German magnet distributor.` with `first` on `one` → the index of `distributor`
 */
export function phraseEndAfter(words: Words, first: number, limit = words.last): number | undefined {
  let at = first
  let end: number | undefined
  let hops = 0
  while (at < limit) {
    let token = words.tokens[at] as Token
    let determined = false
    // A capitalized `The` mid-sentence starts a title (`reported in The Economist last week`): a name follows.
    const titled = token.text === 'The'
    if (determiners.has(token.lower) && token.lower !== 'that' && token.lower !== 'which') {
      if (at + 1 >= limit || !spaceBefore(words, at + 1)) return end
      at += 1
      token = words.tokens[at] as Token
      determined = true
    }
    if (isFunctionWord(token.lower) || isVerbWord(token) || isLyAdverb(token)) return end
    // A bare name phrase (`Rosa Delgado put …`) ends at its first lower-case word; after a determiner, capitals
    // are modifiers of a common noun (`a German magnet distributor`).
    const name = isCapitalized(token.text) && (!determined || titled)
    let count = 1
    let owned = false
    let next = at + 1
    while (next < limit) {
      const word = words.tokens[next] as Token
      const spaced = spaceBefore(words, next)
      // `Iluka’s latest filing`: after a possessive, the owned noun phrase may hold lower-case words.
      if (!spaced && word.lower === 's' && /['’โ]$/u.test(gapBefore(words, next))) owned = true
      // `Iluka Resources’ latest filing`: a plural possessive's apostrophe joins the owner to the noun.
      if (!spaced && !owned && /^['’] $/u.test(gapBefore(words, next)) && (words.tokens[next - 1] as Token).lower.endsWith('s')) {
        owned = true
        count += 1
        next += 1
        continue
      }
      if (!spaced && isJoinGap(gapBefore(words, next))) {
        next += 1
        continue
      }
      // `people briefed on the talks`, `officials involved in …`: a participle after a group of speakers.
      const reduced = isVerbWord(word) && groupNouns.has((words.tokens[next - 1] as Token).lower) && prepositions.has(words.tokens[next + 1]?.lower ?? '')
      // `its latest filing`, `a briefing`: a reporting noun in -ing is a noun here.
      if (!spaced || isFunctionWord(word.lower) || (isVerbWord(word) && !reduced && !reportingNouns.has(word.lower)) || isLyAdverb(word)) break
      // After a possessive a past form ends the phrase (`Europe’s magnet industry shrank`).
      if (owned && ((wordClasses.get(word.lower) ?? 0) & tenseMask) !== 0) break
      // A name phrase ends at its first lower-case word (`Rosa Delgado put …`), except a possessive's noun.
      if (name && !owned && !isCapitalized(word.text) && (words.tokens[next - 1] as Token).lower !== 's' && (spaceBefore(words, next - 1) || !/['’โ]$/u.test(gapBefore(words, next - 1)))) break
      if ((count += 1) > 6) break
      next += 1
    }
    end = next - 1
    const after = words.tokens[next]
    if (!after || next >= limit || hops >= 2 || !postModifiers.has(after.lower) || !spaceBefore(words, next)) return end
    hops += 1
    at = next + 1
  }
  return end
}

/**
 * The first token of the sentence's subject: the sentence start, or the word after a fronted adverbial set off by
 * a comma (`In his column for a business weekly, Tom Ashgrove argues`, `By 2015, …`).
 *
 * @example
 * // `Asked about the delays, Vance said …` → the index of `Vance`
 */
export function subjectStart(words: Words): number {
  const first = words.tokens[words.first] as Token
  const opener = first.lower
  const fronted = prepositions.has(opener) || opener === 'asked' || opener === 'speaking' || opener === 'writing' || opener === 'last' || opener === 'earlier' || opener === 'meanwhile' || opener.endsWith('ly') || opener.endsWith('ing') || opener.endsWith('ed') || opener === 'when' || opener === 'while' || opener === 'after' || opener === 'as'
  if (!fronted) return words.first
  const limit = Math.min(words.last - 1, words.first + 24)
  for (let index = words.first + 1; index <= limit; index++) if (commaBefore(words, index)) return index
  return words.first
}

/**
 * The sentence's subject as a noun phrase `[first, last]`, after any fronted adverbial, or `undefined`.
 *
 * @example
 * // `Tarn Valley Rare Earths has yet to …` → the tokens of `Tarn Valley Rare Earths`
 */
export function sentenceSubject(words: Words): {first: number; last: number} | undefined {
  const first = subjectStart(words)
  const last = phraseEndAfter(words, first)
  return last === undefined ? undefined : {first, last}
}
