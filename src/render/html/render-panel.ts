import type {Article} from '../../schema/article.js'
import {describeDate, describeFigure} from './describe.js'
import {escapeHtml} from './escape-html.js'
import type {LocatedRepair} from './locate-repairs.js'

/**
 * The side panel: the entities, figures, dates and questions the article yields, its repairs and its
 * diagnostics. An entity, figure or date name is a toggle button (`data-hl`): hovering or focusing it marks its
 * mentions in the text, pressing it keeps them marked.
 *
 * @param article the Article
 * @param repairs the located repairs (`locateRepairs(article)`)
 * @returns HTML of the `<aside>`
 * @example
 * renderPanel(article, locateRepairs(article)) // → '<aside class="rx-panel" aria-label="Extracted data">…</aside>'
 */
export function renderPanel(article: Article, repairs: ReadonlyArray<LocatedRepair>): string {
  const entities = article.entities.map((entity) => {
    const aliases = entity.aliases.length > 0 ? `<span class="rx-aliases">also ${escapeHtml(entity.aliases.join('; '))}</span>` : ''
    const count = `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`
    return `<li>${toggle(entity.id, entity.name)} <span class="rx-type">${escapeHtml(entity.type)} · ${count}</span>${aliases}</li>`
  })
  const figureText = new Map(article.quantities.map((quantity) => [quantity.id, quantity.text]))
  const figures = article.quantities.map((quantity) => {
    const converted = quantity.convertedFrom ? `, converted from ${figureText.get(quantity.convertedFrom) ?? quantity.convertedFrom}` : ''
    return `<li>${toggle(quantity.id, quantity.text)} <span class="rx-type">${escapeHtml(`${describeFigure(quantity)} · ${quantity.kind}${converted}`)}</span></li>`
  })
  const dates = article.dates.map((date) => `<li>${toggle(date.id, date.text)} <span class="rx-type">${escapeHtml(describeDate(date))}</span></li>`)
  const questions = article.questions.map((question) => `<li>${escapeHtml(question.text)}</li>`)
  const diagnostics = article.diagnostics.map((diagnostic) => {
    const place = diagnostic.place ? ` (line ${diagnostic.place.line}, column ${diagnostic.place.column})` : ''
    return (
      `<li class="rx-severity-${diagnostic.severity === 'error' || diagnostic.severity === 'warning' ? diagnostic.severity : 'info'}">` +
      `<span class="rx-badge rx-sev">${escapeHtml(diagnostic.severity)}</span> <code>${escapeHtml(diagnostic.ruleId)}</code>${escapeHtml(place)}: ` +
      `${escapeHtml(diagnostic.reason)}</li>`
    )
  })
  return (
    '<aside class="rx-panel" aria-label="Extracted data">' +
    part('entities', 'Entities', entities) +
    part('figures', 'Figures', figures) +
    part('dates', 'Dates', dates) +
    part('questions', 'Questions', questions) +
    part('repairs', 'Repairs', repairItems(repairs)) +
    part('diagnostics', 'Diagnostics', diagnostics) +
    '</aside>'
  )
}

/**
 * The repairs, one line per kind of change (`โ → ’`), with how many, the damage kind, whether bytes were lost,
 * the lowest confidence and how many the page could not place in the text.
 */
function repairItems(repairs: ReadonlyArray<LocatedRepair>): string[] {
  const groups = new Map<string, {from: string; to: string; kind: string; lossy: boolean; count: number; unplaced: number; confidence: number}>()
  for (const {repair, at} of repairs) {
    const key = JSON.stringify([repair.from, repair.to, repair.kind])
    const group = groups.get(key) ?? {from: repair.from, to: repair.to, kind: repair.kind, lossy: false, count: 0, unplaced: 0, confidence: 1}
    group.count++
    if (at === null) group.unplaced++
    group.lossy ||= repair.lossy
    group.confidence = Math.min(group.confidence, repair.confidence)
    groups.set(key, group)
  }
  return [...groups.values()].map((group) => {
    const notes = [group.kind, group.lossy ? 'bytes lost' : '', `confidence ≥ ${group.confidence}`, group.unplaced > 0 ? `${group.unplaced} not placed in the text` : '']
    return (
      `<li><span class="rx-was">${escapeHtml(group.from)}</span> → <span class="rx-now">${escapeHtml(group.to)}</span> ` +
      `×${group.count} <span class="rx-type">${escapeHtml(notes.filter(Boolean).join(' · '))}</span></li>`
    )
  })
}

/** A name that marks its mentions in the text while hovered or focused, and keeps them marked when pressed. */
function toggle(id: string, text: string): string {
  return `<button type="button" class="rx-hl" data-hl="${escapeHtml(id)}" aria-pressed="false">${escapeHtml(text)}</button>`
}

/** One titled part of the panel, or `None.` when the list is empty. */
function part(id: string, title: string, items: ReadonlyArray<string>): string {
  const body = items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p class="rx-none">None.</p>'
  return `<section aria-labelledby="rx-h-${id}"><h2 id="rx-h-${id}">${title} <span class="rx-count">(${items.length})</span></h2>${body}</section>`
}
