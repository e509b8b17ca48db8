import type {TextUnit} from '../article/text-unit.js'
import {splitSentences} from '../mentions/split-sentences.js'
import {tokensOf, type Token, type WordTable} from '../mentions/tokenize.js'
import type {LinkedMention, UnitMentions} from '../mentions/units-to-mentions.js'
import type {Attribution, Claim, Question} from '../schema/claim.js'
import type {TextSpan} from '../schema/mentions.js'
import type {Link} from '../schema/link.js'
import {isSpaceCode} from '../structure/is-space-code.js'
import {findAttribution, type TokenMention} from './attribution.js'
import {endsWithColon, holdsSaying, leadInSource, namesSomeone, quotesIn, refersBack, subjectParty} from './claim-gate.js'
import {checkworthiness} from './checkworthiness.js'
import {quotedTokens, type Words} from './gaps.js'
import {scanCues} from './cue-index.js'
import {createDiscourse, type Party} from './parties.js'
import {sentenceCues} from './sentence-cues.js'
import {isPublisherName, selfSpeaking, subjectIsPublisher} from './source-phrase.js'

/**
 * What the claims stage knows of the whole Article besides its units.
 *
 * @example
 * const context: ClaimsContext = {reference: '2025-11-20', entityName: (id) => (id === 'e1' ? 'Lynas Rare Earths' : undefined), cutOff: null}
 */
export interface ClaimsContext {
  /** The reference date year-less dates resolved against (`YYYY-MM-DD` or `YYYY`), if any. */
  readonly reference: string | undefined
  /** The Article name of an entity id. */
  readonly entityName: (id: string) => string | undefined
  /** The unit the end of the input cut off mid-sentence (its last sentence is no claim), if any. */
  readonly cutOff: TextUnit | null
  /** The document's word table, to unpack each unit's tokens. */
  readonly words: WordTable
}

/**
 * Turn the sentences of each text unit into claims and questions. A sentence ending in `?` is a question; any
 * other sentence that names an entity or holds a quantity or a date is a claim, unless it is a label or the input
 * cut it off; the rest are not kept. Each claim gets its attribution (with the discourse of this and the previous
 * paragraph for pronouns and descriptors), kind, hedging and checkworthiness.
 *
 * @param units the text units with their mentions (article-wide ids) and tokens
 * @param links the Article's links (same locators as the units)
 * @param context the reference date, entity names and the cut-off unit
 * @returns claims (`c1…`) and questions (`k1…`), in reading order
 * @example
 * sentencesToClaims(units, [], context).questions.map((q) => q.text) // → ['Have officials internalized this yet?']
 */
