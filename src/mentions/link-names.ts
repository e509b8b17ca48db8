import {genericClasses} from '../lexicon/generic-classes.js'
import {organizationWords} from '../lexicon/organization-words.js'
import {finiteSayingForms} from '../lexicon/saying.js'
import {isGazetteerKey, type EntityMentionMatch} from './find-entities.js'
import {nameKey} from './gazetteer-trie.js'
import type {ProperName} from './proper-names.js'
import {isCapitalized, tokensOf as unitTokensOf, type Token, type UnitTokens, type WordTable} from './tokenize.js'

/**
 * One text unit as `linkNames` reads it: its text and packed tokens (with the document's word table), the mentions
 * found in it (in order), and the runs shaped like a personal name that no rule named.
 *
 * @example
 * const unit: UnitNames = {from: 'body', text, tokens, words, entities: findEntityMentions(text, tokens, runs), runs}
 */
export interface UnitNames {
  readonly from: string
  readonly text: string
  readonly tokens: UnitTokens
  readonly words: WordTable
  readonly entities: ReadonlyArray<EntityMentionMatch>
  readonly runs: ReadonlyArray<ProperName>
}

const gendered: ReadonlySet<string> = new Set(['he', 'she', 'his', 'him', 'her', 'himself', 'herself', 'hers'])

/**
 * Link the names an article uses after its first mention of a party, as news style does (AP Stylebook: full
 * name on first reference, surname after; a company's short name after its full name):
 *
 * - a run shaped like a personal name that no rule named becomes a person when later evidence says so: its
 *   last word stands alone where a speaker stands (`Elliot Vance founded Kestrel …` then `According to Vance`,
 *   `Vance said`), or `he`/`she` follows in the same or the next paragraph (`… Lena Fairbrook takes aim … She
 *   argues`);
 * - a person's surname alone (`Whitfield was blunt`) is a mention of that person wherever it stands;
 * - an organization found by its form is also named by its name without the company words (`Kestrel Magnetics`
 *   → `Kestrel`, `Harrow Bay Resources` → `Harrow Bay`), and a one- or two-word name read as a speaker that is
 *   such a short name is that organization.
 *
 * One pass over the mentions and one over the tokens of each unit.
 *
 * @param units the units in reading order
 * @returns the mentions of each unit, with the new ones added in text order
 * @example
 * linkNames(units)[1]?.map((m) => m.name) // → ['Dana Whitfield'] for `Whitfield was blunt.` after `Dana Whitfield, CEO of …`
 */
export function linkNames(units: ReadonlyArray<UnitNames>): Array<ReadonlyArray<EntityMentionMatch>> {
  const people = new Map<string, EntityMentionMatch>()
  const shortNames = new Map<string, EntityMentionMatch | null>()
  const speakers = new Set<string>()
  for (const unit of units) {
    for (const mention of unit.entities) {
      if (mention.type === 'person' || mention.type === 'other') {
        const words = mention.name.split(' ')
        if (mention.type === 'person' && words.length >= 2) addPerson(people, mention)
        else if (words.length === 1) speakers.add(mention.text)
      } else if (mention.type === 'organization' && !isGazetteerKey(mention.key)) {
        const short = shortName(mention.name)
        // Two organizations with one short name: the short name names neither.
        if (short) shortNames.set(short, shortNames.has(short) && shortNames.get(short)?.key !== mention.key ? null : mention)
      }
    }
  }
  // A capitalized word right before a verb of saying stands where a speaker stands (`Ashworth writes that …`),
  // even at the start of a sentence, where the finders do not take one word for a name. Only the last words of
  // runs can be promoted by it, so only they are looked for.
  const lastWords = new Set<string>()
  for (const unit of units) for (const run of unit.runs) lastWords.add(wordAt(unit, run.last))
  for (const unit of lastWords.size > 0 ? units : []) {
    const {text} = unit
    const tokens = tokensOf(unit)
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index] as Token
      // A name's last word is capitalized: a character test passes over the rest before any lookup.
      const code = token.text.charCodeAt(0)
      if (code < 0x41 || (code > 0x5a && code < 0x80) || !lastWords.has(token.text)) continue
      const next = tokens[index + 1] as Token
      if (next.text === next.lower && finiteSayingForms.has(next.lower) && text.slice(token.end, next.start) === ' ') speakers.add(token.text)
    }
  }
  const promoted = units.map((unit, index) => promote(unit, units[index + 1], speakers, people, shortNames))
  // The first words of two-word short names: a pair of words is built and looked up only after one of them.
  const pairStarts = new Set<string>()
  for (const short of shortNames.keys()) {
    const space = short.indexOf(' ')
    if (space > 0) pairStarts.add(short.slice(0, space))
  }
  return units.map((unit, index) => addShortMentions(unit, promoted[index] ?? [], people, shortNames, pairStarts))
}

/** A unit's tokens, unpacked (when they were packed) for one pass over it. */
function tokensOf(unit: UnitNames): ReadonlyArray<Token> {
  return unitTokensOf(unit.tokens, unit.words)
}

/** The word (as written) of the unit's token at `index`. */
function wordAt(unit: UnitNames, index: number): string {
  return Array.isArray(unit.tokens) ? ((unit.tokens[index] as Token).text) : ((unit.tokens as {words: ReadonlyArray<string>}).words[index] as string)
}

/** The index of the unit's last `he`/`she`/`his`/`her` (…), or -1. */
function lastGenderedPronoun(unit: UnitNames): number {
  const tokens = tokensOf(unit)
  for (let index = tokens.length - 1; index >= 0; index--) if (gendered.has((tokens[index] as Token).lower)) return index
  return -1
}

