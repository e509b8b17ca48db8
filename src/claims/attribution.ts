import {groupNouns, spokesNouns} from '../lexicon/descriptors.js'
import {auxiliaries, prepositions} from '../lexicon/grammar.js'
import {documentVerbs, findingVerbs, reportingNouns} from '../lexicon/reporting-nouns.js'
import {actionSenseLemmas, evidenceLemmas} from '../lexicon/saying.js'
import {isCapitalized, type Token} from '../mentions/tokenize.js'
import {asideStart, phraseEndAfter, phraseStartBefore, postModifiers, sentenceSubject, skipMedial, subjectStart} from './clause.js'
import type {CueHit} from './cue-index.js'
import {closesQuote, commaBefore, gapAfter, gapBefore, hasComma, isSpaceGap, opensQuote, spaceAfter, spaceBefore, type Words} from './gaps.js'
import {nounAt, resolvePhrase, type AttributionInput, type FoundAttribution, type Role} from './source-phrase.js'

export type {AttributionInput, FoundAttribution, TokenMention} from './source-phrase.js'

const none: FoundAttribution = Object.freeze({attribution: null, self: false})
// The first few cues decide: a run-on text with thousands of verbs of saying must stay linear.
const maxCues = 8

/**
 * Find whose word a sentence relays (SPEC §5, docs/claims.md "Attribution"). Cues, tried in the order they
 * stand, the first that yields a party winning:
 *
 * - a verb of saying in any tense (`says`, `said`, `has warned`, `emphasize` after a plural) with its subject
 *   before it, past medial adverbs (`also`, `last year`), an aside set off by commas, dashes or brackets
 *   (`Ganzhou—the heart of the trade—reported`), or shared with an earlier verb (`… but says talks are
 *   ongoing`); or inverted after a quotation or a comma (`,” said Elliot Vance`); or the agent of a passive
 *   (`was confirmed by the ministry`);
 * - a cue with its source after it (`according to`, `as reported by/in`, `per`, `cited by`);
 * - a reporting noun as the subject with its author (`An assessment by Project Blue puts …`);
 * - a clause ending in a colon before a quotation (`Rosa Delgado put it bluntly: “…”`).
 *
 * The source is any noun phrase (`state media`, `an equity-research house`); a named entity gives its Article
 * name and id; a pronoun or descriptor (`They`, `the city`, `the report`) the party it refers to in this or the
 * previous paragraph, else the words as written. `via` is no cue; a place is a source only as the subject of a
 * verb of saying, a material never; cues inside a quotation are the speaker's words and are skipped.
 *
 * @param input the sentence, its cues and its mentions, and the discourse before it
 * @returns the attribution, or `self` for the publisher speaking of itself
 * @example
 * findAttribution(input).attribution // → {source: 'Ganzhou', cue: 'says', entity: 'e2'} for `The city says …`
 */
export function findAttribution(input: AttributionInput): FoundAttribution {
  // `According to X` is who relays the whole sentence, whatever verbs of saying or asking the sentence reports
  // (`But New Delhi asked IREL to halt exports, according to two officials` relays the officials).
  const according = accordingTo(input)
  if (according) return according
  let budget = maxCues
  for (const hit of input.hits) {
    const type = hit.cue.type
    if (type !== 'saying' && type !== 'source-after' && type !== 'reporting-noun') continue
    if (input.quoted[hit.first] === 1) continue
    if ((budget -= 1) < 0) break
    const found = type === 'saying' ? fromVerb(input, hit) : type === 'source-after' ? fromSourceAfter(input, hit) : fromReportingNoun(input, hit)
    if (found) return found
  }
  return fromColonQuote(input) ?? none
}

/** The source of an `according to` outside a quotation, if the sentence has one that names a party. */
function accordingTo(input: AttributionInput): FoundAttribution | undefined {
  const tokens = input.words.tokens
  for (const hit of input.hits) {
    if (hit.cue.type !== 'source-after' || input.quoted[hit.first] === 1 || (tokens[hit.first] as Token).lower !== 'according') continue
    return fromSourceAfter(input, hit)
  }
  return undefined
}