export function sentencesToClaims(
  units: ReadonlyArray<UnitMentions>,
  links: ReadonlyArray<Link>,
  context: ClaimsContext
): {claims: Claim[]; questions: Question[]} {
  const claims: Claim[] = []
  const questions: Question[] = []
  // Links grouped by block once: filtering all links for every unit is units × links. A number keys the map (a
  // string key built per unit costs more than the rest of the lookup); the few links of a block are then matched
  // by locator.
  const linksAt = new Map<number | null, Link[]>()
  for (const link of links) {
    const group = linksAt.get(link.block)
    if (group) group.push(link)
    else linksAt.set(link.block, [link])
  }
  const discourse = createDiscourse()
  // A paragraph ending in a colon that names a source (`The authors find that:`) lends it to the list right after.
  let lead: {attribution: Attribution; from: string; section: number | null; block: number} | undefined
  for (const {unit, entities, quantities, dates, titleCase, tokens: unitTokens} of units) {
    if (lead !== undefined && !(unit.item !== null && unit.from === lead.from && unit.section === lead.section && unit.block === lead.block + 1)) lead = undefined
    const inherited = lead?.attribution
    const leadsIn = unit.item === null && unit.block !== null && endsWithColon(unit.text)
    // The unit's tokens, as the mentions stage made them (unpacked for this unit only, in a long document).
    const tokens = tokensOf(unitTokens, context.words)
    discourse.enterUnit(unit.from)
    // Most articles have few links: build a unit's key only when there is some link to find.
    const unitLinks = linksAt.size === 0 ? none : linksOf(unit, linksAt.get(unit.block))
    let token = 0
    // Mentions and sentences are both in text order: one cursor per list keeps this linear in long texts.
    const cursors = {entities: 0, quantities: 0, dates: 0, links: 0}
    const within = <T extends {start: number; end: number}>(items: ReadonlyArray<T>, key: keyof typeof cursors, span: {start: number; end: number}): ReadonlyArray<T> => {
      // Most sentences hold none: share one empty list instead of building one per sentence and kind.
      let found: T[] | undefined
      let index = cursors[key]
      while (index < items.length && (items[index] as T).start < span.start) index += 1
      while (index < items.length && (items[index] as T).start < span.end) {
        const item = items[index] as T
        if (item.end <= span.end || key === 'links') (found ??= []).push(item)
        index += 1
      }
      cursors[key] = index
      return found ?? none
    }
    const sortedLinks = unitLinks.length < 2 ? unitLinks : [...unitLinks].sort((a, b) => a.start - b.start)
    // Read lazily, once per unit: most units hold no claim with a cue.
    let quoted: Uint8Array | undefined
    // The words' class bits of the whole unit, one buffer filled sentence by sentence.
    let classes: Uint8Array | undefined
    let mentionAt: ((index: number) => TokenMention | undefined) | undefined
    // In a Title Case line verbs are capitalized too; the title and highlights are headlines whatever their case.
    const headline = unit.from !== 'body' || titleCase
    const spans = splitSentences(unit.text)
    for (let spanIndex = 0; spanIndex < spans.length; spanIndex++) {
      const span = spans[spanIndex] as TextSpan
      const sentenceEntities = within(entities, 'entities', span)
      const sentenceQuantities = within(quantities, 'quantities', span)
      const sentenceDates = within(dates, 'dates', span)
      const sentenceLinks = within(sortedLinks, 'links', span)
      // The input ended inside this sentence: its text stays in the body, but it asserts nothing (SPEC §5).
      if (unit === context.cutOff && spanIndex === spans.length - 1) continue
      if (endsWithQuestionMark(unit.text, span)) {
        questions.push({
          id: `k${questions.length + 1}`,
          text: unit.text.slice(span.start, span.end),
          from: unit.from,
          section: unit.section,
          block: unit.block,
          item: unit.item,
          start: span.start,
          end: span.end
        })
        continue
      }
      // Sentences never split a word, so the unit's tokens from `span.start` to `span.end` are the sentence's.
      while (token < tokens.length && (tokens[token] as Token).start < span.start) token += 1
      const firstToken = token
      while (token < tokens.length && (tokens[token] as Token).end <= span.end) token += 1
      const mentioned = sentenceEntities.length + sentenceQuantities.length + sentenceDates.length > 0
      // A sentence naming nothing is a claim only through a source: a verb of saying (`Exporters say …`) or a word
      // that refers back to a party of this or the previous paragraph (`the ministry said`, `The company has not
      // published …`). Without such a word it is passed over unread.
      const relays = !mentioned && holdsSaying(tokens, firstToken, token)
      // (A lead-in must hold words: a paragraph that is only `:` has none to read.)
      const leadIn = leadsIn && spanIndex === spans.length - 1 && token > firstToken
      if (!mentioned && !relays && !leadIn && (!discourse.remembers() || !refersBack(tokens, firstToken, token))) continue
      // Sliced only now: most sentences are neither questions nor claims.
      const text = unit.text.slice(span.start, span.end)
      if (mentioned && sentenceQuantities.length + sentenceDates.length === 0 && isLabel(text)) continue
      classes ??= classBuffer(tokens.length)
      // The buffer is shared: clear the sentence's words (the only ones scanned and read).
      classes.fill(0, firstToken, token)
      quoted ??= hasQuotes(unit.text) ? quotedTokens(unit.text, tokens) : noQuotes
      const scan = scanCues(tokens, firstToken, token, titleCase, classes, quoted)
      const hits = scan.hits
      const words: Words = {text: unit.text, tokens, first: firstToken, last: token, start: span.start, end: span.end}
      mentionAt ??= mentionIndex(tokens, entities, context.entityName)
      const input = {words, hits, quoted, mentionAt, discourse, headline: titleCase, nameOf: context.entityName}
      const relayed = findAttribution(input)
      // The publisher as the subject is the writer speaking, whatever the verb (`Rare Earth Exchanges will watch …`).
      // (Read only where the publisher is named at all: most sentences never name it.)
      const publisherNamed = hits.some((hit) => hit.cue.type === 'publisher') || sentenceEntities.some((entity) => isPublisherName(entity.name))
      const found = relayed.attribution === null && !relayed.self && publisherNamed && subjectIsPublisher(input) ? selfSpeaking : relayed
      let attribution = found.attribution
      // A quotation that goes on with no verb of saying (`“That gives Beijing a veto.”` after `…,” said Bolor
      // Ganbaatar.`) is the words of the speaker last quoted in this or the previous paragraph.
      if (attribution === null && !found.self && mentioned && quoted[firstToken] === 1) attribution = discourse.speaker() ?? null
      // An item of a list a sourced lead-in opens (`The authors find that:` then `1. China accounts for …`).
      if (attribution === null && !found.self && inherited !== undefined) attribution = inherited
      // A lead-in whose subject is a party sets out that party's content (`The analysts at Huaxin set out three
      // scenarios:`): its source, for itself and the list after it.
      if (leadIn && attribution === null && !found.self) attribution = leadInSource(input)
      if (leadIn && attribution !== null && unit.block !== null) lead = {attribution, from: unit.from, section: unit.section, block: unit.block}
      // A lead-in naming nothing (`The authors find that:`) asserts nothing itself: its list does.
      if (leadIn && !mentioned) continue
      // A sentence that names nothing itself is a claim when it relays a source (`Exporters say …`), or when its
      // subject is a descriptor or `he`/`she` for a party named before (`The company has not published …`).
      const about = !mentioned && attribution === null && !found.self ? subjectParty(input) : undefined
      if (!mentioned && about === undefined && !(attribution !== null && (attribution.entity !== null || namesSomeone(attribution.source)))) continue
      if (attribution !== null && quoted !== noQuotes && quotesIn(quoted, firstToken, token)) discourse.rememberSpeaker(attribution)
      const facts = {
        attributed: attribution !== null,
        self: found.self,
        hasQuantity: sentenceQuantities.length > 0,
        dates: sentenceDates,
        reference: context.reference,
        headline,
        // A title's verbs may be capitalized even when it is too short to count as Title Case (`Why Lynas Paused`).
        titleCase: titleCase || unit.from === 'title'
      }
      const {kind, hedged, evaluative} = sentenceCues(words, scan, quoted, facts)
      // The sentence's mentions are its parties, in order (names are read through `entityName` when resolved).
      // The source is the sentence's subject: the likeliest antecedent of the next `it` or `they`, so it comes first
      // even when a pronoun or a descriptor named it (`The report calls for … It also recommends …`).
      const source = attribution?.entity ? discourse.known(attribution.entity) : undefined
      const parties = source === undefined || sentenceEntities[0]?.id === source.id ? sentenceEntities : [source, ...sentenceEntities]
      // The publisher speaking of itself names no document's author (`REEx notes …` then `The data show …`).
      discourse.remember(parties, found.self ? null : authorOf(hits, attribution, sentenceEntities))
      const entityIds = distinct(sentenceEntities, () => true)
      if (attribution?.entity && !entityIds.includes(attribution.entity)) entityIds.push(attribution.entity)
      if (about !== undefined && !entityIds.includes(about)) entityIds.push(about)
      const named = distinct(sentenceEntities, (e) => e.type !== 'material')
      claims.push({
        id: `c${claims.length + 1}`,
        text,
        // Literals, not a spread: this runs for every claim and spreads are slow to build.
        from: unit.from,
        section: unit.section,
        block: unit.block,
        item: unit.item,
        start: span.start,
        end: span.end,
        kind,
        attribution,
        entities: entityIds,
        quantities: sentenceQuantities.map((q) => q.id),
        dates: sentenceDates.map((d) => d.id),
        links: sentenceLinks.map((l) => l.id),
        hedged,
        checkworthiness: checkworthiness({
          kind,
          quantityKinds: sentenceQuantities.map((q) => q.kind),
          datePrecisions: sentenceDates.map((d) => d.precision),
          namedEntities: named.length,
          attributed: attribution !== null,
          linked: sentenceLinks.length > 0,
          hedged,
          evaluative,
          // Words counted between spaces: enough for the `fewer than 6 words` feature, and cheap.
          words: countWords(text, 6)
        })
      })
    }
  }
  return {claims, questions}
}

