import {auxiliaries, clauseWords, medialAdverbs, prepositions} from '../lexicon/grammar.js'
import {finiteSayingForms} from '../lexicon/saying.js'
import {changeParticiples, changeVerbs, edAdjectives, headlineVerbs, participleOnlyForms, pastOrParticipleForms} from '../lexicon/tense.js'
import type {Token} from '../mentions/tokenize.js'
import {asideStart, isFunctionWord, isLyAdverb} from './clause.js'
import {gapBefore, spaceAfter, spaceBefore, type Words} from './gaps.js'
import {inSpans, relativeClauses} from './relative-clauses.js'
import {pastAuxiliary, pastOnly, pastOrParticiple, presentHave, tenseMask} from './word-classes.js'

/**
 * Does the sentence tell what happened: a past tense (`was`, `had`, `took`, a finite `-ed`), or a present perfect
 * (`has taken`)? Not a participle used as an adjective: first in the sentence or after a comma (`Called the
 * magnet capital …`, `Dysprosium, identified by Brussels …`), after a determiner or a form of `be` (`the listed
 * company`, `is listed`), joined by a hyphen (`state-owned`), before `by` (`controlled by`), or after the object of
 * a present verb (`processes concentrate shipped from …`).
 *
 * @param words the sentence
 * @param classes the class bits of the unit's words (`scanCues`)
 * @param quoted per unit token: 1 inside a quotation (not read)
 * @param titleCase (optional) a Title Case line, where verbs are capitalized (default: `false`)
 * @returns whether the sentence tells the past
 * @example
 * tellsPast(words, scan.classes, quoted) // → true for `Solvay restarted its line.`
 */
export function tellsPast(words: Words, classes: Uint8Array, quoted: Uint8Array, titleCase = false): boolean {
  const tokens = words.tokens
  // The verbs of a relative clause describe a noun (`a project that had struggled`): the sentence's tense is read
  // outside them, unless the sentence is all relative clause (a list item such as `a plant, which opened in 2019`).
  const relative = relativeClauses(words)
  const skip = relative.length > 0 && !coversAll(relative, words)
  for (let index = words.first; index < words.last; index++) {
    if (quoted[index] === 1 || (skip && inSpans(relative, index))) continue
    const token = tokens[index] as Token
    const lower = token.lower
    // Verbs are written in lower case, except at the start and in a Title Case headline (`Why Lynas Paused Texas`).
    if (token.text !== lower && index !== words.first && !titleCase) continue
    const tense = (classes[index] ?? 0) & tenseMask
    if (tense === 0) {
      // Regular pasts: a word of five letters or more in `-ed` that is no listed adjective (read by code: most words
      // end otherwise).
      const end = lower.length
      if (end > 4 && lower.charCodeAt(end - 1) === 0x64 && lower.charCodeAt(end - 2) === 0x65 && !edAdjectives.has(lower) && finitePast(words, index)) return true
      continue
    }
    if (tense === pastAuxiliary) return true
    if (tense === presentHave) {
      if (perfectAfter(words, index) && !continuative(words, index)) return true
    } else if (tense === pastOnly) {
      const previous = index > words.first ? (tokens[index - 1] as Token).lower : ''
      if (previous !== 'to' && !auxiliaries.modals.has(previous)) return true
    } else if (tense === pastOrParticiple) {
      if (finitePast(words, index)) return true
    } else if (pastAfterSingular(words, index)) return true
  }
  return false
}

/**
 * `A fire shut the concentrator`, `Beijing cut quotas`: a verb whose past is its base is past after a singular
 * subject (the present would be `shuts`, `cuts`), not after `to`, a modal, `do` or a plural.
 */
function pastAfterSingular(words: Words, index: number): boolean {
  if (index === words.first || !spaceBefore(words, index)) return false
  const previous = words.tokens[index - 1] as Token
  const lower = previous.lower
  if (isFunctionWord(lower) && !(lower === 'it' || lower === 'he' || lower === 'she')) return false
  if (previous.text === lower && lower.endsWith('s') && !lower.endsWith('ss')) return false
  const next = index + 1 < words.last ? (words.tokens[index + 1] as Token) : undefined
  return next !== undefined && !prepositions.has(next.lower) && !auxiliaries.presentBe.has(next.lower)
}

