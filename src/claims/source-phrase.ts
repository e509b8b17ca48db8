import {descriptors, groupNouns, isAgentNoun, pronouns, publicBodyNouns, spokesNouns, type DescriptorTarget} from '../lexicon/descriptors.js'
import {publisherNames} from '../lexicon/judgment.js'
import {documentVerbs, reportingNouns} from '../lexicon/reporting-nouns.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import type {Attribution} from '../schema/claim.js'
import {isFunctionWord, phraseEndAfter, postModifiers, sentenceSubject, subjectStart} from './clause.js'
import type {CueHit} from './cue-index.js'
import {spaceBefore, type Words} from './gaps.js'
import type {Discourse, Party} from './parties.js'

/**
 * An entity mention of a sentence, by tokens `[first, last]` of its unit, with the Article entity's id, name and
 * type.
 *
 * @example
 * const mention: TokenMention = {id: 'e1', name: 'Lynas Rare Earths', type: 'organization', first: 0, last: 0, end: 5}
 */
export interface TokenMention extends Party {
  readonly first: number
  readonly last: number
  /** Where the mention ends in the unit's text: after its last token when it keeps a period (`Co., Ltd.`). */
  readonly end: number
}

/**
 * What the attribution finder reads of a sentence.
 *
 * @example
 * const input: AttributionInput = {words, hits: scanCues(tokens, 0, tokens.length), quoted, mentionAt, discourse}
 */
export interface AttributionInput {
  readonly words: Words
  /** The lexicon's cues in the sentence (`scanCues`). */
  readonly hits: ReadonlyArray<CueHit>
  /** Per unit token: 1 inside a quotation (its verbs are the speaker's words, not a cue of the sentence). */
  readonly quoted: Uint8Array
  /** The entity mention covering a unit token, if any. */
  readonly mentionAt: (token: number) => TokenMention | undefined
  /** The parties of the sentences before, for pronouns and descriptors. */
  readonly discourse: Discourse
  /** A Title Case line, where verbs are capitalized too (`Lynas Reports Record Output`). */
  readonly headline: boolean
  /** The Article name of an entity id (a party remembered from an earlier sentence carries its mention's name). */
  readonly nameOf: (id: string) => string | undefined
}

/**
 * Whose word a sentence relays: the attribution, or `self` when the publisher speaks of itself (`Rare Earth
 * Exchanges finds`, `we estimate`): then the sentence is the writer's assessment and has no source.
 *
 * @example
 * const found: FoundAttribution = {attribution: {source: 'Lynas Rare Earths', cue: 'said', entity: 'e1'}, self: false}
 */
export interface FoundAttribution {
  readonly attribution: Attribution | null
  readonly self: boolean
}

/**
 * The attribution of a sentence in which the publisher speaks of itself: no source, `self`.
 *
 * @example
 * selfSpeaking.self // → true
 */
export const selfSpeaking: FoundAttribution = Object.freeze({attribution: null, self: true})
/**
 * Where a source phrase stands: the subject of a verb of saying, inverted after it, or after a cue (`according
 * to`). A place is a source only as a subject.
 *
 * @example
 * const role: Role = 'subject'
 */
export type Role = 'subject' | 'inverted' | 'after'

const pronounReference: ReadonlyMap<string, string> = new Map(pronouns.map((row) => [row.form, row.reference]))
const descriptorTargets: ReadonlyMap<string, ReadonlyArray<DescriptorTarget>> = new Map(descriptors.map((row) => [row.noun, row.refersTo]))
const definite: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those'])
const possessivePronouns: ReadonlyMap<string, string> = new Map([['its', 'it'], ['their', 'they'], ['his', 'he'], ['her', 'she']])
// Descriptors that need no determiner (`Management told investors`).
const bareDescriptors: ReadonlySet<string> = new Set(['management', 'leadership'])

/**
 * Who a noun phrase `[first, last]` names as a source (docs/claims.md "Attribution"): the entity of its head, the
 * party a pronoun or descriptor refers to, the author of a document, the organization behind `analysts at` or `a
 * spokesman for`, or the phrase as written when it names a speaker no entity stands for. `undefined` when the
 * phrase is no speaker (`prices`, a material), `self` for the publisher.
 *
 * @param input the sentence and what the attribution finder reads of it
 * @param first the phrase's first token
 * @param last the phrase's last token
 * @param role where the phrase stands
 * @param byForm (default true) may a common noun for people by its form alone (`exporters`) be the source?
 * @returns the attribution (its cue still empty), `self`, or `undefined`
 * @example
 * resolvePhrase(input, first, last, 'subject')?.attribution // → {source: 'Ganzhou', cue: '', entity: 'e2'} for `The city`
 */
