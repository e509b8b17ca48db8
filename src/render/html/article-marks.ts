import type {Article} from '../../schema/article.js'
import {textKey, type TextPlace} from './article-texts.js'
import {kindClass} from './claim-kinds.js'
import type {LocatedRepair} from './locate-repairs.js'
import type {Mark} from './nest-marks.js'

/** Layers, outermost first: a claim or question holds links, a link holds mentions, a mention holds repairs. */
const CLAIM = 0
const LINK = 1
const MENTION = 2
const REPAIR = 3

/**
 * Every span the page marks, grouped by the text it is in (`textKey`): claims (focusable, described by their
 * tooltip), questions, link anchors, entity, figure and date mentions, and the repairs that `locateRepairs`
 * placed. Spans are data here; `nestMarks` turns one text's spans into nested elements.
 *
 * @param article the Article
 * @param repairs the located repairs (`locateRepairs(article)`)
 * @returns the marks of each text, by `textKey`
 * @example
 * articleMarks(article, locateRepairs(article)).get('highlight::0:')?.[0]?.attributes.class // → 'rx-claim rx-kind-event'
 */
export function articleMarks(article: Article, repairs: ReadonlyArray<LocatedRepair>): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>()
  const add = (
    place: {readonly from: TextPlace; readonly section: number | null; readonly block: number | null; readonly item: number | null; readonly start: number; readonly end: number},
    mark: Omit<Mark, 'start' | 'end'>
  ): void => {
    const key = textKey(place)
    const list = marks.get(key) ?? []
    list.push({...mark, start: place.start, end: place.end})
    marks.set(key, list)
  }
  for (const claim of article.claims) {
    const kind = String(claim.kind)
    add(claim, {
      layer: CLAIM,
      attributes: {class: `rx-claim ${kindClass(kind)}`, 'data-kind': kind, 'data-claim': claim.id},
      first: {id: `rx-${claim.id}`, tabindex: '0', 'aria-describedby': `rx-tip-${claim.id}`}
    })
  }
  for (const question of article.questions) {
    add(question, {layer: CLAIM, attributes: {class: 'rx-question', 'data-ref': question.id}})
  }
  for (const link of article.links) {
    add(link, {layer: LINK, attributes: {class: 'rx-link', 'data-ref': link.id, title: 'Link anchor (the dump keeps no URL)'}})
  }
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      add(mention, {layer: MENTION, attributes: {class: `rx-entity rx-entity-${safeName(entity.type)}`, 'data-ref': entity.id}})
    }
  }
  for (const quantity of article.quantities) add(quantity, {layer: MENTION, attributes: {class: 'rx-figure', 'data-ref': quantity.id}})
  for (const date of article.dates) add(date, {layer: MENTION, attributes: {class: 'rx-date', 'data-ref': date.id}})
  for (const {repair, at} of repairs) {
    if (at === null) continue
    const how = `${repair.kind}${repair.lossy ? ', bytes lost' : ''}, confidence ${repair.confidence}`
    add(at, {layer: REPAIR, attributes: {class: 'rx-repair', 'data-from': repair.from, title: `Repaired from “${repair.from}” (${how})`}})
  }
  return marks
}

/** A type name fit for a class name; anything else (a hand-made Article) is `other`. */
function safeName(name: string): string {
  return /^[a-z]+$/.test(name) ? name : 'other'
}
