import type {Article} from '../../schema/article.js'
import type {Claim} from '../../schema/claim.js'
import {describeDate, describeFigure} from './describe.js'
import {escapeHtml} from './escape-html.js'
import {kindClass} from './claim-kinds.js'

/**
 * An attribution as this page reads it: `entity` (the id of the source's entity) is optional so Articles from
 * before it was added still render.
 */
interface AttributionView {
  readonly source: string
  readonly cue: string
  readonly entity?: string | null
}

/**
 * The details of each claim, one hidden `role="tooltip"` element per claim (`id="rx-tip-<claim id>"`): kind,
 * whether it is hedged, checkworthiness, source (with its cue and entity), entities, figures, dates and links.
 * Each claim names its element in `aria-describedby`, so a screen reader reads the details as the claim's
 * description; the page's script shows a copy beside the claim on hover and focus.
 *
 * @param article the Article
 * @returns HTML of the hidden container
 * @example
 * renderClaimTips(article) // → '<div class="rx-tips" hidden><div id="rx-tip-c1" role="tooltip" …>…</div>…</div>'
 */
export function renderClaimTips(article: Article): string {
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]))
  const quantities = new Map(article.quantities.map((quantity) => [quantity.id, quantity]))
  const dates = new Map(article.dates.map((date) => [date.id, date]))
  const links = new Map(article.links.map((link) => [link.id, link]))
  const entityName = (id: string): string => {
    const entity = entities.get(id)
    return entity ? `${entity.name} (${entity.type})` : id
  }
  const tip = (claim: Claim): string => {
    const kind = String(claim.kind)
    const attribution = claim.attribution as AttributionView | null
    const rows = [
      row('Source', attribution ? source(attribution, entityName) : 'none stated (the writer’s own)'),
      row('Entities', claim.entities.map(entityName)),
      row('Figures', claim.quantities.map((id) => {
        const quantity = quantities.get(id)
        return quantity ? `${quantity.text} = ${describeFigure(quantity)}` : id
      })),
      row('Dates', claim.dates.map((id) => {
        const date = dates.get(id)
        return date ? `${date.text} = ${describeDate(date)}` : id
      })),
      row('Links', claim.links.map((id) => links.get(id)?.text ?? id))
    ]
    return (
      `<div id="rx-tip-${escapeHtml(claim.id)}" role="tooltip" class="rx-tip-body">` +
      `<p class="rx-tip-head"><span class="rx-badge ${kindClass(kind)}">${escapeHtml(kind)}</span>` +
      `${claim.hedged ? ' <span class="rx-hedged">hedged</span>' : ''}` +
      ` <span class="rx-worth">checkworthiness ${escapeHtml(String(claim.checkworthiness))}</span></p>` +
      `<dl>${rows.join('')}</dl></div>`
    )
  }
  return `<div class="rx-tips" hidden>${article.claims.map(tip).join('')}</div>`
}

/** `Song Zhiping — “praised” — entity: Song Zhiping (person)`; the entity part only when the source has one. */
function source(attribution: AttributionView, entityName: (id: string) => string): string {
  const entity = typeof attribution.entity === 'string' ? ` — entity: ${entityName(attribution.entity)}` : ''
  return `${attribution.source} — “${attribution.cue}”${entity}`
}

/** A row of the details; an empty list says `none`. */
function row(label: string, value: string | ReadonlyArray<string>): string {
  const text = typeof value === 'string' ? value : value.length > 0 ? value.join('; ') : 'none'
  return `<div><dt>${label}</dt><dd>${escapeHtml(text)}</dd></div>`
}