function addPerson(people: Map<string, EntityMentionMatch>, mention: EntityMentionMatch): void {
  const surname = mention.name.split(' ').at(-1)
  if (surname && surname.length > 1 && !people.has(surname)) people.set(surname, mention)
}

/**
 * A found organization's name without its company words and class words at the end (`Tarn Valley Rare Earths` →
 * `Tarn Valley`), when what is left is a name (capitalized, four letters or more, not a class).
 */
function shortName(name: string): string | undefined {
  const words = name.split(' ')
  let end = words.length
  while (end > 0 && (organizationWords.has((words[end - 1] ?? '').toLowerCase()) || isClassWord(words[end - 1] ?? ''))) end -= 1
  if (end === 0 || end === words.length || end > 2) return undefined
  const short = words.slice(0, end).join(' ')
  if (short.length < 4 || !words.slice(0, end).every((word) => isCapitalized(word)) || genericClasses.has(short.toLowerCase())) return undefined
  return short
}

// Words of the generic classes' names (`rare`, `earth`, `critical`): never the distinctive part of a name.
const classWords: ReadonlySet<string> = new Set([...genericClasses].flatMap((phrase) => phrase.split(/[\s-]/u)))

function isClassWord(word: string): boolean {
  return classWords.has(word.toLowerCase())
}

/** The unit's runs that evidence shows are people, as person mentions. */
function promote(
  unit: UnitNames,
  next: UnitNames | undefined,
  speakers: ReadonlySet<string>,
  people: Map<string, EntityMentionMatch>,
  shortNames: ReadonlyMap<string, EntityMentionMatch | null>
): EntityMentionMatch[] {
  if (unit.runs.length === 0) return []
  // Read once per unit, not once per run: a long paragraph of names stays linear.
  const pronounNext = next !== undefined && next.from === unit.from && lastGenderedPronoun(next) >= 0
  const lastPronoun = lastGenderedPronoun(unit)
  const tokens = tokensOf(unit)
  const added: EntityMentionMatch[] = []
  for (const run of unit.runs) {
    const first = tokens[run.first] as Token
    const last = tokens[run.last] as Token
    const name = unit.text.slice(first.start, last.end)
    if (shortNames.has(name) || people.has(last.text)) continue
    const pronounAfter = pronounNext || lastPronoun > run.last
    if (!speakers.has(last.text) && !pronounAfter) continue
    const mention: EntityMentionMatch = {key: `person:${nameKey(name)}`, name, type: 'person', text: name, start: first.start, end: last.end}
    addPerson(people, mention)
    added.push(mention)
  }
  return added
}

/** The unit's mentions with the promoted runs, the surnames and the short names of organizations added. */
function addShortMentions(
  unit: UnitNames,
  promoted: ReadonlyArray<EntityMentionMatch>,
  people: ReadonlyMap<string, EntityMentionMatch>,
  shortNames: ReadonlyMap<string, EntityMentionMatch | null>,
  pairStarts: ReadonlySet<string>
): ReadonlyArray<EntityMentionMatch> {
  const mentions = promoted.length === 0 ? unit.entities : [...unit.entities, ...promoted].sort((a, b) => a.start - b.start)
  if (people.size === 0 && shortNames.size === 0) return mentions
  const {text} = unit
  const tokens = tokensOf(unit)
  const added: EntityMentionMatch[] = []
  let cursor = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    // Short names and surnames are capitalized: a character test passes over most words.
    const code = token.text.charCodeAt(0)
    if (code < 0x41 || (code > 0x5a && code < 0x80) || !isCapitalized(token.text)) continue
    // Most capitalized words start no short name and are no surname: one set test each passes over them.
    if (!people.has(token.text) && !shortNames.has(token.text) && !pairStarts.has(token.text)) continue
    while (cursor < mentions.length && (mentions[cursor] as EntityMentionMatch).end <= token.start) cursor += 1
    const current = mentions[cursor]
    if (current && current.start <= token.start) continue
    const previous = tokens[index - 1]
    const next = tokens[index + 1]
    // Part of a longer capitalized name (`Vance Holdings`, `Bay Area`): not the short name alone.
    if (previous && isCapitalized(previous.text) && token.start === previous.end + 1 && text.charCodeAt(previous.end) === 0x20) continue
    const pair = next && pairStarts.has(token.text) && next.start === token.end + 1 && text.charCodeAt(token.end) === 0x20 ? `${token.text} ${next.text}` : undefined
    const organization = (pair && shortNames.get(pair)) || (!nextJoins(tokens, text, index) ? shortNames.get(token.text) : undefined)
    if (organization) {
      const end = pair && shortNames.get(pair) ? (next as Token).end : token.end
      added.push({key: organization.key, name: organization.name, type: 'organization', text: text.slice(token.start, end), start: token.start, end})
      if (end !== token.end) index += 1
      continue
    }
    const person = nextJoins(tokens, text, index) ? undefined : people.get(token.text)
    if (person) added.push({key: person.key, name: person.name, type: 'person', text: token.text, start: token.start, end: token.end})
  }
  const all = added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start)
  // A one- or two-word speaker by form that is an organization's short name is that organization.
  if (shortNames.size === 0) return all
  return all.map((mention) => {
    if (mention.type !== 'person' && mention.type !== 'other') return mention
    const organization = shortNames.get(mention.text)
    return organization ? {...mention, key: organization.key, name: organization.name, type: 'organization'} : mention
  })
}

/** The next token continues a capitalized name (`Kestrel Capital` is not `Kestrel`). */
function nextJoins(tokens: ReadonlyArray<Token>, text: string, index: number): boolean {
  const token = tokens[index] as Token
  const next = tokens[index + 1]
  if (next === undefined || next.start !== token.end + 1 || !isCapitalized(next.text)) return false
  const gap = text.charCodeAt(token.end)
  return gap === 0x20 || gap === 0x2d
}
