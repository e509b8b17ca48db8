/**
 * Measure one labelled item against what `parseArticle` made of it: build the dump, find the target sentence
 * among the claims and questions, and compare claim, kind, source, entities, figures and dates.
 * Pure functions; `scripts/measure-claims.ts` runs them over a set and prints the totals (see `summary.ts`).
 */
import type {Article, Claim, Entity, ParseOptions} from '../../../src/index.js'
import type {ExpectedDate, ExpectedEntity, ExpectedQuantity, LabelledItem} from './item.js'

/** The reference date every item resolves against unless it gives its own (`null`: none at all). */
export const DEFAULT_REFERENCE_DATE = '2025-11-20'
/** The one Highlights item of a body item's dump: names nothing, so it is never a claim. */
export const PLACEHOLDER_HIGHLIGHT = 'Placeholder highlight for the test.'

/** What is compared. `cue` is informational: it never fails an item. */
export type CheckName =
  | 'claim'
  | 'question'
  | 'kind'
  | 'source'
  | 'invented-source'
  | 'source-entity'
  | 'cue'
  | 'entity'
  | 'not-entity'
  | 'quantity'
  | 'date'

export interface Check {
  readonly name: CheckName
  readonly pass: boolean
  readonly expected: string
  readonly actual: string
}

/** Where the target sentence is in the Article (a locator without the item, which is always `null` here). */
interface Locus {
  readonly from: 'body' | 'highlight'
  readonly section: number | null
  readonly block: number
  readonly start: number
  readonly end: number
}

/**
 * What a verdict needs of a label, whichever set it comes from: the sentence and the claim labels (a dev item,
 * whose context is its paragraphs, or a corpus item, whose context is a whole article).
 */
export type Label = Pick<LabelledItem, 'id' | 'sentence' | 'claim' | 'question' | 'kind' | 'source' | 'sourceAlternatives' | 'cue' | 'sourceIsEntity'>

export interface Verdict {
  readonly item: Label
  readonly file: string
  readonly checks: ReadonlyArray<Check>
  /** Every check but the informational `cue` passed. */
  readonly pass: boolean
  /** The claim whose text is the target sentence, if the engine made one. */
  readonly claim: Claim | null
}

/**
 * The dump the library parses for an item: layout A, `Highlights`, one item, then each paragraph on its own line
 * (so the target is body text); for `"in": "highlight"` the paragraph is the Highlights item itself.
 *
 * @example
 * itemToDump({...item, paragraphs: ['Lynas said so.']}) // → 'Highlights\n- Placeholder highlight for the test.\nLynas said so.'
 */
export function itemToDump(item: LabelledItem): string {
  if (item.in === 'highlight') return ['Highlights', `- ${item.paragraphs.at(-1) ?? ''}`].join('\n')
  return ['Highlights', `- ${PLACEHOLDER_HIGHLIGHT}`, ...item.paragraphs].join('\n')
}

/**
 * The options `parseArticle` gets for an item: the default reference date, the item's own, or none.
 *
 * @example
 * itemToOptions({...item, referenceDate: null}) // → {}
 */
export function itemToOptions(item: LabelledItem): ParseOptions {
  if (item.referenceDate === null) return {}
  return {referenceDate: item.referenceDate ?? DEFAULT_REFERENCE_DATE}
}

/**
 * A source name folded for comparison: case, curly apostrophes, spacing and a leading the/a/an do not count.
 *
 * @example
 * normalizeSource('The  Pentagon') // → 'pentagon'
 */
export function normalizeSource(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an) /u, '')
}

/**
 * Compare one item with the Article parsed from its dump.
 *
 * @example
 * judgeItem(item, parseArticle(itemToDump(item), itemToOptions(item)), 'attribution-past-tense.json').pass // → true or false
 */
export function judgeItem(item: LabelledItem, article: Article, file: string): Verdict {
  const locus = locateTarget(item, article)
  const claim = article.claims.find((c) => c.text === item.sentence && (locus === null || sameLocus(c, locus))) ?? null
  const question = article.questions.some((q) => q.text === item.sentence && (locus === null || sameLocus(q, locus)))
  // The claim's own span when there is one (it is the sentence), else where the sentence sits in its paragraph.
  const target: Locus | null = claim
    ? {from: claim.from === 'highlight' ? 'highlight' : 'body', section: claim.section, block: claim.block ?? 0, start: claim.start, end: claim.end}
    : locus
  const checks: Check[] = [claimCheck(item, article, claim, locus)]
  checks.push({name: 'question', pass: question === item.question, expected: String(item.question), actual: String(question)})
  if (item.claim) checks.push(...labelChecks(item, article, claim))
  for (const entity of item.entities ?? []) checks.push(entityCheck(entity, article, target))
  for (const name of item.notEntities ?? []) checks.push(notEntityCheck(name, article, target))
  if (item.quantities) checks.push(...matchAll('quantity', item.quantities, inSpan(article.quantities, target), quantityMatches))
  if (item.dates) checks.push(...matchAll('date', item.dates, inSpan(article.dates, target), dateMatches))
  return {item, file, checks, pass: checks.every((c) => c.pass || c.name === 'cue'), claim}
}