/** `has taken`, `have also approved`, `has been`: a participle within two words after `has`/`have`. */
function perfectAfter(words: Words, at: number): boolean {
  for (let index = at + 1; index < Math.min(words.last, at + 4); index++) {
    const lower = (words.tokens[index] as Token).lower
    if (lower === 'been' || participleOnlyForms.has(lower) || pastOrParticipleForms.has(lower) || (lower.endsWith('ed') && !edAdjectives.has(lower))) return true
    if (lower !== 'not' && lower !== 'also' && lower !== 'already' && lower !== 'now' && lower !== 'just' && lower !== 'since' && !lower.endsWith('ly')) return false
  }
  return false
}

// The `-s` forms of the verbs of saying: present verbs, after which an `-ed` word is an adjective.
const presentSayingForms: ReadonlySet<string> = new Set([...finiteSayingForms].filter((form) => form.endsWith('s') && !form.includes(' ')))

// Before an `-ed` word these make it an adjective (`the listed company`, `a newly built plant`, `of sintered magnets`).
const adjectiveBefore: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'more', 'most', 'highly', 'fully', 'well', 'less', 'newly',
  'so', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 's', 'this', 'that', 'these', 'those',
  'very', 'already', 'long', 'self', 'recently', 'widely', 'is', 'are', 'am', 'be', 'being', 'been', 'not', 'than',
  'as', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can',
  // copulas: what follows them is a predicate adjective (`looks stretched`, `remains committed`)
  'looks', 'look', 'seems', 'seem', 'appears', 'appear', 'remains', 'remain', 'becomes', 'become', 'feels', 'sounds',
  'gets', 'get', 'stays', 'stay'
])

function finitePast(words: Words, index: number): boolean {
  if (index === words.first) return false
  const tokens = words.tokens
  // After a comma, dash or bracket only the verb after a closed aside is finite (`The shipment, routed via Vietnam,
  // arrived`, `The group (CREG) met`); one that opens an aside is a participle (`Dysprosium, identified by …`).
  if (!spaceBefore(words, index) && asideStart(words, index) === undefined) return false
  let back = index - 1
  // `is often mentioned`, `was also approved`: the word before the adverbs decides.
  while (back > words.first && (isLyAdverb(tokens[back] as Token) || medialAdverbs.has((tokens[back] as Token).lower))) back -= 1
  const previous = tokens[back] as Token
  if (adjectiveBefore.has(previous.lower)) return false
  // `has operated since 2016`: a perfect is read at its `has` (see `continuative`).
  if (auxiliaries.presentHave.has(previous.lower)) return false
  if (presentAfter(words, index) || (previous.text === previous.lower && !isFunctionWord(previous.lower) && presentBefore(words, index))) return false
  // `refined and separated oxides`: a coordinated adjective.
  if ((previous.lower === 'and' || previous.lower === 'or') && index - 2 >= words.first && (tokens[index - 2] as Token).lower.endsWith('ed')) return false
  const next = index + 1 < words.last ? (tokens[index + 1] as Token) : undefined
  if (next && next.lower === 'by' && spaceAfter(words, index)) return false
  // `processes concentrate shipped from Mount Weld`: after the object of a present verb, a reduced relative.
  // The object may be two or three nouns (`processes monazite concentrate bought from …`).
  if (next && prepositions.has(next.lower) && index - 2 >= words.first && previous.text === previous.lower && !isFunctionWord(previous.lower)) {
    for (let at = index - 2; at >= Math.max(words.first, index - 4); at--) {
      const verb = tokens[at] as Token
      if (!spaceBefore(words, at + 1) || verb.text !== verb.lower || isFunctionWord(verb.lower) || clauseWords.has(verb.lower)) break
      const spaced = at === words.first || spaceBefore(words, at)
      if (verb.lower.length > 3 && verb.lower.endsWith('s') && !verb.lower.endsWith('ss') && spaced) return false
    }
  }
  // `sells separated rare earths`: right after a present verb, an `-ed` word modifies the noun after it.
  if (headlineVerbs.has(previous.lower) || presentSayingForms.has(previous.lower)) return false
  return true
}