const none: ReadonlyArray<never> = Object.freeze([])

const noQuotes = new Uint8Array(0)


/** Does the text hold a quotation mark at all? (Most units do not: then no token is quoted.) */
function hasQuotes(text: string): boolean {
  return quoteMark.test(text)
}

const quoteMark = /["“]/u

/**
 * The entity mention over a token of a unit, by binary search over the unit's mentions (they are in text order
 * and do not overlap): no table to build, and a view of each mention made once, when first asked for.
 */
function mentionIndex(
  tokens: ReadonlyArray<Token>,
  entities: ReadonlyArray<LinkedMention>,
  nameOf: (id: string) => string | undefined
): (index: number) => TokenMention | undefined {
  if (entities.length === 0) return () => undefined
  const views: Array<TokenMention | undefined> = []
  return (index) => {
    const token = tokens[index]
    if (token === undefined) return undefined
    let low = 0
    let high = entities.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const mention = entities[middle] as LinkedMention
      if (mention.end <= token.start) low = middle + 1
      else if (mention.start > token.start) high = middle - 1
      else return (views[middle] ??= view(tokens, mention, index, nameOf))
    }
    return undefined
  }
}

/** A mention by the tokens it covers, found from one of them. */
function view(tokens: ReadonlyArray<Token>, mention: LinkedMention, index: number, nameOf: (id: string) => string | undefined): TokenMention {
  let first = index
  while (first > 0 && (tokens[first - 1] as Token).end > mention.start) first -= 1
  let last = index
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < mention.end) last += 1
  return {id: mention.id, name: nameOf(mention.id) ?? mention.name, type: mention.type, first, last, end: mention.end}
}

