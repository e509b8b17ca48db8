import type {Claim, Question} from '../schema/claim.js'
import type {Link} from '../schema/link.js'
import type {UnitMentions} from '../mentions/units-to-mentions.js'
import type {Token} from '../mentions/tokenize.js'
import {findAttribution, type NamedSpan} from './attribution.js'
import {checkworthiness} from './checkworthiness.js'
import {sentenceCues} from './sentence-cues.js'
import {splitSentences} from '../mentions/split-sentences.js'
import {isSpaceCode} from '../structure/is-space-code.js'

/**
 * Turn the sentences of each text unit into claims and questions. A sentence ending in `?` is a question; any
 * other sentence that names an entity or holds a quantity or a date is a claim; the rest are not kept.
 *
 * @param units the text units with their mentions (article-wide ids)
 * @param links the Article's links (same locators as the units)
 * @returns claims (`c1…`) and questions (`k1…`), in reading order
 * @example
 * sentencesToClaims(units, []).questions.map((q) => q.text) // → ['Have officials internalized this yet?']
 */
export function sentencesToClaims(
  units: ReadonlyArray<UnitMentions>,
  links: ReadonlyArray<Link>
): {claims: Claim[]; questions: Question[]} {
  const claims: Claim[] = []
  const questions: Question[] = []
  // Links grouped by locator once: filtering all links for every unit is units × links.
  const linksAt = new Map<string, Link[]>()
  for (const link of links) {
    const key = locatorKey(link)
    const group = linksAt.get(key)
    if (group) group.push(link)
    else linksAt.set(key, [link])
  }
  for (const {unit, entities, quantities, dates, tokens} of units) {
    const base = {from: unit.from, section: unit.section, block: unit.block, item: unit.item}
    // Most articles have few links: build a unit's key only when there is some link to find.
    const unitLinks = linksAt.size === 0 ? [] : (linksAt.get(locatorKey(unit)) ?? [])
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
    for (const span of splitSentences(unit.text)) {
      const sentenceEntities = within(entities, 'entities', span)
      const sentenceQuantities = within(quantities, 'quantities', span)
      const sentenceDates = within(dates, 'dates', span)
      const sentenceLinks = within(sortedLinks, 'links', span)
      if (endsWithQuestionMark(unit.text, span)) {
        questions.push({id: `k${questions.length + 1}`, text: unit.text.slice(span.start, span.end), ...base, start: span.start, end: span.end})
        continue
      }
      if (sentenceEntities.length + sentenceQuantities.length + sentenceDates.length === 0) continue
      // Sliced only now: most sentences are neither questions nor claims.
      const text = unit.text.slice(span.start, span.end)
      if (sentenceQuantities.length + sentenceDates.length === 0 && isLabel(text)) continue
      // Sentences never split a word, so the unit's tokens from `span.start` to `span.end` are the sentence's.
      while (token < tokens.length && (tokens[token] as Token).start < span.start) token += 1
      const firstToken = token
      while (token < tokens.length && (tokens[token] as Token).end <= span.end) token += 1
      const names = (): NamedSpan[] =>
        [
          ...sentenceEntities.map((e) => ({name: e.name, type: e.type, start: e.start - span.start, end: e.end - span.start})),
          ...sentenceLinks.map((l) => ({name: l.text, type: 'link', start: l.start - span.start, end: l.end - span.start}))
        ].sort((a, b) => a.start - b.start || b.end - a.end)
      const attribution = findAttribution(text, names)
      const hasDayDate = sentenceDates.some((date) => date.precision === 'day')
      const facts = {attributed: attribution !== null, hasQuantity: sentenceQuantities.length > 0, hasDayDate}
      const {kind, hedged, evaluative} = sentenceCues(text, facts, {text: unit.text, tokens, first: firstToken, last: token})
      const entityIds = distinct(sentenceEntities, () => true)
      const named = distinct(sentenceEntities, (e) => e.type !== 'material')
      claims.push({
        id: `c${claims.length + 1}`,
        text,
        ...base,
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

/** The key of a unit's locator: links and units with equal keys are in the same place. */
function locatorKey(at: {readonly from: string; readonly section: number | null; readonly block: number | null; readonly item: number | null}): string {
  return `${at.from} ${at.section} ${at.block} ${at.item}`
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