export function resolvePhrase(input: AttributionInput, first: number, last: number, role: Role, byForm = true): FoundAttribution | undefined {
  const {words} = input
  const tokens = words.tokens
  let start = first
  const determiner = (tokens[first] as Token).lower
  if (definite.has(determiner) || determiner === 'a' || determiner === 'an' || possessivePronouns.has(determiner)) start += 1
  if (start > last) return undefined
  // The core ends before the first post-modifier: `analysts [at Jefferies]`, `people [familiar with the matter]`.
  let coreLast = last
  let modifier: {preposition: string; first: number} | undefined
  for (let index = start + 1; index <= last; index++) {
    const lower = (tokens[index] as Token).lower
    if (postModifiers.has(lower) && spaceBefore(words, index) && input.mentionAt(index) === undefined) {
      coreLast = index - 1
      modifier = {preposition: lower, first: index + 1}
      break
    }
  }
  // `people familiar with the matter`, `sources close to the talks`: an adjective after its noun.
  if (coreLast > start && !isSpeakerNoun(nounAt(tokens, start, coreLast)) && isSpeakerNoun((tokens[coreLast - 1] as Token).lower) && modifier) coreLast -= 1
  const head = tokens[coreLast] as Token
  const headMention = input.mentionAt(coreLast)
  if (isPublisher(input, first, last)) return selfSpeaking
  if (headMention && headMention.first >= first) return fromMention(headMention, role, input.nameOf)
  const lower = head.lower
  const reference = pronounReference.get(lower)
  if (start === coreLast && (reference !== undefined || lower === 'we' || lower === 'i')) {
    if (lower === 'we' || lower === 'i') return input.quoted[coreLast] === 1 ? undefined : selfSpeaking
    if (!(['they', 'it', 'he', 'she'] as const).includes(lower as 'they')) return undefined
    const before = partiesBefore(input, first)
    // Places seldom speak: the subject `it` of a verb of saying is an organization named before, if there is one.
    const speaks = role === 'subject' && reference === 'nonperson'
    const party =
      (speaks ? input.discourse.find(before, (candidate) => candidate.type === 'organization') : undefined) ??
      (speaks ? input.discourse.findOnly((candidate) => candidate.type === 'organization' && fitsDescriptor('company', candidate)) : undefined) ??
      input.discourse.find(before, (candidate) => refersTo(reference ?? 'any', candidate))
    return party ? entitySource(party, input.nameOf) : asWritten(words, first, last)
  }
  // `Nothing in the filing suggests …`, `Everyone says …`: an indefinite pronoun names no party.
  if (start === coreLast && indefinitePronouns.has(lower)) return undefined
  const noun = nounAt(tokens, start, coreLast)
  if (reportingNouns.has(noun)) return documentSource(input, {first, start, coreLast, last, modifier, determiner})
  // `The authors find that …` after a report was named: its author speaks.
  if ((noun === 'authors' || noun === 'author') && definite.has(determiner) && start === coreLast) {
    const author = input.discourse.findAuthor(true)
    return author ? entitySource(author, input.nameOf) : asWritten(words, first, last)
  }
  if (groupNouns.has(noun) || spokesNouns.has(noun)) {
    const behind = organizationBehind(input, start, coreLast, modifier, last)
    if (behind) return entitySource(behind, input.nameOf)
    if (definite.has(determiner) && start === coreLast && descriptorTargets.get(singular(noun))?.includes('person')) {
      const party = input.discourse.find(partiesBefore(input, first), (candidate) => candidate.type === 'person')
      if (party) return entitySource(party, input.nameOf)
      // `The analysts set out three scenarios` after `a note from Huaxin Securities`: the people who write a
      // document speak for its author.
      if (writerNouns.has(noun)) {
        const author = input.discourse.findAuthor(true)
        if (author) return entitySource(author, input.nameOf)
      }
    }
    return asWritten(words, first, last)
  }
  const targets = descriptorTargets.get(noun) ?? descriptorTargets.get(singular(noun))
  if (targets) {
    if (hasPossessive(words, start, coreLast)) return asWritten(words, first, last)
    const owner = possessivePronouns.get(determiner)
    if (definite.has(determiner) || owner !== undefined || bareDescriptors.has(noun)) {
      const accepts = (candidate: Party): boolean =>
        (targets.includes(candidate.type as DescriptorTarget) || (candidate.type === 'other' && targets.includes('person'))) && fitsDescriptor(noun, candidate)
      // The nearest fitting party of this or the previous paragraph; else the only one the article has named (a
      // report about one company calls it `the company` paragraphs after its name); else the words as written.
      const party = input.discourse.find(partiesBefore(input, first), accepts) ?? (definite.has(determiner) && targets.includes('organization') ? input.discourse.findOnly((candidate) => candidate.type === 'organization' && accepts(candidate)) : undefined)
      return party ? entitySource(party, input.nameOf) : asWritten(words, first, last)
    }
    return asWritten(words, first, last)
  }
  // People named by what they do (`Exporters say`, `a coalition of environmental groups said`): as written. The
  // head is a common noun (lower case, or capitalized only because it opens the sentence).
  if (byForm && isAgentNoun(lower) && (head.text === lower || (coreLast === words.first && head.text.slice(1) === lower.slice(1)))) return asWritten(words, first, last)
  // An unknown name (every word capitalized): the subject of a verb of saying, or after `according to`. One
  // plural word that opens the sentence is a common noun capitalized for that alone (`Losses reported in 2024
  // were …`), not a party.
  const pluralOpener = start === coreLast && start === words.first && head.lower.endsWith('s') && !head.lower.endsWith('ss')
  if (isNameRun(tokens, start, coreLast) && !pluralOpener) return asWritten(words, start, coreLast)
  return undefined
}