/** A verb of saying: its subject before it (or shared, or after an aside), inverted after it, or a passive's agent. */
function fromVerb(input: AttributionInput, hit: CueHit): FoundAttribution | undefined {
  const {words} = input
  const cue = hit.cue
  if (cue.type !== 'saying') return undefined
  const verb = hit.first
  const tokens = words.tokens
  // A verb is written in lower case in running text (`the United States rose` holds no `states`), and is no name.
  const verbToken = tokens[verb] as Token
  if ((verbToken.text !== verbToken.lower && !input.headline) || input.mentionAt(verb) !== undefined) return undefined
  const previous = verb > words.first ? (tokens[verb - 1] as Token) : undefined
  const cueText = words.text.slice((tokens[hit.first] as Token).start, (tokens[hit.last] as Token).end)
  const previousLower = previous?.lower ?? ''
  // A progressive (`The company is emphasizing technology`, `Analysts are warning that …`): the subject before the
  // form of `be` is saying it now.
  if (cue.form === 'ing' && previous && isBe(previousLower) && spaceBefore(words, verb) && !actionSenseLemmas.has(cue.lemma)) {
    return subjectBeforeBe(input, verb, verb - 1, hit.last, !evidenceLemmas.has(cue.lemma), true)
  }
  // A passive (`is expected to`, `was confirmed by the ministry`): only an agent after `by` is a source.
  if (previous && isBe(previousLower) && spaceBefore(words, verb)) {
    if (cue.form !== 'past' && cue.form !== 'participle') return undefined
    // `Lynas was quoted as saying …`: the subject of the passive said it.
    const asSaying = quotedAsSaying(words, hit.last)
    if (asSaying !== undefined) {
      const found = subjectBeforeBe(input, verb, hit.first, asSaying, true, false)
      if (found) return found
    }
    const by = hit.last + 1
    if (by >= words.last || (tokens[by] as Token).lower !== 'by') return undefined
    return fromPhraseAfter(input, by + 1, `${cueText} by`, 'after')
  }
  if (cue.form === 'ing') return undefined
  // `Lynas did not respond to a request for comment`, `has never said`, `didn’t say`: a saying denied relays nothing.
  if (previousLower === 'not' || previousLower === 'never' || previousLower === 't') return undefined
  // `Export data cited by Nikkei Asia showed …`: a participle before `by` names its agent, not its subject.
  if (cue.form === 'past' && hit.last + 1 < words.last && (tokens[hit.last + 1] as Token).lower === 'by' && spaceAfter(words, hit.last)) {
    return fromPhraseAfter(input, hit.last + 2, `${cueText} by`, 'after')
  }
  if (cue.form === 'participle' && !(previous && (auxiliaries.presentHave.has(previousLower) || auxiliaries.pastHave.has(previousLower)))) return undefined
  if (cue.form === 'base' && previous && (previousLower === 'to' || auxiliaries.modals.has(previousLower) || auxiliaries.presentDo.has(previousLower) || auxiliaries.pastDo.has(previousLower))) return undefined
  // `Lynas found a buyer`, `Iluka maintains a stockpile`: these verbs say something only before what was said.
  const actionSense = actionSenseLemmas.has(cue.lemma) && !addsSaying(words, hit.last)
  // `,” said Elliot Vance`, `, said Jane Roe`: the source after the verb.
  const before = gapBefore(words, verb)
  if (verb > words.first && (closesQuote(before) || hasComma(before)) && (cue.form === 'past' || cue.form === 'third')) {
    const inverted = invertedSource(input, hit, cueText)
    if (inverted) return inverted
  }
  // A past form that is also an adjective (`the estimated cost`) is read as one by the subject rules below (a
  // determiner is no subject); the `-s` and base forms that are also nouns need what follows to read as a verb.
  if (cue.homograph && cue.form !== 'past' && !readsAsVerb(words, hit.last)) return undefined
  const subjectEnd = skipMedial(words, verb)
  if (subjectEnd <= words.first) return undefined
  // The period of `Co., Ltd.` belongs to the name before the verb, not to the gap.
  const named = input.mentionAt(subjectEnd - 1)
  const gap = named && named.last === subjectEnd - 1 ? words.text.slice(named.end, (tokens[subjectEnd] as Token).start) || ' ' : gapBefore(words, subjectEnd)
  const joined = (tokens[subjectEnd - 1] as Token).lower
  // `… has yet to receive a permit but says talks are ongoing`: the clause's subject is the sentence's.
  if (isSpaceGap(gap) && (joined === 'and' || joined === 'but' || joined === 'yet')) {
    if (actionSense) return undefined
    const subject = sentenceSubject(words)
    if (!subject || subject.last >= subjectEnd - 1) return undefined
    // A base form agrees only with a plural subject: `… cheap energy and state support` shares no subject.
    if (cue.form === 'base' && !isPluralHead(tokens[coreHead(input, subject.first, subject.last)] as Token, subject.first === words.first)) return undefined
    return withCue(resolvePhrase(input, subject.first, subject.last, 'subject'), cueText)
  }
  let head = subjectEnd - 1
  let aside: {first: number; last: number} | undefined
  if (!isSpaceGap(gap)) {
    const start = asideStart(words, subjectEnd)
    if (start === undefined || start - 1 < words.first) return undefined
    aside = {first: start, last: subjectEnd - 1}
    head = start - 1
  }
  // `Quillon Minerals Ltd (ASX: QML), the Perth-based miner, reported`: a ticker or an acronym in brackets after
  // the name is no part of the subject's head.
  head = beforeBrackets(words, head, input)
  // A name's own punctuation is no boundary (`China Northern Rare Earth (Group) High-Tech Co., Ltd. reported`).
  const headMention = input.mentionAt(head)
  const read = phraseStartBefore(words, head)
  const first = headMention !== undefined ? Math.min(read ?? head, headMention.first) : read
  if (first === undefined) return undefined
  // `… more than it admits`, `whatever the screens say`: a comparison or concession relays no one.
  const opener = first > words.first ? (tokens[first - 1] as Token).lower : ''
  if (opener === 'than' || opener === 'whatever' || opener === 'whoever' || opener === 'however') return undefined
  // A base form agrees only with a plural subject (`analysts at Jefferies emphasize`, `they note`), not `its
  // Montana project`: the head is the noun before the phrase's first post-modifier.
  const subjectHead = coreHead(input, first, head)
  if (cue.form === 'base' && !isPluralHead(tokens[subjectHead] as Token, subjectHead === words.first)) return undefined
  const found = resolvePhrase(input, first, head, 'subject', !evidenceLemmas.has(cue.lemma))
  // … except with a document as the subject (`the study found prices fell`); the publisher finding is its judgment.
  if (actionSense && !found?.self && !reportingNouns.has(nounAt(tokens, first, subjectHead))) return undefined
  // `The company’s spokeswoman, Amelia Grant, said`, `The head of the association, Zhang Wei, said`: the person
  // named beside a role is the speaker, more precisely than the organization the role speaks for.
  const role = groupNouns.has((tokens[subjectHead] as Token).lower) || spokesNouns.has((tokens[subjectHead] as Token).lower)
  if (aside && found && found.attribution && (found.attribution.entity === null || role)) {
    const named = input.mentionAt(aside.first)
    if (named && named.type === 'person' && named.last === aside.last) return withCue({attribution: {source: named.name, cue: '', entity: named.id}, self: false}, cueText)
  }
  return withCue(found, cueText)
}