function locateTarget(item: LabelledItem, article: Article): Locus | null {
  const text = (item.paragraphs.at(-1) ?? '').normalize('NFC')
  const offset = text.indexOf(item.sentence.normalize('NFC'))
  const span = {start: offset, end: offset + item.sentence.length}
  if (item.in === 'highlight') {
    const block = article.highlights.indexOf(text)
    return block < 0 ? null : {from: 'highlight', section: null, block, ...span}
  }
  for (const [section, {blocks}] of article.sections.entries()) {
    const block = blocks.findIndex((b) => b.type === 'paragraph' && b.text.normalize('NFC') === text)
    if (block >= 0) return {from: 'body', section, block, ...span}
  }
  return null
}

interface Located {
  readonly from: string
  readonly section: number | null
  readonly block: number | null
  readonly start: number
  readonly end: number
}

function sameLocus(a: Located, locus: Locus): boolean {
  return a.from === locus.from && a.section === locus.section && a.block === locus.block
}

/** Does a mention lie inside the target sentence? */
function within(a: Located, locus: Locus | null): boolean {
  return locus !== null && sameLocus(a, locus) && a.start >= locus.start && a.end <= locus.end
}

function inSpan<T extends Located>(list: ReadonlyArray<T>, locus: Locus | null): T[] {
  return list.filter((x) => within(x, locus))
}

function claimCheck(item: LabelledItem, article: Article, claim: Claim | null, locus: Locus | null): Check {
  if (item.claim) {
    if (claim) return {name: 'claim', pass: true, expected: 'claim', actual: 'claim'}
    const parts = locus ? article.claims.filter((c) => sameLocus(c, locus) && c.start < locus.end && c.end > locus.start) : []
    const actual = locus === null ? 'target paragraph not read as a paragraph' : parts.length > 0 ? `split: ${parts.map((c) => c.text).join(' | ')}` : 'no claim'
    return {name: 'claim', pass: false, expected: 'claim', actual}
  }
  const made = locus
    ? article.claims.filter((c) => sameLocus(c, locus) && c.start < locus.end && c.end > locus.start)
    : article.claims.filter((c) => c.text === item.sentence)
  return {name: 'claim', pass: made.length === 0, expected: 'no claim', actual: made.length === 0 ? 'no claim' : `claim: ${made.map((c) => c.text).join(' | ')}`}
}

/**
 * The checks of a labelled claim against the claim the engine made for its sentence (`null` when it made none):
 * kind, then source (or an invented one), whether the source is an entity, and the informational cue.
 *
 * @example
 * labelChecks(item, article, null) // → [{name: 'source', pass: false, expected: 'Lynas', actual: 'no claim'}]
 */
export function labelChecks(item: Label, article: Article, claim: Claim | null): Check[] {
  const checks: Check[] = []
  const attribution = claim?.attribution ?? null
  if (claim) checks.push({name: 'kind', pass: claim.kind === item.kind, expected: String(item.kind), actual: claim.kind})
  if (item.source === null) {
    if (claim) checks.push({name: 'invented-source', pass: attribution === null, expected: 'none', actual: attribution?.source ?? 'none'})
    return checks
  }
  const right = attribution !== null && sourceMatches(item, attribution, article)
  checks.push({name: 'source', pass: right, expected: item.source, actual: claim ? attribution?.source ?? 'none' : 'no claim'})
  if (attribution === null) return checks
  checks.push({name: 'cue', pass: cueMatches(item.cue ?? '', attribution.cue), expected: String(item.cue), actual: attribution.cue})
  const entityId = (attribution as Readonly<Record<string, unknown>>)['entity']
  if (entityId !== undefined && item.sourceIsEntity !== null) {
    const isEntity = typeof entityId === 'string'
    checks.push({name: 'source-entity', pass: isEntity === item.sourceIsEntity, expected: String(item.sourceIsEntity), actual: String(isEntity)})
  }
  return checks
}

