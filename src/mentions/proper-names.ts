import {genericClasses} from '../lexicon/generic-classes.js'
import {monthAbbreviations, monthNames, weekdayNames} from '../lexicon/months.js'
import {industryWords, organizationWords} from '../lexicon/organization-words.js'
import {finiteSayingForms, sayingHomographs} from '../lexicon/saying.js'
import {honorifics, personTitles} from '../lexicon/titles.js'
import type {EntityType} from '../schema/mentions.js'
import {isSpaceCode} from '../structure/is-space-code.js'
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

// Titles and honorifics, one word each (`Chairman`, `CEO`, `Dr`), and the words that open a multiword title
// (`chief` executive, `managing` director): they stand before a person's name or beside it.
// Words that open a multiword title but also name things (`member`, `party`, `trade`, `press`): never a title alone.
const notTitlesAlone: ReadonlySet<string> = new Set(['member', 'party', 'trade', 'press', 'portfolio', 'special', 'under'])
const titleWords: ReadonlySet<string> = new Set(
  [
    ...personTitles.filter((title) => !title.includes(' ')),
    ...personTitles.filter((title) => title.includes(' ')).map((title) => title.split(' ')[0] ?? title),
    ...honorifics
  ].filter((word) => !organizationWords.has(word) && !notTitlesAlone.has(word))
)

const speakerBefore = /(?:\baccording to|,\s?(?:said|says|added|noted|told reporters))\s$/u
// Before a name: the end of a quotation or a comma, then a verb of saying (`,” wrote Lena Fairbrook`).
const quoteOrComma = /[,”"]\s*$/u

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
  placed: ArrayLike<number> = [],
  leftovers?: ProperName[]
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
    const found = namesInRun(tokens, text, index, last, placed)
    for (const name of found) names.push(name)
    if (found.length === 0 && leftovers) {
      const run = nameRun(tokens, index, last, placed)
      if (run) leftovers.push(run)
    }
    index = last + 1
  }
  return names
}

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
    names.push(...organizationIn(tokens, segmentFirst, index - 1))
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
 * A company word standing as a word of its own: `Co` in `Acme Co.`, not the `Co` that the tokenizer split from
 * `SmCo` (glued to the token before it).
 */
function isCompanyWord(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]
  if (token === undefined || !organizationWords.has(token.lower)) return false
  const previous = tokens[index - 1]
  return previous === undefined || previous.end < token.start
}

function isPersonWord(token: Token | undefined): boolean {
  return token !== undefined && !organizationWords.has(token.lower) && !connectors.has(token.lower) && !titleWords.has(token.lower)
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
      names.push(...organizationAt(tokens, start, index - 1, placed))
      start = index + 1
    }
  }
  names.push(...organizationAt(tokens, start, last, placed))
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
  // `Sales and Securities Divisions`: a trade word after a connector is a plain noun, not a company's last word.
  if (industryWords.has(tokens[keyword]?.lower ?? '') && connectors.has(tokens[keyword - 1]?.lower ?? '')) return []
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

/**
 * A person (two or three words) or other name (one word) where news names a speaker or gives a role: before a
 * verb of saying (also past an aside: `Zhou Lan, speaking at …, said`), before `, <role>` (`Liu Peixun,
 * Chairman`, `Rosa Delgado, an analyst at …`, `Sun Meiling, a consultant who …`), before `, who`, before `of`
 * and a known organization (`Yuki Tanabe of JOGMEC`); or after `according to`, a lower-case title, or a verb of
 * saying after a quotation or a comma (`,” wrote Lena Fairbrook`).
 */
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
  const spacedBefore = before !== undefined && isSpaces(text, before.end, firstToken.start)
  const titledBefore = spacedBefore && titleWords.has((before as Token).text)
  // `,” wrote Lena Fairbrook.` but not `…, said Meridian Magnet Works had …`: the name ends the clause there.
  const saidBefore =
    spacedBefore &&
    finiteSayingForms.has((before as Token).lower) &&
    (before as Token).text === (before as Token).lower &&
    quoteOrComma.test(text.slice(Math.max(0, (before as Token).start - 3), (before as Token).start)) &&
    (next === undefined || hasCode(text, lastToken.end, next.start, clausePunctuation) || clauseEnders.has(next.lower))
  const afterCue = before !== undefined && (before.lower === 'to' || before.lower === 'said' || before.lower === 'says' || before.lower === 'added' || before.lower === 'noted' || before.lower === 'reporters') &&
    speakerBefore.test(text.slice(Math.max(0, firstToken.start - 16), firstToken.start).toLowerCase())
  if (count >= 2 && (titledBefore || saidBefore || afterCue)) return {type: 'person', first, last}
  // `according to Vance`: one word where a speaker stands, a surname or a short name (`linkNames` may join it).
  if (count === 1 && afterCue && before?.lower === 'to') return {type: 'other', first, last}
  if (!next) return undefined
  const spaced = isSpaces(text, lastToken.end, next.start)
  const comma = !spaced && text.charCodeAt(lastToken.end) === 0x2c && isSpaces(text, lastToken.end + 1, next.start, true)
  // `The company’s spokeswoman, Amelia Grant, said`: a name between commas right before the verb.
  const saying = (spaced || (comma && count >= 2)) && isSayingAt(tokens, last + 1)
  const titled = comma && (isRoleAt(tokens, last + 1) || next.lower === 'who')
  const ofOrganization = spaced && next.lower === 'of' && count >= 2 && isKnownOrganizationAt(tokens, last + 2, placed)
  const sayingAfterAside = comma && count >= 2 && sayingAfterComma(tokens, text, last + 1)
  if (!saying && !titled && !ofOrganization && !sayingAfterAside) return undefined
  // One capitalized word opening a sentence (`Leadership emphasized`) is more often a common noun than a name.
  const opening = /(?:^|[.!?:]\s*)$/u.test(text.slice(Math.max(0, firstToken.start - 3), firstToken.start))
  const capitalTitle = comma && isCapitalized(next.text) && titleWords.has(next.lower)
  if (count === 1 && (opening || (!saying && !capitalTitle))) return undefined
  return {type: count === 1 ? 'other' : 'person', first, last}
}

