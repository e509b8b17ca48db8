import {determiners, prepositions} from '../lexicon/grammar.js'
import {changeVerbs, headlineVerbs, participleOnlyForms, pastOnlyForms} from '../lexicon/tense.js'
import {isCapitalized, startsWithDigit, type Token} from '../mentions/tokenize.js'
import type {ClaimKind} from '../schema/claim.js'
import {isFunctionWord} from './clause.js'
import type {CueHit, SentenceScan} from './cue-index.js'
import {commaBefore, gapAfter, gapBefore, hasComma, hasDash, spaceAfter, spaceBefore, type Words} from './gaps.js'
import {inSpans, relativeClauses} from './relative-clauses.js'
import {tellsPast} from './tells-past.js'
import {aheadWord, anyEd, anyTense, appearanceWord, gradedWord} from './word-classes.js'

/**
 * What a sentence holds, as the kind rules need it.
 *
 * @example
 * const facts: KindFacts = {attributed: false, self: false, hasQuantity: true, dates: [], reference: '2025-11-20', headline: false, titleCase: false}
 */
export interface KindFacts {
  /** Another party's word is relayed (the sentence has an attribution). */
  readonly attributed: boolean
  /** The publisher speaks of itself (`Rare Earth Exchanges finds`): the writer's judgment. */
  readonly self: boolean
  readonly hasQuantity: boolean
  /** The values and precisions of the sentence's dates. */
  readonly dates: ReadonlyArray<{readonly value: string; readonly precision: string}>
  /** The reference date (`YYYY-MM-DD` or `YYYY`) year-less dates resolved against, if any. */
  readonly reference: string | undefined
  /** The title, a highlight or a Title Case line: a headline, where the simple present tells what happened. */
  readonly headline: boolean
  /** A Title Case line, where verbs are capitalized too. */
  readonly titleCase: boolean
}

/**
 * The cue-word features of a claim: its kind, whether it hedges, whether it carries an evaluative word.
 *
 * @example
 * const cues: SentenceCues = {kind: 'fact', hedged: false, evaluative: false}
 */
export interface SentenceCues {
  readonly kind: ClaimKind
  readonly hedged: boolean
  readonly evaluative: boolean
}

/**
 * Decide a claim's kind, by this precedence (docs/claims.md): `statement` (another party's word) > `assessment`
 * on a strong judgment (`Frankly`, `should`, `unmistakable`, `in our view`, the publisher speaking of itself) >
 * `plan` (`aims to`, `will`, `is set to`, `by 2028` or a date still ahead with no past verb) > `quantitative` (a
 * figure) > `event` (a finite past tense, a perfect, or a headline's present) > `fact` (a neutral present state)
 * > `assessment` (a present state coloured by the writer: an appraising word, a booster, a hedge). Also whether
 * it is hedged and whether it carries an evaluative word. Cues inside a quotation are the speaker's, not the
 * writer's, and are not read.
 *
 * @param words the sentence
 * @param scan the lexicon's cues in it and its words' classes (`scanCues`)
 * @param quoted per unit token: 1 inside a quotation
 * @param facts what else the sentence holds
 * @returns `{kind, hedged, evaluative}`
 * @example
 * sentenceCues(words, scanCues(tokens, 0, tokens.length), quoted, facts).kind // → 'fact' for `Lynas is listed on the ASX.`
 */
export function sentenceCues(words: Words, scan: SentenceScan, quoted: Uint8Array, facts: KindFacts): SentenceCues {
  const {hits, classes, summary} = scan
  let strong = facts.self
  let weak = false
  let evaluative = facts.self
  let plan = false
  let hedged = false
  let habitual = false
  let relative: Array<{first: number; last: number}> | undefined
  for (const hit of hits) {
    if (quoted[hit.first] === 1) continue
    const cue = hit.cue
    if (cue.type === 'judgment') {
      if (cue.list === 'stance' && !standsApart(words, hit)) continue
      if (cue.grade === 'strong') {
        if (cue.list === 'normative' && cue.group === 'modal' && !isAdvice(words, hit)) continue
        strong = true
        evaluative = true
      } else if (cue.list === 'self') {
        weak = true
      } else {
        evaluative = true
        if (cue.group !== 'salience' && !(cue.list === 'stance' && cue.group === 'attitude')) weak = true
      }
    } else if (cue.type === 'hedge') {
      if (!isHedge(words, hits, hit)) continue
      // `a plant, which would process …`: a modal inside a relative clause hedges the noun's description only.
      relative ??= relativeClauses(words)
      if (cue.group === 'modal' && inRelative(relative, hit.first, words)) continue
      hedged = true
      if (cue.group === 'modal' || cue.group === 'probability' || cue.group === 'evidential') weak = true
    } else if (cue.type === 'future') {
      // A future inside a relative clause describes a noun (`a plant that would recover …`): no plan of the sentence.
      relative ??= relativeClauses(words)
      if (isFuture(words, hit) && !inRelative(relative, hit.first, words)) plan = true
    } else if (cue.type === 'habitual') {
      habitual = true
    }
  }
  // One pass over the words for the judgments no single cue marks: graded appraisals and verbs of appearance.
  const judged = (evaluative && weak) || (summary & (gradedWord | appearanceWord)) === 0 ? 0 : judgedWords(words, classes, quoted)
  if (judged & gradedFound) evaluative = true
  if (judged !== 0) weak = true
  const kind = kindOf(words, scan, quoted, facts, {strong, weak, plan, habitual})
  return {kind, hedged, evaluative}
}