/**
 * The author of a document the sentence names, for a later `the report`: its source when attributed, else the
 * first organization or person of a sentence that names a document (`Lynas published its quarterly report`).
 */
function authorOf(
  hits: ReadonlyArray<{readonly cue: {readonly type: string}}>,
  attribution: Claim['attribution'],
  parties: ReadonlyArray<Party>
): Party | null {
  if (!hits.some((hit) => hit.cue.type === 'reporting-noun')) return null
  if (attribution?.entity) return parties.find((party) => party.id === attribution.entity) ?? null
  return parties.find((party) => party.type === 'organization' || party.type === 'person') ?? null
}

/**
 * A label, not an assertion: three words or fewer with no final `.` or `!` (`Samarium`, `Terbium and
 * dysprosium`, `Lynas Rare Earths` as the items of a list of names). The caller checks it holds no figure or date.
 */
function isLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last !== 0x2e && last !== 0x21 && last !== 0x2026 && countWords(text, 4) < 4
}

/**
 * The distinct ids of the entities that pass `keep`, in order. A sentence names a handful, searched in an
 * array; a Set only past 16, so a run-on sentence with thousands of mentions stays linear.
 */
function distinct(entities: ReadonlyArray<{readonly id: string; readonly type: string}>, keep: (entity: {readonly type: string}) => boolean): string[] {
  const ids: string[] = []
  const seen = entities.length > 16 ? new Set<string>() : undefined
  for (const entity of entities) {
    if (!keep(entity) || (seen ? seen.has(entity.id) : ids.includes(entity.id))) continue
    seen?.add(entity.id)
    ids.push(entity.id)
  }
  return ids
}

/**
 * `/\?[\s"'\u201D\u2019)\]\u0E42]*$/u.test(sentence)` for the sentence at `span` of `text`, read from the
 * end: that regex tries every `?` of the sentence.
 */
function endsWithQuestionMark(text: string, span: {readonly start: number; readonly end: number}): boolean {
  let index = span.end - 1
  while (index >= span.start && isQuestionTail(text.charCodeAt(index))) index -= 1
  return index >= span.start && text.charCodeAt(index) === 0x3f
}

/** White space, straight or closing quotes, `)`, `]` or `โ`: what may follow a final `?`. */
function isQuestionTail(code: number): boolean {
  return isSpaceCode(code) || code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0x0e42
}

/** The links of a block that stand in the unit (same region, section, block and item). */
function linksOf(unit: TextUnit, group: ReadonlyArray<Link> | undefined): ReadonlyArray<Link> {
  if (group === undefined) return none
  let found: Link[] | undefined
  for (const link of group) if (link.from === unit.from && link.section === unit.section && link.item === unit.item) (found ??= []).push(link)
  return found ?? none
}

// The words' class bits, one buffer for every unit (each sentence clears its own words before the scan): a typed
// array per unit costs more to allocate than to fill. A longer unit gets one of its own, so the shared one stays
// small whatever the input.
const sharedClasses = new Uint8Array(4096)

function classBuffer(length: number): Uint8Array {
  return length <= sharedClasses.length ? sharedClasses : new Uint8Array(length)
}

/**
 * `text.split(/\s+/u).length`, without building the pieces (one more than the runs of white space), counted up
 * to `limit`: checkworthiness only asks whether there are fewer than 6.
 */
function countWords(text: string, limit: number): number {
  let runs = 0
  let inRun = false
  for (let index = 0; index < text.length && runs + 1 < limit; index++) {
    const space = isSpaceCode(text.charCodeAt(index))
    if (space && !inRun) runs += 1
    inRun = space
  }
  return runs + 1
}