/**
 * The token before a bracketed group that ends at `head` (`Lynas (ASX: LYC)` → `Lynas`), when the group is short
 * and no entity runs through it; else `head`.
 */
function beforeBrackets(words: Words, head: number, input: AttributionInput): number {
  if (head + 1 >= words.last || !gapAfter(words, head).startsWith(')')) return head
  for (let index = head; index > Math.max(words.first, head - 6); index--) {
    if (!gapBefore(words, index).includes('(')) continue
    const before = index - 1
    const mention = input.mentionAt(before)
    if (mention !== undefined && mention.last >= index) return head
    return before
  }
  return head
}

/**
 * The subject before the form of `be` at `verb - 1` (`The company is emphasizing`, `Lynas was quoted as saying`),
 * with the cue from token `cueFirst` to `cueLast`; with `opening`, only a subject that opens the sentence.
 */
function subjectBeforeBe(input: AttributionInput, verb: number, cueFirst: number, cueLast: number, byForm: boolean, opening: boolean): FoundAttribution | undefined {
  const {words} = input
  if (verb - 1 <= words.first) return undefined
  const subjectFirst = phraseStartBefore(words, verb - 2)
  if (subjectFirst === undefined || (opening && subjectFirst !== subjectStart(words))) return undefined
  const cueText = words.text.slice((words.tokens[cueFirst] as Token).start, (words.tokens[cueLast] as Token).end)
  return withCue(resolvePhrase(input, subjectFirst, verb - 2, 'subject', byForm), cueText)
}