const gradedFound = 1
const appearanceFound = 2

/**
 * A comparative or superlative of an appraising adjective (`smarter than`, `the bleakest`: `gradedFound`), and a
 * verb of appearance used as a copula (`looks stretched`, `looks like the only producer`, `sounds optimistic`:
 * `appearanceFound`), the writer's impression (Quirk et al. 1985 §16.21, current copulas of perception).
 */
function judgedWords(words: Words, classes: Uint8Array, quoted: Uint8Array): number {
  let found = 0
  for (let index = words.first; index < words.last; index++) {
    const bits = classes[index] ?? 0
    if ((bits & (gradedWord | appearanceWord)) === 0 || quoted[index] === 1) continue
    if ((bits & gradedWord) !== 0) found |= gradedFound
    else if (index > words.first && index + 1 < words.last && (words.tokens[index] as Token).text === (words.tokens[index] as Token).lower) {
      const next = words.tokens[index + 1] as Token
      if (!lookingAt.has(next.lower) && spaceAfter(words, index)) found |= appearanceFound
    }
  }
  return found
}

function kindOf(
  words: Words,
  scan: SentenceScan,
  quoted: Uint8Array,
  facts: KindFacts,
  cues: {readonly strong: boolean; readonly weak: boolean; readonly plan: boolean; readonly habitual: boolean}
): ClaimKind {
  if (facts.attributed) return 'statement'
  if (cues.strong) return 'assessment'
  // Only a sentence holding a tense word or an `-ed` word (or, in a Title Case line, any word) can tell the past.
  const past = ((scan.summary & (anyTense | anyEd)) !== 0 || facts.titleCase) && tellsPast(words, scan.classes, quoted, facts.titleCase)
  const ahead = (scan.summary & aheadWord) !== 0 && aheadInTime(words, facts)
  if (cues.plan || (!past && (ahead || (!cues.habitual && datedAhead(facts))))) return 'plan'
  if (facts.hasQuantity) return 'quantitative'
  if (past || (facts.headline && tellsHeadlineEvent(words, quoted))) return 'event'
  return cues.weak ? 'assessment' : 'fact'
}

/** Is token `index` inside a relative clause of a sentence that has a main clause before it? */
function inRelative(relative: ReadonlyArray<{readonly first: number; readonly last: number}>, index: number, words: Words): boolean {
  return relative.length > 0 && (relative[0] as {first: number}).first > words.first + 1 && inSpans(relative, index)
}

/** A stance adverb counts where it comments on the whole sentence: first, or set off by commas (`is, frankly, …`). */
function standsApart(words: Words, hit: CueHit): boolean {
  if (hit.first === words.first) return true
  const before = gapBefore(words, hit.first)
  const after = hit.last + 1 < words.last ? gapAfter(words, hit.last) : ''
  return hasComma(before) || hasDash(before) || hasComma(after) || /[“"(]/u.test(before)
}

/**
 * `should`, `must`, `ought to` are the writer's advice, except where they state a rule (`Under the rules, exporters
 * must …`, `…, when exporters must file certificates`, `must be approved`) or a forecast (`output should reach
 * 5,000 t`: epistemic `should` before a verb of change).
 */
function isAdvice(words: Words, hit: CueHit): boolean {
  const tokens = words.tokens
  if ((tokens[words.first] as Token).lower === 'under') return false
  for (let index = hit.first - 1; index >= words.first; index--) {
    const lower = (tokens[index] as Token).lower
    if (ruleClauses.has(lower)) return false
    if (commaBefore(words, index)) break
  }
  const next = tokens[hit.last + 1]
  if (next && hit.last + 1 < words.last) {
    const after = tokens[hit.last + 2]
    // `must be approved`: a passive after `must` states a rule (`should be worried` is still advice).
    const must = (tokens[hit.first] as Token).lower === 'must'
    if (must && next.lower === 'be' && after && (after.lower.endsWith('ed') || participleOnlyForms.has(after.lower))) return false
    if ((tokens[hit.first] as Token).lower === 'should' && changeVerbs.has(next.lower)) return false
  }
  return true
}

// A modal after these states a rule or a condition, not the writer's advice.
const ruleClauses: ReadonlySet<string> = new Set(['when', 'where', 'which', 'who', 'whom', 'that', 'if', 'unless', 'once', 'until', 'whether'])

/** Hedges with their matching notes (`lexicon/hedges.ts`): `may` in lower case, approximations before a figure. */
function isHedge(words: Words, hits: ReadonlyArray<CueHit>, hit: CueHit): boolean {
  const cue = hit.cue
  if (cue.type !== 'hedge') return false
  const token = words.tokens[hit.first] as Token
  if (token.lower === 'may' && token.text !== 'may') return false
  if (cue.group === 'approximation') return beforeFigure(words, hit.last)
  // `said it would build` reports a plan in the past: tense, not doubt.
  if (token.lower === 'would') return !hits.some((other) => other.cue.type === 'saying' && other.last < hit.first && other.cue.form === 'past')
  return true
}

const numberWords: ReadonlySet<string> = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'quarter', 'twice', 'double'])