const publicBodies: ReadonlySet<string> = new Set(publicBodyNouns)
// People whose job is to write the documents their firm publishes.
const writerNouns: ReadonlySet<string> = new Set(['analysts', 'analyst', 'researchers', 'economists', 'strategists'])
const indefinitePronouns: ReadonlySet<string> = new Set([
  'nothing', 'something', 'anything', 'everything', 'nobody', 'somebody', 'anybody', 'everybody', 'none', 'someone',
  'anyone', 'everyone', 'each', 'either', 'neither', 'all', 'both', 'few', 'many', 'most', 'several', 'some', 'this',
  'that', 'these', 'those', 'which', 'what', 'whatever'
])

/**
 * Can descriptor `noun` refer to `party`? A public body's descriptor (`the ministry`) only to a party whose name
 * holds that noun (`Ministry of Commerce`); an organization named as a public body or an association only by its
 * own noun, not as `the company`. Other descriptors take any party of their type.
 */
function fitsDescriptor(noun: string, party: Party): boolean {
  if (party.type !== 'organization') return true
  const words = party.name.toLowerCase().split(/\P{L}+/u)
  const own = singular(noun)
  if (words.includes(own) || words.includes(noun)) return true
  if (publicBodies.has(own) || publicBodies.has(noun)) return false
  return !words.some((word) => publicBodies.has(word))
}

function fromMention(mention: TokenMention, role: Role, nameOf: (id: string) => string | undefined): FoundAttribution | undefined {
  if (mention.type === 'material') return undefined
  // A place speaks only as the subject of a verb of saying (`Beijing said`), never after `according to` or `via`.
  if (mention.type === 'place' && role === 'after') return undefined
  return entitySource(mention, nameOf)
}

function entitySource(party: Party, nameOf?: (id: string) => string | undefined): FoundAttribution {
  return {attribution: {source: nameOf?.(party.id) ?? party.name, cue: '', entity: party.id}, self: false}
}

/** The phrase as written, without a leading `the`/`a`/`an`. */
function asWritten(words: Words, first: number, last: number): FoundAttribution {
  const tokens = words.tokens
  const lower = (tokens[first] as Token).lower
  const from = (lower === 'the' || lower === 'a' || lower === 'an') && first < last ? first + 1 : first
  return {attribution: {source: words.text.slice((tokens[from] as Token).start, (tokens[last] as Token).end), cue: '', entity: null}, self: false}
}

