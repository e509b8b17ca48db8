import type {EntityType, FoundEntity} from '../schema/mentions.js'
import {gazetteer} from '../lexicon/gazetteer/index.js'
import {buildTrie, isNameGap, matchTrie, nameKey, type TrieMatch} from './gazetteer-trie.js'
import {buildBags, matchBag} from './fuzzy-names.js'
import {findProperNames, type ProperName} from './proper-names.js'
import {isAllCaps, isCapitalized, startsWithDigit, tokenize, type Token} from './tokenize.js'

// Built once at load from frozen data and never changed after: matching costs one trie walk per token.
const trie = buildTrie(gazetteer)
const gazetteerKeys: ReadonlySet<string> = new Set(gazetteer.map((entry) => entry.key))

/**
 * Is `key` the key of a gazetteer entity (rather than of a name found by its form)?
 *
 * @example
 * isGazetteerKey('organization:lynas rare earths') // → true
 */
export function isGazetteerKey(key: string): boolean {
  return gazetteerKeys.has(key)
}
const bags = buildBags(gazetteer)

/**
 * One mention with the key of the entity it names (`organization:lynas rare earths`).
 *
 * @example
 * findEntityMentions('Lynas grew.')[0]?.key // → 'organization:lynas rare earths'
 */
export interface EntityMentionMatch {
  readonly key: string
  readonly name: string
  readonly type: EntityType
  readonly text: string
  readonly start: number
  readonly end: number
}

// Company-form abbreviations keep their period in the mention (`Co., Ltd.`).
const abbreviatedSuffixes = new Set(['co', 'ltd', 'inc', 'corp'])

/**
 * Find every entity mention in text, each with the stable key of its entity: gazetteer names and aliases
 * first (leftmost-longest), then names found by their form, then acronyms defined in brackets
 * (`Acme Metals Group (AMG)`) and used later.
 *
 * @param text the text
 * @param tokens (optional) `tokenize(text)`, when the caller has it already
 * @param leftovers (optional) filled with the runs shaped like a personal name that no rule named (`linkNames`
 *   reads them)
 * @param titleCase (optional) `isTitleCase(tokens, text)`, when the caller has it already
 * @returns mentions in text order
 * @example
 * findEntityMentions('Lynas said.')[0] // → {key: 'organization:lynas rare earths', name: 'Lynas Rare Earths', type: 'organization', text: 'Lynas', start: 0, end: 5}
 */
export function findEntityMentions(
  text: string,
  tokens: ReadonlyArray<Token> = tokenize(text),
  leftovers?: ProperName[],
  titleCase = isTitleCase(tokens, text)
): EntityMentionMatch[] {
  const known = widenMisspelt(
    matchTrie(trie, tokens, text).filter((match) => !isCurrencyPrefix(tokens, text, match.last)),
    tokens,
    text
  )
  // Per token: 1 where a known organization or person stands (names by form stop there), 2 where a known place
  // or material stands (it may sit inside an organization's name, never inside a person's). One buffer serves
  // every step: after the names by form are read, 3 marks their words.
  const held = new Uint8Array(tokens.length)
  for (const match of known) held.fill(match.entry.type === 'organization' || match.entry.type === 'person' ? 1 : 2, match.first, match.last + 1)
  // In a Title Case line every word is capitalized, so form alone cannot tell names from verbs
  // (`Lynas Secures Bank Loan`): there only the gazetteer and bracketed acronyms are trusted.
  const unknown = titleCase ? [] : findProperNames(tokens, text, held, leftovers)
  // A place or material inside a longer organization name is part of that name (`Baotou ... Institute`).
  for (const name of unknown) held.fill(3, name.first, name.last + 1)
  const kept = unknown.length === 0 ? known : known.filter((match) => !inName(held, match.first, match.last))
  // Both lists are in text order and do not overlap: merged, not concatenated and sorted.
  const mentions: EntityMentionMatch[] = []
  let knownIndex = 0
  let unknownIndex = 0
  while (knownIndex < kept.length || unknownIndex < unknown.length) {
    const match = kept[knownIndex]
    const name = unknown[unknownIndex]
    if (match && (!name || match.first <= name.first)) {
      mentions.push(fromKnown(match, tokens, text))
      knownIndex += 1
    } else if (name) {
      mentions.push(fromUnknown(name, tokens, text))
      unknownIndex += 1
    }
  }
  const acronyms = acronymMentions(mentions, tokens, text)
  // Usually no acronym is defined: the mentions are sorted already.
  return linkShortNames(acronyms.length === 0 ? mentions : [...mentions, ...acronyms].sort((a, b) => a.start - b.start))
}