function beforeFigure(words: Words, last: number): boolean {
  if (last + 1 >= words.last) return false
  const next = words.tokens[last + 1] as Token
  return startsWithDigit(next.text) || /[$€£¥~]/u.test(gapAfter(words, last)) || numberWords.has(next.lower)
}

// `will` is a noun after these (`political will`, `at will`, `the will of`).
const willNoun: ReadonlySet<string> = new Set(['the', 'a', 'political', 'good', 'free', 'ill', 'own', 'at', 'of', 'its', 'their', 'his', 'her', 'popular', 'public'])
// `a goal of`, `targets of`: an aim stated as a noun.
const targetNouns: ReadonlySet<string> = new Set(['goal', 'goals', 'target', 'targets', 'benchmarks'])

// Bare intention words that are as often nouns (`its plans`, `the 2030 targets`).
const nounLike: ReadonlySet<string> = new Set(['plans', 'targets', 'intends', 'target', 'plan'])

/** A future cue that reads as one where it stands (`will` not a noun, `plans` after a subject, `is to` before a verb). */
function isFuture(words: Words, hit: CueHit): boolean {
  const tokens = words.tokens
  // `It remains unclear whether the plant will open`: a future inside a `whether`/`if` clause is a question, not a
  // plan (a conditional's main clause, after its comma, still is one: `If prices fall, Lynas will cut output`).
  for (let index = hit.first; index > words.first && !commaBefore(words, index); index--) {
    const lower = (tokens[index - 1] as Token).lower
    if (lower === 'whether' || lower === 'if') return false
  }
  const first = tokens[hit.first] as Token
  const previous = hit.first > words.first ? (tokens[hit.first - 1] as Token) : undefined
  const next = hit.last + 1 < words.last ? (tokens[hit.last + 1] as Token) : undefined
  if (first.lower === 'will' && hit.first === hit.last) {
    if ((previous && willNoun.has(previous.lower)) || !next) return false
    return spaceAfter(words, hit.last)
  }
  if (hit.first === hit.last && nounLike.has(first.lower)) {
    if (first.lower === 'plan' || first.lower === 'target') return previous?.lower === 'they' || previous?.lower === 'we'
    if (!previous || !next || !spaceBefore(words, hit.first)) return false
    if (determiners.has(previous.lower) || prepositions.has(previous.lower) || previous.lower === 's' || startsWithDigit(previous.text)) return false
    return !isFunctionWord(next.lower) || next.lower === 'to' || determiners.has(next.lower)
  }
  // `has set a goal of 20%`, but not `missed its target of 5,000 tonnes`: a target noun after a past verb is history.
  if (hit.last > hit.first && (tokens[hit.last] as Token).lower === 'of' && targetNouns.has((tokens[hit.last - 1] as Token).lower)) {
    for (let index = hit.first - 1; index >= Math.max(words.first, hit.first - 2); index--) {
      const lower = (tokens[index] as Token).lower
      if (lower !== 'set' && (lower.endsWith('ed') || pastOnlyForms.has(lower))) return false
    }
    return true
  }
  const last = tokens[hit.last] as Token
  // `is to open`, but not `is to the north`.
  if (last.lower === 'to' && (first.lower === 'is' || first.lower === 'are') && hit.last - hit.first === 1) {
    return next !== undefined && !isFunctionWord(next.lower) && next.text === next.lower
  }
  return true
}

/** `by 2028`, `next year`, `by the end of 2026`: a time still ahead (only without a past tense). */
function aheadInTime(words: Words, facts: KindFacts): boolean {
  const tokens = words.tokens
  for (let index = words.first; index + 1 < words.last; index++) {
    const lower = (tokens[index] as Token).lower
    const next = tokens[index + 1] as Token
    if (lower === 'next' && timeAhead.has(next.lower)) return true
    if (lower !== 'by') continue
    if (/^(?:19|20|21)\d{2}$/u.test(next.text)) return facts.reference === undefined || next.text >= facts.reference.slice(0, 4)
    if (next.lower === 'the' && (tokens[index + 2] as Token | undefined)?.lower === 'end') return true
  }
  return false
}