/** The author of a document phrase: a named owner (`a Xinhua commentary`), `by/from X`, or the document referred back to. */
function documentSource(
  input: AttributionInput,
  phrase: {first: number; start: number; coreLast: number; last: number; modifier: {preposition: string; first: number} | undefined; determiner: string}
): FoundAttribution | undefined {
  const {words} = input
  for (let index = phrase.start; index < phrase.coreLast; index++) {
    const mention = input.mentionAt(index)
    if (mention && mention.type !== 'material' && mention.type !== 'place') return entitySource(mention, input.nameOf)
  }
  if (phrase.modifier && (phrase.modifier.preposition === 'by' || phrase.modifier.preposition === 'from' || phrase.modifier.preposition === 'of')) {
    const inner = resolvePhrase(input, phrase.modifier.first, phrase.last, 'after')
    if (inner) return inner
  }
  // `a report published on Monday by the Center for …`: the author after a publishing verb and a time.
  const by = authorAfterVerb(words, phrase.coreLast)
  if (by !== undefined) {
    const authorLast = phraseEndAfter(words, by + 1)
    const inner = authorLast === undefined ? undefined : resolvePhrase(input, by + 1, authorLast, 'after')
    if (inner) return inner
  }
  const owner = possessivePronouns.get(phrase.determiner)
  if (owner) {
    const reference = pronounReference.get(owner) ?? 'any'
    const party = input.discourse.find(partiesBefore(input, phrase.first), (candidate) => refersTo(reference, candidate))
    if (party) return entitySource(party, input.nameOf)
  }
  // `company filings`, `ministry data`, `the ministry’s statement`: a descriptor before the noun names the author;
  // with a possessive it is the author, found or as written, never the author of another document.
  for (let index = phrase.start; index < phrase.coreLast; index++) {
    const descriptor = (words.tokens[index] as Token).lower
    const targets = descriptorTargets.get(descriptor)
    if (!targets || !targets.includes('organization')) continue
    const party = input.discourse.find(partiesBefore(input, phrase.first), (candidate) => candidate.type === 'organization' && fitsDescriptor(descriptor, candidate))
    if (party) return entitySource(party, input.nameOf)
    if (hasPossessive(words, index, index + 1)) return asWritten(words, phrase.first, index)
  }
  // `the report`, `the quarterly report`: the document named before, by its author.
  if (definite.has(phrase.determiner)) {
    // Far back only for one document named in the singular (`the report`), not `the comments`, `the data`.
    const noun = (words.tokens[phrase.coreLast] as Token).lower
    const author = input.discourse.findAuthor(phrase.determiner !== 'these' && phrase.determiner !== 'those' && !noun.endsWith('s') && noun !== 'data')
    if (author) return entitySource(author, input.nameOf)
  }
  // `Per a filing with the exchange, JL Mag sold …`: a document with no author, fronted, is the subject's own.
  if (phrase.determiner === 'a' || phrase.determiner === 'an') {
    const subject = subjectStart(words)
    const mention = subject > phrase.last ? input.mentionAt(subject) : undefined
    if (mention && mention.first === subject && (mention.type === 'organization' || mention.type === 'person')) return entitySource(mention, input.nameOf)
  }
  return asWritten(words, phrase.first, phrase.last)
}

/** The `by` of `<document> published|released|issued [on Monday] by X`, within a few words of the noun. */
function authorAfterVerb(words: Words, noun: number): number | undefined {
  const tokens = words.tokens
  const verb = noun + 1
  if (verb >= words.last || !spaceBefore(words, verb) || !documentVerbs.has((tokens[verb] as Token).lower)) return undefined
  for (let index = verb + 1; index < Math.min(words.last - 1, verb + 6); index++) {
    if (!spaceBefore(words, index)) return undefined
    if ((tokens[index] as Token).lower === 'by') return index
  }
  return undefined
}


/** `analysts at Jefferies`, `a spokeswoman for Toyota`, `Macquarie analysts`: the organization they speak for. */
function organizationBehind(
  input: AttributionInput,
  start: number,
  coreLast: number,
  modifier: {preposition: string; first: number} | undefined,
  last: number
): Party | undefined {
  if (modifier && (modifier.preposition === 'at' || modifier.preposition === 'of' || modifier.preposition === 'from' || modifier.preposition === 'for')) {
    for (let index = modifier.first; index <= last; index++) {
      const mention = input.mentionAt(index)
      if (mention) return mention.type === 'organization' ? mention : undefined
      const lower = (input.words.tokens[index] as Token).lower
      if (!isFunctionWord(lower)) continue
      if (lower !== 'the' && lower !== 'a' && lower !== 'an') return undefined
    }
  }
  for (let index = start; index < coreLast; index++) {
    const mention = input.mentionAt(index)
    if (mention) return mention.type === 'organization' ? mention : undefined
  }
  return undefined
}

