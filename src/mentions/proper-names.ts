import {genericClasses} from '../lexicon/generic-classes.js'
import {industryWords} from '../lexicon/organization-words.js'
import type {EntityType} from '../schema/mentions.js'
import {isNameGap} from './gazetteer-trie.js'
import {connectors, isCompanyWord, isNameWord, isPersonWord, leadingWords, titleWords} from './name-words.js'
import {personBeforeCue} from './person-cues.js'
import {isAllCaps, type Token} from './tokenize.js'

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

/**
 * Find names the gazetteer does not know, by their form: a run of capitalized words holding a company or
 * agency word (`Baosteel Group`, `Ministry of Ecology`), a person after a title (`President Song Zhiping`),
 * a person before `, Chairman` or before a verb of saying (`Jane Roe said`).
 *
 * @param tokens the tokens of `text`
 * @param text the text
 * @param held per token: 1 when a gazetteer organization or person already holds it (names stop there), 2 when
 *   a gazetteer place or material does (it may sit inside an organization's name, never inside a person's)
 * @param leftovers (optional) filled with the runs shaped like a personal name that no rule named
 * @returns the names, in order
 * @example
 * const text = 'Association President Song Zhiping praised it.'
 * findProperNames(tokenize(text), text, []) // → [{type: 'person', first: 2, last: 3}]
 */
export function findProperNames(
  tokens: ReadonlyArray<Token>,
  text: string,
  held: ArrayLike<number>,
  leftovers?: ProperName[]
): ProperName[] {
  const names: ProperName[] = []
  const blocked = (index: number): boolean => held[index] === 1
  let index = 0
  while (index < tokens.length) {
    if (blocked(index) || !isNameWord(tokens[index])) {
      index += 1
      continue
    }
    // Grow a run of name words, with connectors (`of`, `&`) inside it.
    let last = index
    while (isNameGap(tokens, text, last) && !blocked(last + 1)) {
      const next = tokens[last + 1]
      // A capitalized function word (`From`, `With`, `Is` in Title Case) ends a name; connectors do not.
      if ((isNameWord(next) && !(leadingWords.has(next.lower) && !connectors.has(next.lower))) || isNameSyllable(tokens, text, last + 1)) {
        last += 1
        continue
      }
      // Up to two connectors (`Department of the Interior`) may join two name words.
      let word = last + 1
      while (word - last <= 2 && connectors.has(tokens[word]?.lower ?? '') && isNameGap(tokens, text, word)) word += 1
      if (word === last + 1 || blocked(word) || !isNameWord(tokens[word])) break
      last = word
    }
    const found = namesInRun(tokens, text, index, last, held)
    for (const name of found) names.push(name)
    if (found.length === 0 && leftovers) {
      const run = nameRun(tokens, index, last, held)
      if (run) leftovers.push(run)
    }
    index = last + 1
  }
  return names
}

/**
 * The lower-case syllable after a hyphen in a romanized given name (`Ji-hoon`, `Seo-yeon`, `Kai-shek`): two to
 * four letters joined by a hyphen to a capitalized word of at most five letters, not an English word that
 * follows a hyphen (`Lynas-led`, `Japan-based`, `Asia-wide`: `hyphenSuffixes`), and no past participle.
 */
function isNameSyllable(tokens: ReadonlyArray<Token>, text: string, index: number): boolean {
  const token = tokens[index]
  const before = tokens[index - 1]
  if (!token || !before || token.text !== token.lower || token.text.length < 2 || token.text.length > 4) return false
  if (before.text.length > 5 || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || text.slice(before.end, token.start) !== '-') return false
  return /^\p{Ll}+$/u.test(token.text) && !token.lower.endsWith('ed') && !hyphenSuffixes.has(token.lower)
}

// English words that follow a hyphen after a name or a capitalized word (`China-led`, `U.S.-made`, `Asia-wide`,
// `EU-only`): never a syllable of a given name.
const hyphenSuffixes: ReadonlySet<string> = new Set([
  'run', 'born', 'made', 'held', 'era', 'wide', 'like', 'free', 'rich', 'poor', 'type', 'size', 'term', 'year',
  'old', 'new', 'up', 'in', 'out', 'off', 'on', 'to', 'by', 'and', 'or', 'the', 'of', 'for', 'only', 'plus',
  'wise', 'ward', 'less', 'tech', 'time', 'day', 'week', 'side', 'end', 'way', 'use', 'bound', 'grade', 'scale',
  'led', 'era', 'linked', 'owned', 'area', 'zone', 'bloc', 'pact', 'deal', 'tied', 'next', 'last', 'first',
  'made', 'wing', 'line', 'rate', 'cost', 'heavy', 'lite', 'pro', 'max', 'mini', 'ii', 'iii', 'iv', 'vi'
])

/**
 * A run that no rule named but that has the shape of a personal name: two or three capitalized words, none a
 * company word, title, connector or known place (`Elliot Vance` in `Elliot Vance founded Kestrel`). Later
 * evidence may show it is a person (`linkNames`).
 */
function nameRun(tokens: ReadonlyArray<Token>, runFirst: number, runLast: number, placed: ArrayLike<number>): ProperName | undefined {
  let first = runFirst
  while (first <= runLast && leadingWords.has(tokens[first]?.lower ?? '')) first += 1
  const count = runLast - first + 1
  if (count < 2 || count > 3) return undefined
  for (let index = first; index <= runLast; index++) {
    const token = tokens[index]
    if (!isPersonWord(token) || placed[index] === 2 || isAllCaps(token?.text ?? '')) return undefined
  }
  return {type: 'person', first, last: runLast}
}

