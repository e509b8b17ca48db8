import {monthAbbreviations, monthNames, weekdayNames} from '../lexicon/months.js'
import type {EntityType} from '../schema/mentions.js'
import {isNameGap} from './gazetteer-trie.js'
import {isAllCaps, isCapitalized, startsWithDigit, type Token} from './tokenize.js'

/**
 * A name found by its form, over tokens `[first, last]` (inclusive).
 *
 * @example
 * const name: ProperName = {type: 'person', first: 2, last: 3}
 */
export interface ProperName {
  readonly type: EntityType
  readonly first: number
  readonly last: number
}

// Words that make a run of capitalized words an organization (`Baotou Research Institute`, `Ministry of X`).
const orgKeywords = new Set([
  'group', 'co', 'ltd', 'inc', 'corp', 'corporation', 'company', 'holdings', 'limited', 'llc', 'plc', 'gmbh',
  'association', 'institute', 'ministry', 'department', 'commission', 'exchange', 'agency', 'bureau', 'council',
  'administration', 'authority', 'university', 'academy', 'society', 'federation', 'committee', 'resources',
  'alliance', 'consortium', 'laboratory', 'laboratories', 'bank', 'fund', 'school', 'college', 'foundation',
  'center', 'centre', 'office', 'jsc', 'pty', 'ag', 'nv', 'sa', 'army'
])

// Titles before a person's name (`Association President Song Zhiping`) or after it (`Liu Peixun, Chairman`).
const titles = new Set([
  'chairman', 'chairwoman', 'chair', 'president', 'vice', 'ceo', 'cfo', 'coo', 'cto', 'minister', 'secretary',
  'director', 'premier', 'governor', 'senator', 'sen', 'rep', 'representative', 'dr', 'mr', 'mrs', 'ms', 'professor',
  'prof', 'commissioner', 'ambassador', 'founder', 'chief', 'executive', 'officer', 'general', 'manager', 'deputy',
  'spokesperson', 'spokesman', 'spokeswoman', 'mayor', 'chancellor', 'analyst', 'md', 'head', 'senior', 'editor',
  'correspondent', 'researcher', 'chairperson', 'partner', 'economist', 'geologist', 'strategist'
])

/** Verbs of saying after a name (`X said`): they make a capitalized name a source. */
const sayingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'noted', 'stated', 'added', 'explained', 'wrote', 'argued', 'warned', 'praised', 'pledged',
  'announced', 'claimed', 'confirmed', 'emphasized', 'emphasised', 'stressed', 'urged', 'remarked', 'commented',
  'observed', 'insisted', 'predicted', 'estimated', 'reported', 'acknowledged', 'vowed', 'promised'
])

const speakerBefore = /(?:\baccording to|,\s?(?:said|says|added|noted|told reporters))\s$/u

const connectors = new Set(['of', 'for', 'and', '&', 'de', 'du', 'von', 'der', 'van', 'the', 'on'])

// Capitalized only because they start a sentence or a clause: never the start of a name.
const leadingWords = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'by', 'from', 'with', 'as', 'while',
  'when', 'if', 'but', 'and', 'of', 'its', 'their', 'our', 'his', 'her', 'after', 'before', 'since', 'under', 'over',
  'during', 'to', 'according', 'meanwhile', 'both', 'despite', 'amid', 'overall', 'however', 'then', 'finally',
  'first', 'second', 'third', 'also', 'why', 'what', 'how', 'who', 'where', 'which', 'it', 'we', 'they', 'he', 'she',
  'i', 'you', 'there', 'here', 'so', 'yet', 'still', 'even', 'such', 'all', 'any', 'each', 'every', 'no', 'not',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'did', 'does', 'do', 'more', 'most', 'many', 'some', 'other', 'another', 'only', 'just', 'now',
  'today', 'yesterday', 'last', 'next', 'recent', 'recently', 'read', 'see', 'looking', 'importantly', 'frankly',
  'clearly', 'notably'
])