/**
 * The source is right when it names the labelled party: the label's name or one of its alternatives, either as
 * the engine wrote it or as the name or an alias of the entity the attribution points to (its `entity` id when the
 * schema has one, else the entity whose name is the source).
 */
function sourceMatches(item: Label, attribution: {readonly source: string}, article: Article): boolean {
  const wanted = new Set([item.source ?? '', ...(item.sourceAlternatives ?? [])].map(normalizeSource))
  if (wanted.has(normalizeSource(attribution.source))) return true
  const entityId = (attribution as Readonly<Record<string, unknown>>)['entity']
  const entity: Entity | undefined =
    typeof entityId === 'string'
      ? article.entities.find((e) => e.id === entityId)
      : article.entities.find((e) => normalizeSource(e.name) === normalizeSource(attribution.source))
  return entity !== undefined && [entity.name, ...entity.aliases].some((name) => wanted.has(normalizeSource(name)))
}

/** Cues are compared loosely: case aside, one may hold the other (`reported by` in `as reported by`). */
function cueMatches(expected: string, actual: string): boolean {
  const a = expected.toLowerCase()
  const b = actual.toLowerCase()
  return a.includes(b) || b.includes(a)
}

function entityCheck(expected: ExpectedEntity, article: Article, locus: Locus | null): Check {
  const wanted = normalizeSource(expected.name)
  const found = article.entities.find((e) => {
    const here = e.mentions.filter((m) => within(m, locus))
    const names = [e.name, ...e.aliases, ...here.map((m) => m.text)].map(normalizeSource)
    return here.length > 0 && names.includes(wanted)
  })
  const actual = found ? (found.type === expected.type ? `${found.name} (${found.type})` : `${found.name} typed ${found.type}`) : 'not found'
  return {name: 'entity', pass: found?.type === expected.type, expected: `${expected.name} (${expected.type})`, actual}
}

function notEntityCheck(name: string, article: Article, locus: Locus | null): Check {
  const wanted = normalizeSource(name)
  const hit = article.entities.find((e) => e.mentions.some((m) => within(m, locus) && normalizeSource(m.text) === wanted))
  return {name: 'not-entity', pass: hit === undefined, expected: `no entity \`${name}\``, actual: hit ? `${hit.name} (${hit.type})` : 'none'}
}

function quantityMatches(expected: ExpectedQuantity, actual: {readonly value: number; readonly unit: string | null; readonly kind: string}): boolean {
  const close = Math.abs(actual.value - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value))
  return close && actual.kind === expected.kind && (expected.unit === undefined || actual.unit === expected.unit)
}

/**
 * A date matches on value and precision. An interval label (`2025-03/2025-09`) also matches one date whose
 * value is the start and whose end is the end, in whichever field the schema may grow for it (`to`, `range.end`,
 * `range.to`, `range.max`; not `end`, which is already the offset of the mention).
 */
function dateMatches(expected: ExpectedDate, actual: {readonly value: string; readonly precision: string}): boolean {
  if (actual.precision !== expected.precision) return false
  if (actual.value === expected.value) return true
  const [start, end] = expected.value.split('/')
  if (end === undefined || actual.value !== start) return false
  const record = actual as Readonly<Record<string, unknown>>
  const range = record['range'] as Readonly<Record<string, unknown>> | null | undefined
  return [record['to'], range?.['end'], range?.['to'], range?.['max']].includes(end)
}

/** One-to-one matching of expected mentions against the ones found in the sentence; extras fail too. */
function matchAll<E extends {readonly text: string}, A extends {readonly text: string}>(
  name: 'quantity' | 'date',
  expected: ReadonlyArray<E>,
  actual: ReadonlyArray<A>,
  matches: (e: E, a: A) => boolean
): Check[] {
  const left = [...actual]
  const checks: Check[] = expected.map((e) => {
    const index = left.findIndex((a) => matches(e, a))
    const hit = index >= 0 ? left.splice(index, 1)[0] : undefined
    return {name, pass: hit !== undefined, expected: describe(e), actual: hit ? describe(hit) : 'not found'}
  })
  for (const extra of left) checks.push({name, pass: false, expected: 'nothing more', actual: `extra ${describe(extra)}`})
  return checks
}

function describe(mention: {readonly text: string}): string {
  const record = mention as Readonly<Record<string, unknown>>
  const details = ['value', 'unit', 'kind', 'precision'].filter((key) => key in record).map((key) => String(record[key]))
  return `\`${mention.text}\` ${details.join(' ')}`
}