/** The `saying` of `quoted as saying` (or `stating`, `telling`), if it follows the verb at `last`. */
function quotedAsSaying(words: Words, last: number): number | undefined {
  const as = words.tokens[last + 1]
  const saying = words.tokens[last + 2]
  if (!as || !saying || last + 2 >= words.last || as.lower !== 'as') return undefined
  return saying.lower === 'saying' || saying.lower === 'stating' || saying.lower === 'telling' ? last + 2 : undefined
}

/**
 * A verb with a sense of doing says something only before what was said: `added that`, `, he added.`, a quotation
 * or a colon, not `added X to a list`.
 */
function addsSaying(words: Words, last: number): boolean {
  if (last + 1 >= words.last) return true
  const gap = gapAfter(words, last)
  if (/[,.:;"“”]/u.test(gap)) return true
  return (words.tokens[last + 1] as Token).lower === 'that'
}

/**
 * A form that is as often a noun (`reports`, `estimates`, `claims`) reads as a verb when what follows can be its
 * object: not an auxiliary or a verb, and not a preposition unless a `that` clause or a quotation comes later
 * (`The Commission states in its draft that …`, but not `Lynas projects in Texas face delays`).
 */
function readsAsVerb(words: Words, last: number): boolean {
  // At the end of the sentence (`…,” Lynas said.`) nothing follows that could make it a noun's modifier.
  if (last + 1 >= words.last) return true
  const next = words.tokens[last + 1] as Token
  const gap = gapAfter(words, last)
  if (opensQuote(gap) || gap.includes(':')) return true
  // `the spokesman said, referring to …`: punctuation right after it ends the clause, as after a verb.
  if (!isSpaceGap(gap)) return /[,.;—–]/u.test(gap)
  const lower = next.lower
  if (isBe(lower) || auxiliaries.presentHave.has(lower) || auxiliaries.pastHave.has(lower) || auxiliaries.modals.has(lower)) return false
  if (lower === 'and' || lower === 'or') return false
  if (prepositions.has(lower) && lower !== 'that') {
    for (let index = last + 2; index < words.last; index++) if ((words.tokens[index] as Token).lower === 'that' || opensQuote(gapBefore(words, index))) return true
    return false
  }
  return true
}

/** `,” said Elliot Vance, chief executive of …`: a noun phrase after the verb that ends the clause. */
function invertedSource(input: AttributionInput, hit: CueHit, cueText: string): FoundAttribution | undefined {
  const {words} = input
  const first = hit.last + 1
  if (first >= words.last || !spaceBefore(words, first)) return undefined
  const last = phraseEndAfter(words, first)
  if (last === undefined) return undefined
  // The phrase must end the clause: the sentence end, a comma, or a place or time after it (`in a column`).
  if (last + 1 < words.last) {
    const gap = gapAfter(words, last)
    const next = (words.tokens[last + 1] as Token).lower
    if (isSpaceGap(gap) && !prepositions.has(next)) return undefined
    // `, said his suppliers “can dig …”`: a phrase before a quotation is what was said, not who said it.
    if (opensQuote(gap)) return undefined
  }
  return withCue(resolvePhrase(input, first, trimSetting(words, first, last), 'inverted'), cueText)
}

/**
 * `the corporation’s president in a statement on Monday`: where and when the words were said (`in`/`during` a
 * document or an interview) is no part of the speaker.
 */
function trimSetting(words: Words, first: number, last: number): number {
  for (let index = first + 1; index < last; index++) {
    const lower = (words.tokens[index] as Token).lower
    if (lower !== 'in' && lower !== 'during') continue
    for (let noun = index + 1; noun <= Math.min(last, index + 3); noun++) {
      if (reportingNouns.has((words.tokens[noun] as Token).lower) || settingNouns.has((words.tokens[noun] as Token).lower)) return index - 1
    }
  }
  return last
}

const settingNouns: ReadonlySet<string> = new Set(['interview', 'call', 'speech', 'briefing', 'conference', 'email', 'post', 'hearing', 'testimony', 'podcast'])

/** `according to X`, `as reported by X`, `per X`, `cited by X`. */
function fromSourceAfter(input: AttributionInput, hit: CueHit): FoundAttribution | undefined {
  const {words} = input
  const tokens = words.tokens
  const cueText = words.text.slice((tokens[hit.first] as Token).start, (tokens[hit.last] as Token).end)
  if (hit.first === hit.last && (tokens[hit.first] as Token).lower === 'per' && !perNamesParty(words, hit.first)) return undefined
  return fromPhraseAfter(input, hit.last + 1, cueText, 'after')
}

/**
 * `per` names a party only before a name, or before a determiner or a modifier and a reporting noun (`per
 * Reuters`, `per the filing`, `per company filings`), and never after a figure (`$900 per tonne`).
 */
function perNamesParty(words: Words, at: number): boolean {
  const next = words.tokens[at + 1]
  if (!next || !spaceBefore(words, at + 1)) return false
  const previous = words.tokens[at - 1]
  if (previous && at > words.first && /^\d/u.test(previous.text)) return false
  if (isCapitalized(next.text) && next.text !== 'The') return true
  for (let index = at + 1; index < Math.min(words.last, at + 5); index++) {
    if (reportingNouns.has((words.tokens[index] as Token).lower)) return true
  }
  return false
}

/** `An assessment by Project Blue puts …`, `Data from Asian Metal show …`: the author of the subject's document. */
function fromReportingNoun(input: AttributionInput, hit: CueHit): FoundAttribution | undefined {
  const {words} = input
  const tokens = words.tokens
  const issued = issuedBySubject(input, hit)
  if (issued) return issued
  let by = hit.last + 1
  if (by >= words.last || !spaceBefore(words, by)) return undefined
  if (documentVerbs.has((tokens[by] as Token).lower) && by + 1 < words.last) by += 1
  const link = (tokens[by] as Token).lower
  if (link !== 'by' && link !== 'from') return undefined
  // Only the sentence's subject relays its author: `Lynas disputed a report by Reuters` relays Lynas, if anyone.
  const first = phraseStartBefore(words, hit.first)
  const subject = subjectStart(words)
  if (first === undefined || first !== subject) return undefined
  const cueText = words.text.slice((tokens[first] as Token).start, (tokens[by] as Token).end)
  // The document must state something: a verb of saying or of finding after its author (`… puts the deficit at`),
  // not `A bulletin from X may appear routine`.
  const authorLast = by + 1 < words.last ? phraseEndAfter(words, by + 1) : undefined
  if (authorLast === undefined || !statesFinding(input, authorLast + 1)) return undefined
  return fromPhraseAfter(input, by + 1, cueText, 'after')
}

/** A verb of saying or finding at `index` (past an aside set off by commas). */
function statesFinding(input: AttributionInput, index: number): boolean {
  const {words} = input
  let at = index
  if (at < words.last && commaBefore(words, at)) {
    while (at < words.last && !(at > index && commaBefore(words, at))) at += 1
  }
  if (at >= words.last) return false
  const lower = (words.tokens[at] as Token).lower
  return findingVerbs.has(lower) || input.hits.some((hit) => hit.first === at && hit.cue.type === 'saying' && hit.cue.form !== 'base' && hit.cue.form !== 'ing')
}

/**
 * `The association issued a statement on Thursday calling on its members to …`: the subject of `issued`,
 * `released` or `published` relays what its document says, when the sentence goes on to say it (a participle of
 * saying, `that`, or a colon). `Lynas published its quarterly report on Monday.` relays nothing: it is an event.
 */
function issuedBySubject(input: AttributionInput, hit: CueHit): FoundAttribution | undefined {
  const {words} = input
  const tokens = words.tokens
  let verb = hit.first - 1
  if (verb > words.first && determinersOfDocument.has((tokens[verb] as Token).lower)) verb -= 1
  if (verb <= words.first || !documentVerbs.has((tokens[verb] as Token).lower) || (tokens[verb] as Token).lower === 'written') return undefined
  // What the document says must follow within a few words (past `on Thursday`, `late on Friday`).
  let says = false
  for (let index = hit.last + 1; index < Math.min(words.last, hit.last + 6) && !says; index++) {
    const lower = (tokens[index] as Token).lower
    says = contentOpeners.has(lower) || gapBefore(words, index).includes(':')
  }
  if (!says) return undefined
  const subject = sentenceSubject(words)
  if (!subject || subject.last >= verb) return undefined
  // Only an acronym in brackets may stand between the subject and the verb: `The Association (CREIA) issued`.
  const between = words.text.slice((tokens[subject.last] as Token).end, (tokens[verb] as Token).start)
  if (subject.last !== verb - 1 && !/^\s*\([^()]{1,40}\)\s*$/u.test(between)) return undefined
  const cueText = words.text.slice((tokens[verb] as Token).start, (tokens[hit.last] as Token).end)
  return withCue(resolvePhrase(input, subject.first, subject.last, 'subject'), cueText)
}

const determinersOfDocument: ReadonlySet<string> = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'the'])
// What opens the content of a document after its noun: `saying`, `calling on`, `urging`, `that`, …
const contentOpeners: ReadonlySet<string> = new Set(['saying', 'calling', 'urging', 'warning', 'stating', 'noting', 'arguing', 'claiming', 'announcing', 'confirming', 'that', 'demanding', 'asking'])