// Months, weekdays, quarters and halves are capitalized but name no one.
const calendarWords: ReadonlySet<string> = new Set([...monthNames, ...monthAbbreviations, ...weekdayNames, 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'])

function isNameWord(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    (isCapitalized(token.text) || isAllCaps(token.text)) &&
    !calendarWords.has(token.lower) &&
    !startsWithDigit(token.text)
  )
}

/**
 * Find names the gazetteer does not know, by their form: a run of capitalized words holding a company or
 * agency word (`Baosteel Group`, `Ministry of Ecology`), a person after a title (`President Song Zhiping`),
 * a person before `, Chairman` or before a verb of saying (`Jane Roe said`).
 *
 * @param tokens the tokens of `text`
 * @param text the text
 * @param blocked per token: non-zero when a gazetteer organization or person already holds it
 * @param placed (optional) per token: 2 when a gazetteer place or material holds it (never part of a person)
 * @returns the names, in order
 * @example
 * const text = 'Association President Song Zhiping praised it.'
 * findProperNames(tokenize(text), text, []) // → [{type: 'person', first: 2, last: 3}]
 */
export function findProperNames(
  tokens: ReadonlyArray<Token>,
  text: string,
  blocked: ArrayLike<number | boolean>,
  placed: ArrayLike<number> = []
): ProperName[] {
  const names: ProperName[] = []
  let index = 0
  while (index < tokens.length) {
    if (blocked[index] || !isNameWord(tokens[index])) {
      index += 1
      continue
    }
    // Grow a run of name words, with connectors (`of`, `&`) inside it.
    let last = index
    while (isNameGap(tokens, text, last) && !blocked[last + 1]) {
      const next = tokens[last + 1]
      // A capitalized function word (`From`, `With`, `Is` in Title Case) ends a name; connectors do not.
      if (isNameWord(next) && !(leadingWords.has(next.lower) && !connectors.has(next.lower))) {
        last += 1
        continue
      }
      // Up to two connectors (`Department of the Interior`) may join two name words.
      let word = last + 1
      while (word - last <= 2 && connectors.has(tokens[word]?.lower ?? '') && isNameGap(tokens, text, word)) word += 1
      if (word === last + 1 || blocked[word] || !isNameWord(tokens[word])) break
      last = word
    }
    for (const name of namesInRun(tokens, text, index, last, placed)) names.push(name)
    index = last + 1
  }
  return names
}

/** Split a run of name words at titles, then read organizations and people from its pieces. */
function namesInRun(tokens: ReadonlyArray<Token>, text: string, runFirst: number, runLast: number, placed: ArrayLike<number>): ProperName[] {
  const names: ProperName[] = []
  let first = runFirst
  while (first <= runLast && leadingWords.has(tokens[first]?.lower ?? '') && !titles.has(tokens[first]?.lower ?? '')) first += 1
  let segmentFirst = first
  let index = first
  while (index <= runLast) {
    if (!titles.has(tokens[index]?.lower ?? '')) {
      index += 1
      continue
    }
    for (const name of organizationIn(tokens, segmentFirst, index - 1)) names.push(name)
    while (index <= runLast && titles.has(tokens[index]?.lower ?? '')) index += 1
    // A person is the one to three name words after the titles (`President Song Zhiping`).
    let personLast = index - 1
    while (personLast + 1 <= runLast && personLast - index < 2 && isPersonWord(tokens[personLast + 1])) personLast += 1
    if (personLast >= index) names.push({type: 'person', first: index, last: personLast})
    index = personLast + 1
    segmentFirst = index
  }
  if (segmentFirst > runLast) return names
  const organization = organizationIn(tokens, segmentFirst, runLast)
  if (organization.length > 0) return [...names, ...organization]
  const person = personBeforeCue(tokens, text, segmentFirst, runLast, placed)
  return person ? [...names, person] : names
}

/**
 * A company word standing as a word of its own: `Co` in `Acme Co.`, not the `Co` that the tokenizer split from
 * `SmCo` (glued to the token before it).
 */
function isCompanyWord(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]
  if (token === undefined || !orgKeywords.has(token.lower)) return false
  const previous = tokens[index - 1]
  return previous === undefined || previous.end < token.start
}