// After a speaker named after `said`, what shows the name ends the clause (`, said Li Wei.`, `wrote Li Wei in …`).
const clausePunctuation: ReadonlyArray<number> = [0x2c, 0x2e, 0x3b, 0x3a]
const clauseEnders: ReadonlySet<string> = new Set(['in', 'at', 'on', 'of', 'for', 'to'])

/** Is `text[from, to)` white space (and not empty, unless `allowEmpty`)? Read by code, with no copy. */
function isSpaces(text: string, from: number, to: number, allowEmpty = false): boolean {
  if (from >= to) return allowEmpty
  for (let at = from; at < to; at++) if (!isSpaceCode(text.charCodeAt(at))) return false
  return true
}

/** Does `text[from, to)` hold one of `codes`? */
function hasCode(text: string, from: number, to: number, codes: ReadonlyArray<number>): boolean {
  for (let at = from; at < to; at++) if (codes.includes(text.charCodeAt(at))) return true
  return false
}

/** A finite verb of saying at `index` (`says`, `argued`; a form that is also a noun only before `that`). */
function isSayingAt(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]
  if (!token || token.text !== token.lower || !finiteSayingForms.has(token.lower)) return false
  return !sayingHomographs.has(token.lower) || token.lower === 'said' || tokens[index + 1]?.lower === 'that'
}

/** A role after a name and a comma: a title, after an article and up to two modifiers (`, a metals trader`). */
function isRoleAt(tokens: ReadonlyArray<Token>, index: number): boolean {
  let at = index
  const article = tokens[at]?.lower
  if (article === 'a' || article === 'an' || article === 'the' || article === 'its' || article === 'their') at += 1
  for (let modifiers = 0; modifiers <= 2; modifiers++) {
    const word = tokens[at + modifiers]
    if (!word) return false
    if (titleWords.has(word.lower)) return true
  }
  return false
}

/** A known organization (or a person's employer named by the gazetteer) at `index`, after an optional `the`. */
function isKnownOrganizationAt(tokens: ReadonlyArray<Token>, index: number, placed: ArrayLike<number>): boolean {
  const at = tokens[index]?.lower === 'the' ? index + 1 : index
  return placed[at] === 1
}

/** `, speaking at the association's meeting, said`: an aside of up to 30 words, then a comma and a verb of saying. */
function sayingAfterComma(tokens: ReadonlyArray<Token>, text: string, index: number): boolean {
  for (let at = index + 1; at < Math.min(tokens.length, index + 30); at++) {
    const from = (tokens[at - 1] as Token).end
    const to = (tokens[at] as Token).start
    // Nearly every gap is one space: nothing to look for in it.
    if (to === from + 1 && text.charCodeAt(from) === 0x20) continue
    if (hasCode(text, from, to, sentencePunctuation)) return false
    if (hasCode(text, from, to, commaCode)) return isSayingAt(tokens, at)
  }
  return false
}

const sentencePunctuation: ReadonlyArray<number> = [0x2e, 0x3b, 0x3a, 0x21, 0x3f]
const commaCode: ReadonlyArray<number> = [0x2c]