/** `Rosa Delgado put it bluntly: “…”`: the subject of a clause that ends in a colon before a quotation. */
function fromColonQuote(input: AttributionInput): FoundAttribution | undefined {
  const {words} = input
  // Most sentences hold no colon: one native search before any gap is read.
  const colon = words.text.indexOf(':', words.start)
  if (colon < 0 || colon >= words.end) return undefined
  for (let index = words.first + 1; index < words.last; index++) {
    if ((words.tokens[index] as Token).start <= colon) continue
    const gap = gapBefore(words, index)
    if (!gap.includes(':') || !opensQuote(gap) || input.quoted[index - 1] === 1) continue
    const subject = sentenceSubject(words)
    if (!subject || subject.last >= index - 1) return undefined
    const tokens = words.tokens
    const cueText = words.text.slice((tokens[subject.last + 1] as Token).start, (tokens[index - 1] as Token).end)
    return withCue(resolvePhrase(input, subject.first, subject.last, 'subject'), cueText)
  }
  return undefined
}

function fromPhraseAfter(input: AttributionInput, first: number, cueText: string, role: Role): FoundAttribution | undefined {
  const {words} = input
  if (first >= words.last) return undefined
  const last = phraseEndAfter(words, first)
  if (last === undefined) return undefined
  return withCue(resolvePhrase(input, first, last, role), cueText)
}