/** Split a run of name words at titles, then read organizations and people from its pieces. */
function namesInRun(tokens: ReadonlyArray<Token>, text: string, runFirst: number, runLast: number, placed: ArrayLike<number>): ProperName[] {
  const names: ProperName[] = []
  let first = runFirst
  while (first <= runLast && leadingWords.has(tokens[first]?.lower ?? '') && !titleWords.has(tokens[first]?.lower ?? '')) first += 1
  let segmentFirst = first
  let index = first
  while (index <= runLast) {
    if (!titleWords.has(tokens[index]?.lower ?? '')) {
      index += 1
      continue
    }
    for (const name of organizationIn(tokens, segmentFirst, index - 1)) names.push(name)
    while (index <= runLast && titleWords.has(tokens[index]?.lower ?? '')) index += 1
    // A person is the one to three name words after the titles (`President Song Zhiping`).
    let personLast = index - 1
    while (personLast + 1 <= runLast && personLast - index < 2 && isPersonWord(tokens[personLast + 1])) personLast += 1
    if (personLast >= index) names.push({type: 'person', first: index, last: personLast})
    index = personLast + 1
    segmentFirst = index
  }
  if (segmentFirst > runLast) return names
  const organization = organizationIn(tokens, segmentFirst, runLast, placed)
  if (organization.length > 0) return [...names, ...organization]
  const person = personBeforeCue(tokens, text, segmentFirst, runLast, placed)
  return person ? [...names, person] : names
}

/**
 * The organizations inside tokens `[first, last]`: a complete name before `and` is a company of its own
 * (`Vietnam Rare Earth JSC and Star Phoenix Group` are two); each goes up to its last company word, or on
 * through `of X`.
 */
function organizationIn(tokens: ReadonlyArray<Token>, first: number, last: number, placed: ArrayLike<number> = []): ProperName[] {
  let lastKeyword = -1
  for (let index = last; index >= first && lastKeyword < 0; index--) if (isCompanyWord(tokens, index)) lastKeyword = index
  const names: ProperName[] = []
  // A loop, not recursion: a hostile line may join thousands of names with `and`.
  let start = first
  for (let index = first + 1; index < lastKeyword; index++) {
    const word = tokens[index]?.lower
    if ((word === 'and' || word === '&') && isCompanyWord(tokens, index - 1)) {
      for (const name of organizationAt(tokens, start, index - 1, placed)) names.push(name)
      start = index + 1
    }
  }
  for (const name of organizationAt(tokens, start, last, placed)) names.push(name)
  return names
}

/**
 * One organization inside tokens `[first, last]`: up to its last company word, or on through `of X`. A run that
 * is a generic class (`Rare Earths`, `Critical Minerals`) is none; a person's name before `of` with no company
 * word in it is the person, and the organization starts after `of` (`Priya Raman of Halyard Research`).
 */
function organizationAt(tokens: ReadonlyArray<Token>, first: number, last: number, placed: ArrayLike<number> = []): ProperName[] {
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
  if (isGenericRun(tokens, first, end)) return []
  // `Sales and Securities Divisions`: a trade word after a connector is a plain noun, not a company's last word;
  // but after `of`/`for` and an earlier company word it ends the name (`Halden Institute for Materials`).
  if (industryWords.has(tokens[keyword]?.lower ?? '') && connectors.has(tokens[keyword - 1]?.lower ?? '')) {
    const joiner = tokens[keyword - 1]?.lower ?? ''
    let earlier = false
    for (let index = first; index < keyword - 1 && !earlier; index++) earlier = isCompanyWord(tokens, index) && !industryWords.has(tokens[index]?.lower ?? '')
    if (!earlier || joiner === 'and' || joiner === '&') return []
  }
  const of = personOfOrganization(tokens, first, keyword, placed)
  if (of !== undefined) {
    const orgFirst = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1
    const organization: ProperName[] = orgFirst < end || (orgFirst === end && end !== keyword) ? [{type: 'organization', first: orgFirst, last: end}] : []
    return [{type: 'person', first, last: of - 1}, ...organization]
  }
  return [{type: 'organization', first, last: end}]
}

/**
 * `Rare Earths`, `Critical Minerals`, `Heavy Rare Earth Elements`: a class, not a name, whatever its capitals; and
 * a class after a connector ends no name either (`Prices of Critical Minerals`), unless a company word stands
 * before the connector (`Office of Critical Minerals`).
 */
function isGenericRun(tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  let phrase = ''
  for (let index = last; index >= Math.max(first, last - 5); index--) {
    phrase = phrase === '' ? (tokens[index]?.lower ?? '') : `${tokens[index]?.lower ?? ''} ${phrase}`
    if (!genericClasses.has(phrase)) continue
    if (index === first) return true
    // `Office of Critical Minerals` is a name: its company word stands before the connector.
    if (connectors.has(tokens[index - 1]?.lower ?? '')) {
      let keyword = false
      for (let word = first; word < index - 1 && !keyword; word++) keyword = isCompanyWord(tokens, word)
      return !keyword
    }
  }
  return false
}

/**
 * The index of `of` in `Priya Raman of Halyard Research`: two or three person words, no company word, then `of`
 * and an organization whose company word is `keyword`. Organization names with `of` have their company word
 * before it (`Bank of China`, `Ministry of Commerce`), so a run without one before `of` names a person of it.
 */
function personOfOrganization(tokens: ReadonlyArray<Token>, first: number, keyword: number, placed: ArrayLike<number>): number | undefined {
  for (let index = first + 2; index <= Math.min(first + 3, keyword - 1); index++) {
    if (tokens[index]?.lower !== 'of') continue
    for (let word = first; word < index; word++) if (!isPersonWord(tokens[word]) || placed[word] === 2) return undefined
    return index
  }
  return undefined
}
