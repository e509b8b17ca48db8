import type {Claim, Question} from '../schema/claim.js'
import type {Link} from '../schema/link.js'
import type {EntityMentionMatch} from '../mentions/find-entities.js'
import type {DateMention, Quantity} from '../schema/mentions.js'
import type {TextUnit} from './text-units.js'
import {findAttribution, type NamedSpan} from './attribution.js'
import {checkworthiness} from './checkworthiness.js'
import {claimKind, isEvaluative, isHedged} from './sentence-cues.js'
import {splitSentences} from './split-sentences.js'

/**
 * Everything found in one text unit, with article-wide ids.
 *
 * @example
 * const unit: UnitMentions = {unit: {from: 'highlight', section: null, block: 0, item: null, text: 'Lynas grew.'},
 *   entities: [], quantities: [], dates: []}
 */
export interface UnitMentions {
  readonly unit: TextUnit
  readonly entities: ReadonlyArray<EntityMentionMatch & {readonly id: string}>
  readonly quantities: ReadonlyArray<Quantity>
  readonly dates: ReadonlyArray<DateMention>
}

const endsWithQuestionMark = /\?[\s"'\u201D\u2019)\]\u0E42]*$/u
const whitespace = /\s+/u

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
  for (const {unit, entities, quantities, dates} of units) {
    const base = {from: unit.from, section: unit.section, block: unit.block, item: unit.item}
    const unitLinks = links.filter(
      (link) => link.from === unit.from && link.section === unit.section && link.block === unit.block && link.item === unit.item
    )
    // Mentions and sentences are both in text order: one cursor per list keeps this linear in long texts.
    const cursors = {entities: 0, quantities: 0, dates: 0, links: 0}
    const within = <T extends {start: number; end: number}>(items: ReadonlyArray<T>, key: keyof typeof cursors, span: {start: number; end: number}): T[] => {
      const found: T[] = []
      let index = cursors[key]
      while (index < items.length && (items[index] as T).start < span.start) index += 1
      while (index < items.length && (items[index] as T).start < span.end) {
        const item = items[index] as T
        if (item.end <= span.end || key === 'links') found.push(item)
        index += 1
      }
      cursors[key] = index
      return found
    }
    const sortedLinks = [...unitLinks].sort((a, b) => a.start - b.start)
    for (const span of splitSentences(unit.text)) {
      const text = unit.text.slice(span.start, span.end)
      const sentenceEntities = within(entities, 'entities', span)
      const sentenceQuantities = within(quantities, 'quantities', span)
      const sentenceDates = within(dates, 'dates', span)
      const sentenceLinks = within(sortedLinks, 'links', span)
      if (endsWithQuestionMark.test(text)) {
        questions.push({id: `k${questions.length + 1}`, text, ...base, start: span.start, end: span.end})
        continue
      }
      if (sentenceEntities.length + sentenceQuantities.length + sentenceDates.length === 0) continue
      const names: NamedSpan[] = [
        ...sentenceEntities.map((e) => ({name: e.name, type: e.type, start: e.start - span.start, end: e.end - span.start})),
        ...sentenceLinks.map((l) => ({name: l.text, type: 'link', start: l.start - span.start, end: l.end - span.start}))
      ].sort((a, b) => a.start - b.start || b.end - a.end)
      const attribution = findAttribution(text, names)
      const hasDayDate = sentenceDates.some((date) => date.precision === 'day')
      const kind = claimKind(text, {attributed: attribution !== null, hasQuantity: sentenceQuantities.length > 0, hasDayDate})
      const hedged = isHedged(text)
      const entityIds = [...new Set(sentenceEntities.map((e) => e.id))]
      const named = new Set(sentenceEntities.filter((e) => e.type !== 'material').map((e) => e.id))
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
          namedEntities: named.size,
          attributed: attribution !== null,
          linked: sentenceLinks.length > 0,
          hedged,
          evaluative: isEvaluative(text),
          // Words counted between spaces: enough for the `fewer than 6 words` feature, and cheap.
          words: text.split(whitespace).length
        })
      })
    }
  }
  return {claims, questions}
}