const timeAhead: ReadonlySet<string> = new Set(['year', 'month', 'week', 'quarter', 'decade', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter'])

/** A date that starts after the reference date, or a year-less one (`on December 1` with no year known). */
function datedAhead(facts: KindFacts): boolean {
  for (const date of facts.dates) {
    const value = date.value.split('/')[0] ?? ''
    if (value.startsWith('--')) return true
    if (facts.reference === undefined) continue
    // With only a year as reference, a date is ahead when it starts after that year.
    const reference = facts.reference.length === 4 ? `${facts.reference}-12-31` : facts.reference
    const start = startDay(value)
    if (start !== undefined && start > reference) return true
  }
  return false
}

/** The first day of an ISO value (`2026-Q2` → `2026-04-01`), or `undefined`. */
function startDay(value: string): string | undefined {
  const year = value.slice(0, 4)
  const rest = value.slice(5)
  if (value.length === 4) return `${year}-01-01`
  if (rest.startsWith('Q')) return `${year}-${String(Number(rest.slice(1)) * 3 - 2).padStart(2, '0')}-01`
  if (rest.startsWith('H')) return `${year}-${rest === 'H1' ? '01' : '07'}-01`
  if (value.length === 7) return `${value}-01`
  if (value.length === 10) return value
  return undefined
}

// A headline's present under these tells nothing that happened (`Prices could rise if China cuts quotas`).
const conditional: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'can', 'if', 'unless', 'will', 'should'])

/** A headline's simple present of an event verb (`Kestrel Magnetics Opens Ohio Plant`), not under a modal or `if`. */
function tellsHeadlineEvent(words: Words, quoted: Uint8Array): boolean {
  let event = false
  for (let index = words.first; index < words.last; index++) {
    if (quoted[index] === 1) continue
    const token = words.tokens[index] as Token
    const lower = token.lower
    if (headlineVerbs.has(lower)) event ||= isHeadlineVerbAt(words, index)
    else if (isBaseHeadlineVerb(lower)) event ||= isHeadlineVerbAt(words, index) && pluralSubjectBefore(words, index)
    else if (conditional.has(lower) && (lower !== 'may' || token.text === 'may')) return false
  }
  return event
}

/** The base form of a headline verb (`approve`, `take` of `approves`, `takes`): a plural subject's verb. */
function isBaseHeadlineVerb(lower: string): boolean {
  return lower.length > 2 && !lower.endsWith('s') && (headlineVerbs.has(`${lower}s`) || headlineVerbs.has(`${lower}es`) || extraBases.has(lower))
}

// Base forms whose `-s` form the list lacks because it reads as a noun there (`takes`, `stakes`).
const extraBases: ReadonlySet<string> = new Set(['take', 'make', 'back', 'set', 'pick', 'move', 'launch', 'push', 'weigh', 'eye', 'target'])

/** Is the subject before a base-form verb plural: a plural word right before it, or `and` in the five words before? */
function pluralSubjectBefore(words: Words, index: number): boolean {
  const previous = (words.tokens[index - 1] as Token).lower
  if (previous.endsWith('s') && !previous.endsWith('ss')) return true
  for (let at = index - 2; at >= Math.max(words.first, index - 6); at--) if ((words.tokens[at] as Token).lower === 'and' || (words.tokens[at] as Token).text === '&') return true
  return false
}

/**
 * A headline verb stands after its subject and before its object (`Iluka Wins Loan`, `Prices Climb in Rotterdam`):
 * after a name, or a plural noun for a base form; not at the end, and not after a determiner or a modifier, where
 * the same word is a noun (`permitting delays`, `the cuts`).
 */
function isHeadlineVerbAt(words: Words, index: number): boolean {
  if (index === words.first || index + 1 >= words.last) return false
  const token = words.tokens[index] as Token
  const previous = words.tokens[index - 1] as Token
  if (!spaceBefore(words, index)) return false
  if (isCapitalized(previous.text) && !isFunctionWord(previous.lower)) return true
  const base = !token.lower.endsWith('s')
  return base && previous.text === previous.lower && previous.lower.endsWith('s') && !isFunctionWord(previous.lower)
}

// After these a verb of appearance is about looking, not a judgment (`looks at options`, `looks to expand`).
const lookingAt: ReadonlySet<string> = new Set(['at', 'into', 'to', 'for', 'forward', 'ahead', 'back', 'after', 'over', 'through', 'around', 'up', 'out', 'beyond', 'abroad', 'elsewhere', 'set'])