/** Does a name found by its form (3 in `held`) cover any of tokens `first…last`? */
function inName(held: Uint8Array, first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (held[index] === 3) return true
  return false
}

/**
 * Give a one-word name the entity of the person it is part of (`Song said` after `Song Zhiping`): a one-word
 * `other` or `person` mention equal to the first or last word of a longer person's name joins that person.
 *
 * @param mentions mentions with keys, in any order
 * @returns the mentions, re-keyed where a one-word name belongs to a person
 * @example
 * linkShortNames(findEntityMentions('President Song Zhiping spoke; later, Song said so.')).map((m) => m.name)
 * // → ['Song Zhiping', 'Song Zhiping']
 */
export function linkShortNames(mentions: ReadonlyArray<EntityMentionMatch>): EntityMentionMatch[] {
  const owners = new Map<string, EntityMentionMatch>()
  for (const mention of mentions) {
    if (mention.type !== 'person') continue
    const words = mention.name.split(' ')
    if (words.length < 2) continue
    for (const word of [words[0], words.at(-1)]) if (word && !owners.has(word)) owners.set(word, mention)
  }
  if (owners.size === 0) return [...mentions]
  return mentions.map((mention) => {
    const owner = (mention.type === 'other' || mention.type === 'person') && !mention.text.includes(' ') ? owners.get(mention.text) : undefined
    return owner ? {...mention, key: owner.key, name: owner.name, type: 'person'} : mention
  })
}

/**
 * True for a headline in Title Case (`Baogang Group Injects ¥1 Billion to Increase Stake`): at least four words
 * of four letters or more, every one of them capitalized, and no final period. A sentence dense with names
 * still has a lower-case verb or preposition (`signed with`) or ends with a period.
 *
 * @example
 * isTitleCase(tokenize('Lynas Secures Bank Loan From Export Agency'), 'Lynas Secures Bank Loan From Export Agency') // → true
 */
export function isTitleCase(tokens: ReadonlyArray<Token>, text: string): boolean {
  if (text.trimEnd().endsWith('.')) return false
  let long = 0
  for (const token of tokens) {
    if (token.text.length < 4 || startsWithDigit(token.text)) continue
    if (!isCapitalized(token.text)) return false
    long += 1
  }
  return long >= 4
}

/**
 * A name written right before `$` is part of a currency symbol (`US$134 million`, `HK$`, `NZ$`), not a mention of
 * the country: the quantity finder reads it as the currency.
 */
function isCurrencyPrefix(tokens: ReadonlyArray<Token>, text: string, last: number): boolean {
  return text.charCodeAt((tokens[last] as Token).end) === 0x24
}

function spanEnd(tokens: ReadonlyArray<Token>, text: string, last: number): number {
  const token = tokens[last] as Token
  if (text[token.end] !== '.') return token.end
  // `Co., Ltd.` and `U.S.` keep their last period.
  const initial = token.text.length === 1 && text[token.start - 1] === '.'
  return abbreviatedSuffixes.has(token.lower) || initial ? token.end + 1 : token.end
}

/**
 * A known organization right after one or two capitalised words may be part of a longer known name written with
 * a typo or in another word order (`Nothen China Rare Earth Group` holds `China Rare Earth Group`, but names
 * `China Northern Rare Earth Group`): widen the match when the whole run fits a known name as a bag of words.
 */
function widenMisspelt(matches: ReadonlyArray<TrieMatch>, tokens: ReadonlyArray<Token>, text: string): TrieMatch[] {
  let previousLast = -1
  return matches.map((match) => {
    const result = match.entry.type === 'organization' ? widen(match, tokens, text, previousLast) : match
    previousLast = result.last
    return result
  })
}

function widen(match: TrieMatch, tokens: ReadonlyArray<Token>, text: string, previousLast: number): TrieMatch {
  for (let extra = 1; extra <= 2; extra++) {
    const first = match.first - extra
    const token = tokens[first]
    if (first <= previousLast || !token || !isCapitalized(token.text) || !isNameGap(tokens, text, first)) return match
    const words = tokens.slice(first, match.last + 1).map((each) => each.lower)
    const entry = matchBag(bags, words)
    if (entry) return {entry, first, last: match.last}
  }
  return match
}