/** The parties the sentence names before token `first`. */
function partiesBefore(input: AttributionInput, first: number): Party[] {
  const parties: Party[] = []
  for (let index = input.words.first; index < first; index++) {
    const mention = input.mentionAt(index)
    if (mention && mention.first === index && mention.type !== 'material') parties.push(mention)
  }
  return parties
}

function refersTo(reference: string, party: Party): boolean {
  if (party.type === 'material') return false
  if (reference === 'person') return party.type === 'person' || party.type === 'other'
  if (reference === 'nonperson') return party.type === 'organization' || party.type === 'place'
  return party.type === 'organization' || party.type === 'person' || party.type === 'other'
}

/**
 * Is the sentence's subject the publisher (`Rare Earth Exchanges shares that scepticism`, `REEx will watch …`)?
 * Then the sentence is the writer's own: an assessment, whatever its verb (SPEC §5).
 *
 * @example
 * subjectIsPublisher(input) // → true for `Rare Earth Exchanges will watch for follow-up measures.`
 */
export function subjectIsPublisher(input: AttributionInput): boolean {
  const subject = sentenceSubject(input.words)
  if (subject === undefined) return false
  // The publisher must be the subject's head, not a modifier of it (`Rare Earth Exchanges Podcast: …`).
  const mention = input.mentionAt(subject.first)
  if (mention !== undefined && mention.first === subject.first) return isPublisherMention(mention) && mention.last >= subject.last
  return input.hits.some((hit) => hit.cue.type === 'publisher' && hit.first === subject.first && hit.last >= subject.last)
}

function isPublisher(input: AttributionInput, first: number, last: number): boolean {
  return input.hits.some((hit) => hit.cue.type === 'publisher' && hit.first >= first && hit.last <= last) || isPublisherMention(input.mentionAt(first))
}

function isPublisherMention(mention: TokenMention | undefined): boolean {
  return mention !== undefined && mention.type === 'organization' && isPublisherName(mention.name)
}

const publishers: ReadonlySet<string> = new Set(publisherNames)

/**
 * Is an entity's name one of the publisher's own (`lexicon/judgment.ts` `publisherNames`), whatever its case?
 *
 * @example
 * isPublisherName('Rare Earth Exchanges') // → true
 */
export function isPublisherName(name: string): boolean {
  return name.length <= 24 && publishers.has(name.toLowerCase())
}

/** A `’s` inside `[first, last]`: `Japan’s trade ministry` names a body by its owner, not by its name. */
function hasPossessive(words: Words, first: number, last: number): boolean {
  for (let index = first + 1; index <= last; index++) {
    if ((words.tokens[index] as Token).lower === 's' && !spaceBefore(words, index)) return true
  }
  return false
}

/**
 * The head noun of tokens `[start, coreLast]`, two words when they make one (`think tank`, `state media`).
 *
 * @example
 * nounAt(tokenize('the think tank'), 1, 2) // → 'think tank'
 */
export function nounAt(tokens: ReadonlyArray<Token>, start: number, coreLast: number): string {
  const head = (tokens[coreLast] as Token).lower
  if (coreLast > start) {
    const pair = `${(tokens[coreLast - 1] as Token).lower} ${head}`
    if (descriptorTargets.has(pair) || reportingNouns.has(pair) || spokesNouns.has(pair)) return pair
  }
  return head
}

/** A noun that can head a source: a reporting noun, a group of people, a spokesperson or a descriptor. */
function isSpeakerNoun(noun: string): boolean {
  return reportingNouns.has(noun) || groupNouns.has(noun) || spokesNouns.has(noun) || descriptorTargets.has(noun) || descriptorTargets.has(singular(noun))
}

/**
 * `partners` → `partner`, `authorities` → `authority`: enough for the descriptor lists.
 *
 * @example
 * singular('authorities') // → 'authority'
 */
export function singular(noun: string): string {
  if (noun.endsWith('ies') && noun.length > 4) return `${noun.slice(0, -3)}y`
  if (noun.endsWith('ses') || noun.endsWith('xes') || noun.endsWith('ches') || noun.endsWith('shes')) return noun.slice(0, -2)
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1)
  return noun
}

function isNameRun(tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  if (!isCapitalized((tokens[last] as Token).text) || isFunctionWord((tokens[first] as Token).lower)) return false
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token
    if (!isCapitalized(token.text) && token.lower !== 's' && token.lower !== 'of' && token.lower !== '&') return false
  }
  return true
}