function isPersonWord(token: Token | undefined): boolean {
  return token !== undefined && !orgKeywords.has(token.lower) && !connectors.has(token.lower) && !titles.has(token.lower)
}

/**
 * The organizations inside tokens `[first, last]`: a complete name before `and` is a company of its own
 * (`Vietnam Rare Earth JSC and Star Phoenix Group` are two); each goes up to its last company word, or on
 * through `of X`.
 */
function organizationIn(tokens: ReadonlyArray<Token>, first: number, last: number): ProperName[] {
  let lastKeyword = -1
  for (let index = last; index >= first && lastKeyword < 0; index--) if (isCompanyWord(tokens, index)) lastKeyword = index
  const names: ProperName[] = []
  // A loop, not recursion: a hostile line may join thousands of names with `and`.
  let start = first
  for (let index = first + 1; index < lastKeyword; index++) {
    const word = tokens[index]?.lower
    if ((word === 'and' || word === '&') && isCompanyWord(tokens, index - 1)) {
      for (const name of organizationAt(tokens, start, index - 1)) names.push(name)
      start = index + 1
    }
  }
  for (const name of organizationAt(tokens, start, last)) names.push(name)
  return names
}

/** One organization inside tokens `[first, last]`: up to its last company word, or on through `of X`. */
function organizationAt(tokens: ReadonlyArray<Token>, first: number, last: number): ProperName[] {
  while (first <= last && connectors.has(tokens[first]?.lower ?? '')) first += 1
  while (last >= first && connectors.has(tokens[last]?.lower ?? '')) last -= 1
  let keyword = -1
  for (let index = last; index >= first; index--) {
    if (isCompanyWord(tokens, index)) {
      keyword = index
      break
    }
  }
  if (keyword < 0) return []
  // `Ministry of Commerce`, `Association for Public Companies`: the name goes on after the company word.
  const after = tokens[keyword + 1]
  const end = keyword < last && after && connectors.has(after.lower) && after.lower !== 'and' ? last : keyword
  if (end === first && keyword === first) return []
  return [{type: 'organization', first, last: end}]
}

/** A person (two or three words) or other name (one word) followed by `, Chairman` or a verb of saying. */
function personBeforeCue(
  tokens: ReadonlyArray<Token>,
  text: string,
  first: number,
  last: number,
  placed: ArrayLike<number>
): ProperName | undefined {
  const count = last - first + 1
  // `Shanghai Metals said`: a known place or material is not part of a person's name, nor is a company word.
  for (let index = first; index <= last; index++) {
    if (placed[index] === 2 || !isPersonWord(tokens[index])) return undefined
  }
  const firstToken = tokens[first] as Token
  const lastToken = tokens[last]
  const next = tokens[last + 1]
  if (!lastToken || count > 3) return undefined
  // `according to Li Wei`, `…, said Li Wei`: two or three words after a cue that introduces a speaker; and
  // after a title in lower case (`says analyst Neha Mukherjee`, `chief executive Jane Roe`).
  const before = tokens[first - 1]
  const titledBefore = before !== undefined && titles.has(before.text) && /^\s+$/u.test(text.slice(before.end, firstToken.start))
  if (count >= 2 && (titledBefore || speakerBefore.test(text.slice(Math.max(0, firstToken.start - 16), firstToken.start)))) {
    return {type: 'person', first, last}
  }
  if (!next) return undefined
  const gap = text.slice(lastToken.end, next.start)
  const saying = /^\s+$/u.test(gap) && sayingVerbs.has(next.text)
  const titled = /^,\s*$/u.test(gap) && titles.has(next.lower) && isCapitalized(next.text)
  if (!saying && !titled) return undefined
  // One capitalized word opening a sentence (`Leadership emphasized`) is more often a common noun than a name.
  const opening = /(?:^|[.!?:]\s*)$/u.test(text.slice(Math.max(0, (tokens[first] as Token).start - 3), (tokens[first] as Token).start))
  if (count === 1 && opening) return undefined
  return {type: count === 1 ? 'other' : 'person', first, last}
}
