import {determiners} from '../lexicon/grammar.js'
import {sayingForms} from '../lexicon/saying.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import {isFunctionWord} from './clause.js'
import {gapBefore, spaceBefore, type Words} from './gaps.js'

// Verbs that take a `that` clause and are no verbs of saying.
const thatVerbs: ReadonlySet<string> = new Set([
  'means', 'mean', 'believes', 'believe', 'thinks', 'think', 'knows', 'know', 'hopes', 'hope', 'fears', 'fear',
  'feels', 'feel', 'ensures', 'ensure', 'assumes', 'assume', 'requires', 'require', 'shows', 'show', 'seems',
  'seem', 'given', 'so', 'now', 'such'
])

/**
 * The relative clauses of a sentence, as token ranges `[first, last]`: the tense and modality of their verbs
 * describe a noun, not what the sentence asserts, so the kind of the sentence is read outside them (`The
 * customer, which the corporation did not name, operates plants in Germany.` is a present fact; `a plant near
 * Rotterdam that would recover rare earths` is no plan).
 *
 * A relative clause opens at `which`, `who`, `whom`, `whose` (or `where`/`when` after a comma), or at `that`
 * right after a noun (a name, or a word with a determiner before it: `a project that had struggled`), and runs
 * to the next comma, semicolon, colon, dash or bracket, or to the end of the sentence.
 *
 * @param words the sentence
 * @returns the ranges, in order (empty for most sentences)
 * @example
 * // `The customer, which the corporation did not name, operates plants.` → the tokens of `which … name`
 */
export function relativeClauses(words: Words): Array<{first: number; last: number}> {
  const spans: Array<{first: number; last: number}> = []
  const tokens = words.tokens
  let index = words.first + 1
  while (index < words.last) {
    if (!opensRelative(words, index)) {
      index += 1
      continue
    }
    let last = index
    while (last + 1 < words.last && !endsClause(gapBefore(words, last + 1))) last += 1
    spans.push({first: index, last})
    index = last + 1
  }
  return spans
  function opensRelative(words: Words, at: number): boolean {
    const lower = (tokens[at] as Token).lower
    if (lower === 'which' || lower === 'who' || lower === 'whom' || lower === 'whose') return true
    // Most words open nothing: the gap is read only for the three that may.
    if (lower !== 'where' && lower !== 'when' && lower !== 'that') return false
    const comma = gapBefore(words, at).includes(',')
    if (lower === 'where' || lower === 'when') return comma
    if (!spaceBefore(words, at) || comma) return false
    const previous = tokens[at - 1] as Token
    // `said that`, `shows that`, `believes that`: a verb's object clause, not a relative one.
    if (isFunctionWord(previous.lower) || sayingForms.has(previous.lower) || previous.lower.endsWith('ed') || thatVerbs.has(previous.lower)) return false
    if (isCapitalized(previous.text) && at - 1 > words.first) return true
    // A determiner within the three words before makes the word before `that` a noun (`a project that`).
    for (let back = at - 2; back >= Math.max(words.first, at - 4); back--) {
      const word = (tokens[back] as Token).lower
      if (determiners.has(word) && word !== 'that' && word !== 'which' && word !== 'what') return true
      if (!spaceBefore(words, back + 1)) return false
    }
    return false
  }
}

/**
 * Is token `index` inside one of `spans` (sorted)? A linear scan: a sentence has a handful at most.
 *
 * @example
 * inSpans([{first: 3, last: 7}], 5) // → true
 */
export function inSpans(spans: ReadonlyArray<{readonly first: number; readonly last: number}>, index: number): boolean {
  for (const span of spans) {
    if (index < span.first) return false
    if (index <= span.last) return true
  }
  return false
}

function endsClause(gap: string): boolean {
  return /[,;:—–()[\]]/u.test(gap)
}
