import type {Article} from '../../schema/article.js'
import {claimKinds, kindClass} from './claim-kinds.js'
import {escapeHtml} from './escape-html.js'

/**
 * The page's banner: what this page is, which input and article it shows, a tally (claims, questions, repairs,
 * diagnostics) and the legend of claim kinds and marks, with the switch that shows what each repaired span was.
 *
 * @param article the Article
 * @param inputName the input's name to show (a path, `-`, a record id), or `undefined`
 * @returns HTML of the `<header>`
 * @example
 * renderBanner(article, 'seeds/000.txt') // → '<header class="rx-banner"><p class="rx-app">rex-article review</p>…'
 */
export function renderBanner(article: Article, inputName: string | undefined): string {
  const counts = new Map<string, number>()
  for (const claim of article.claims) counts.set(String(claim.kind), (counts.get(String(claim.kind)) ?? 0) + 1)
  const known = new Set(claimKinds.map((entry) => entry.kind))
  const kinds = [
    ...claimKinds.map((entry) => legendKind(entry.kind, entry.meaning, counts.get(entry.kind) ?? 0)),
    ...[...counts].filter(([kind]) => !known.has(kind)).map(([kind, count]) => legendKind(kind, 'a kind this page does not know', count))
  ]
  const damage = article.encoding.damage.map((entry) => `${entry.kind} ×${entry.count}`).join(', ')
  const tally = [
    inputName === undefined ? '' : `input ${inputName}`,
    `article ${article.id}`,
    count(article.claims.length, 'claim'),
    count(article.questions.length, 'question'),
    `encoding ${article.encoding.source}, ${article.encoding.changed ? `${count(article.encoding.repairs.length, 'repair')} (${damage})` : 'no repairs'}`,
    count(article.diagnostics.length, 'diagnostic')
  ].filter(Boolean)
  return (
    '<header class="rx-banner">' +
    '<p class="rx-app">rex-article review</p>' +
    `<p class="rx-tally">${tally.map((entry) => `<span>${escapeHtml(entry)}</span>`).join(' · ')}</p>` +
    '<section class="rx-legend" aria-labelledby="rx-h-legend"><h2 id="rx-h-legend">Legend</h2>' +
    `<ul class="rx-kinds">${kinds.join('')}</ul>` +
    '<ul class="rx-marks">' +
    '<li><span class="rx-entity">entity</span></li>' +
    '<li><span class="rx-figure">figure</span></li>' +
    '<li><span class="rx-date">date</span></li>' +
    '<li><span class="rx-link">link anchor</span></li>' +
    '<li><span class="rx-question">question</span></li>' +
    '<li><span class="rx-repair">repaired text</span></li>' +
    '<li><label><input type="checkbox" id="rx-show-was"> show what repaired text was</label></li>' +
    '</ul>' +
    '<p class="rx-hint">Hover over a claim, or move to it with Tab, to see its source, entities, figures, dates and checkworthiness.</p>' +
    '</section></header>'
  )
}

/** One claim kind in the legend: its badge, what it means, how many claims of it the article has. */
function legendKind(kind: string, meaning: string, count: number): string {
  return `<li><span class="rx-badge ${kindClass(kind)}">${escapeHtml(kind)}</span> ${escapeHtml(meaning)} <span class="rx-count">(${count})</span></li>`
}

/** `1 claim`, `2 claims`. */
function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? '' : 's'}`
}