function withCue(found: FoundAttribution | undefined, cue: string): FoundAttribution | undefined {
  if (!found || found.self || !found.attribution) return found
  return {attribution: {source: found.attribution.source, cue, entity: found.attribution.entity}, self: false}
}

/** The head of the phrase `[first, last]`: the word before its first post-modifier outside a name. */
function coreHead(input: AttributionInput, first: number, last: number): number {
  for (let index = first + 1; index <= last; index++) {
    if (postModifiers.has((input.words.tokens[index] as Token).lower) && input.mentionAt(index) === undefined) return index - 1
  }
  return last
}

/** A plural head: a lower-case noun in `-s` (not `-ss`), or `they`/`we`/`i`/`you`. Capitalized names are singular. */
function isPluralHead(token: Token, opensSentence: boolean): boolean {
  const lower = token.lower
  if (lower === 'they' || lower === 'we' || lower === 'i' || lower === 'you' || lower === 'media' || lower === 'people' || lower === 'data') return true
  // A capital only because it opens the sentence (`Analysts at X emphasize`) still makes a common noun.
  const common = token.text === lower || (opensSentence && token.text.slice(1) === lower.slice(1))
  return common && lower.endsWith('s') && !lower.endsWith('ss')
}

function isBe(lower: string): boolean {
  return auxiliaries.presentBe.has(lower) || auxiliaries.pastBe.has(lower) || auxiliaries.otherBe.has(lower)
}
