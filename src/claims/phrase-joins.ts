import {descriptors, groupNouns, isAgentNoun} from '../lexicon/descriptors.js'
import {sayingForms} from '../lexicon/saying.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import {isFunctionWord} from './clause.js'
import {gapBefore, spaceBefore, type Words} from './gaps.js'

// What a noun phrase read backwards from its head may cross besides its own words (`phraseStartBefore`): `and`
// between names or people, a comma in a list of people, an initialism's period.

/**
 * Two words `and` may join inside one noun phrase: two names (`Zhejiang and Jiangxi`) or two nouns for people
 * (`Residents and traders`, `motor makers and electronics companies`: the word before `and` and the phrase's
 * head), never a clause's end and the next clause's subject.
 *
 * @example
 * joinsLikes(residents, traders, traders) // → true for `Residents and traders`
 */
export function joinsLikes(left: Token, right: Token, head: Token): boolean {
  const names = isCapitalized(left.text) && isCapitalized(right.text) && !isFunctionWord(left.lower) && !isFunctionWord(right.lower) && !sayingForms.has(left.lower)
  return names || (isPeopleNoun(left.lower) && (isPeopleNoun(right.lower) || isPeopleNoun(head.lower)))
}

/**
 * A plural noun for people or parties: `traders`, `exporters`, `companies`.
 *
 * @example
 * isPeopleNoun('exporters') // → true
 */
export function isPeopleNoun(lower: string): boolean {
  return lower.endsWith('s') && (groupNouns.has(lower) || isAgentNoun(lower) || pluralDescriptors.has(lower))
}

// `companies`, `governments`, `ministries`: the descriptors for parties, in the plural.
const pluralDescriptors: ReadonlySet<string> = new Set(
  descriptors.filter((row) => !row.refersTo.includes('document') && !row.refersTo.includes('place')).map((row) => (row.noun.endsWith('y') ? `${row.noun.slice(0, -1)}ies` : `${row.noun}s`))
)

/**
 * Is the phrase from `at` to the next `and` a list of nouns for people whose last item `and` joins (`motor makers
 * and electronics companies`)? Only then does a comma before `at` stay inside the phrase.
 *
 * @example
 * // `Automakers, motor makers and electronics companies warned`, `at` on `motor` → true
 */
export function listOfPeople(words: Words, at: number): boolean {
  for (let index = at; index < Math.min(words.last, at + 8); index++) {
    const lower = (words.tokens[index] as Token).lower
    if (lower === 'and' || lower === 'or') return index > at && isPeopleNoun((words.tokens[index - 1] as Token).lower)
    if (index > at && !spaceBefore(words, index)) return gapBefore(words, index) === ', ' && isPeopleNoun((words.tokens[index - 1] as Token).lower)
    if (isFunctionWord(lower)) return false
  }
  return false
}

/**
 * Does token `at` follow an initialism's last period (`U.S. magnet`, `U.K. officials`): a single capital after a
 * period, then `. ` before `at`?
 *
 * @example
 * // `a U.S. magnet maker`, `at` on `magnet` → true
 */
export function afterInitialism(words: Words, at: number): boolean {
  if (at - 2 < words.first || gapBefore(words, at) !== '. ') return false
  const letter = words.tokens[at - 1] as Token
  return letter.text.length === 1 && isCapitalized(letter.text) && gapBefore(words, at - 1) === '.' && (words.tokens[at - 2] as Token).text.length === 1
}