function fromKnown(match: TrieMatch, tokens: ReadonlyArray<Token>, text: string): EntityMentionMatch {
  const start = (tokens[match.first] as Token).start
  const end = spanEnd(tokens, text, match.last)
  return {key: match.entry.key, name: match.entry.name, type: match.entry.type, text: text.slice(start, end), start, end}
}

function fromUnknown(name: ProperName, tokens: ReadonlyArray<Token>, text: string): EntityMentionMatch {
  const start = (tokens[name.first] as Token).start
  const end = spanEnd(tokens, text, name.last)
  const surface = text.slice(start, end)
  return {key: `${name.type}:${nameKey(surface)}`, name: surface, type: name.type, text: surface, start, end}
}

// `Name (ACR)`: the bracketed acronym is another name of the organization just before it.
const bracketedAcronym = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/u

function acronymMentions(mentions: ReadonlyArray<EntityMentionMatch>, tokens: ReadonlyArray<Token>, text: string): EntityMentionMatch[] {
  const defined = new Map<string, EntityMentionMatch>()
  for (const mention of mentions) {
    if (mention.type !== 'organization') continue
    const acronym = bracketedAcronym.exec(text.slice(mention.end, mention.end + 16))?.[1]
    if (acronym && isAllCaps(acronym) && !defined.has(acronym)) defined.set(acronym, mention)
  }
  if (defined.size === 0) return []
  // Mentions are sorted: a cursor tells whether a token already sits inside one, in linear time.
  const found: EntityMentionMatch[] = []
  let cursor = 0
  for (const token of tokens) {
    while (cursor < mentions.length && (mentions[cursor] as EntityMentionMatch).end <= token.start) cursor += 1
    const current = mentions[cursor]
    const taken = current !== undefined && current.start <= token.start && token.end <= current.end
    const owner = defined.get(token.text)
    if (!owner || taken) continue
    found.push({key: owner.key, name: owner.name, type: owner.type, text: token.text, start: token.start, end: token.end})
  }
  return found
}

/**
 * Find organizations, people, places and materials in text: one entity per real-world thing, with every
 * name it goes by in the text (`aliases`, besides `name`) and every mention's offsets. Gazetteer entities take
 * their canonical name; others the first name seen.
 *
 * @param text the text
 * @returns entities in order of first mention
 * @example
 * findEntities('Northern Rare Earth (opens) and China Northern Rare Earth Group High-Tech Co., Ltd. met in Baotou.')
 * // → [{name: 'China Northern Rare Earth Group High-Tech Co., Ltd.', type: 'organization',
 * //      aliases: ['Northern Rare Earth'], mentions: [{text: 'Northern Rare Earth', start: 0, end: 19}, …]},
 * //    {name: 'Baotou', type: 'place', aliases: [], mentions: [{text: 'Baotou', start: 91, end: 97}]}]
 */
export function findEntities(text: string): FoundEntity[] {
  return groupMentions(findEntityMentions(text), (mention) => ({text: mention.text, start: mention.start, end: mention.end}))
}

/**
 * Group mentions by entity key, in order of first mention; `aliases` are the other surface names seen.
 *
 * @param mentions mentions with keys
 * @param toMention how a mention is recorded in the group
 * @returns one group per entity
 * @example
 * groupMentions(findEntityMentions('Lynas and Lynas Corp.'), (m) => m.text)[0].aliases // → ['Lynas', 'Lynas Corp.']
 */
export function groupMentions<M>(
  mentions: ReadonlyArray<EntityMentionMatch>,
  toMention: (mention: EntityMentionMatch) => M
): Array<{name: string; type: EntityType; aliases: string[]; mentions: M[]}> {
  const groups = new Map<string, {name: string; type: EntityType; aliases: string[]; mentions: M[]}>()
  const seen = new Map<string, Set<string>>()
  for (const mention of mentions) {
    let group = groups.get(mention.key)
    let names = seen.get(mention.key)
    if (!group || !names) {
      group = {name: mention.name, type: mention.type, aliases: [], mentions: []}
      names = new Set([mention.name])
      groups.set(mention.key, group)
      seen.set(mention.key, names)
    }
    if (!names.has(mention.text)) {
      names.add(mention.text)
      group.aliases.push(mention.text)
    }
    group.mentions.push(toMention(mention))
  }
  return [...groups.values()]
}