/**
 * A present-tense main verb later in the same clause (`A report titled … is the clearest`, `magnets made in Ohio
 * now carry a label`): the `-ed` word before it modifies the subject.
 */
function presentAfter(words: Words, index: number): boolean {
  for (let at = index + 1; at < Math.min(words.last, index + 16); at++) {
    if (!spaceBefore(words, at) && /[,;:—–]/u.test(gapBefore(words, at))) return false
    const token = words.tokens[at] as Token
    const lower = token.lower
    if (clauseWords.has(lower) && lower !== 'than') return false
    if (auxiliaries.presentBe.has(lower) || auxiliaries.presentHave.has(lower)) return true
    if ((lower === 'now' || lower === 'still') && at + 1 < words.last) {
      const next = words.tokens[at + 1] as Token
      if (next.text === next.lower && !isFunctionWord(next.lower) && !next.lower.endsWith('ed')) return true
    }
  }
  return false
}

/**
 * A present-tense `be` or `have` earlier in the same clause (`Terbium is used in turbines built in Denmark`): an
 * `-ed` word after a noun later in that clause modifies the noun.
 */
function presentBefore(words: Words, index: number): boolean {
  for (let at = index - 1; at >= Math.max(words.first, index - 16); at--) {
    const lower = (words.tokens[at] as Token).lower
    if (auxiliaries.presentBe.has(lower) || auxiliaries.presentHave.has(lower)) return true
    if ((clauseWords.has(lower) && lower !== 'than') || (!spaceBefore(words, at) && /[,;:—–]/u.test(gapBefore(words, at)))) return false
  }
  return false
}

/** Do the relative clauses cover every word from the first relative pronoun on, with no main verb before it? */
function coversAll(spans: ReadonlyArray<{readonly first: number; readonly last: number}>, words: Words): boolean {
  return (spans[0] as {first: number}).first <= words.first + 1
}

/**
 * A perfect that states how long something has been so, not that something happened (a fact, not an event):
 * `has long been`, `has operated in Odisha since 2016`, `have invested for decades`, `has been in talks`, `has been
 * the largest producer`. A passive or an event keeps its perfect (`has been approved`, `has signed a deal`).
 */
function continuative(words: Words, at: number): boolean {
  const tokens = words.tokens
  const next = tokens[at + 1]
  if (next === undefined || at + 1 >= words.last) return false
  if (next.lower === 'long') return true
  if (next.lower === 'been') {
    const after = at + 2 < words.last ? (tokens[at + 2] as Token).lower : ''
    if (stateAfterBeen.has(after)) return true
  }
  // A change (`have risen 40% since April`, `has doubled since 2020`) is an event whatever follows it.
  if (!lastsAsState(words, at)) return false
  for (let index = at + 1; index < Math.min(words.last, at + 14); index++) {
    if (index > at + 1 && /[,;:—–]/u.test(gapBefore(words, index))) return false
    const lower = (tokens[index] as Token).lower
    if (lower === 'since') return true
    if (lower === 'for' && durations.has((tokens[index + 1] as Token | undefined)?.lower ?? '')) return true
  }
  return false
}

// After `has been`, these open a state (`in talks`, `the largest producer`), not a passive.
const stateAfterBeen: ReadonlySet<string> = new Set(['in', 'under', 'at', 'on', 'among', 'one', 'a', 'an', 'the', 'part', 'its', 'their', 'home', 'there'])
// `for decades`, `for years`, `for more than a decade`: a duration.
const durations: ReadonlySet<string> = new Set(['decades', 'years', 'months', 'weeks', 'more', 'much', 'most', 'over', 'nearly', 'almost', 'about', 'two', 'three', 'several', 'many'])

/** Is the participle after `has`/`have` at `at` a verb of state or activity, not of change (`risen`, `doubled`)? */
function lastsAsState(words: Words, at: number): boolean {
  for (let index = at + 1; index < Math.min(words.last, at + 4); index++) {
    const lower = (words.tokens[index] as Token).lower
    if (lower === 'been') return true
    if (changeParticiples.has(lower)) return false
    if (!lower.endsWith('ed')) continue
    // `increased` → `increase`, `doubled` → `double`, `dropped` → `drop`.
    const stems = [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3)]
    return !stems.some((stem) => changeVerbs.has(stem))
  }
  return true
}

