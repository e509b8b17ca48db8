import type {Copyright} from '../schema/article.js'
import type {Section} from '../schema/block.js'
import type {Claim, Question} from '../schema/claim.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Link} from '../schema/link.js'
import type {DateMention, Entity, FoundDate, Quantity} from '../schema/mentions.js'
import {claimsRules} from '../diagnostics/claims-rules.js'
import {createDiagnostic} from '../diagnostics/rule.js'
import {scanDates} from '../mentions/find-dates.js'
import {findEntityMentions, groupMentions, linkShortNames, type EntityMentionMatch} from '../mentions/find-entities.js'
import {findQuantities} from '../mentions/find-quantities.js'
import {tokenize, type Token} from '../mentions/tokenize.js'
import {resolveReferenceDate} from './reference-date.js'
import {sentencesToClaims, type UnitMentions} from './sentences-to-claims.js'
import {textUnits, type TextUnit} from './text-units.js'

/**
 * The parts of the Article the claims stage reads.
 *
 * @example
 * const input: ClaimsInput = {title: null, highlights: ['Lynas grew 5%.'], sections: [], links: [], publishedAt: null, copyright: null}
 */
export interface ClaimsInput {
  readonly title: string | null
  readonly highlights: ReadonlyArray<string>
  readonly sections: ReadonlyArray<Section>
  readonly links: ReadonlyArray<Link>
  readonly publishedAt: string | null
  readonly copyright: Copyright | null
  /** (optional) `Source: X` credits: read for entity mentions only (a misspelled source name), never claims. */
  readonly credits?: ReadonlyArray<string>
}

/**
 * Settings of the claims stage.
 *
 * @example
 * const settings: ClaimsSettings = {referenceDate: '2025-11-20'}
 */
export interface ClaimsSettings {
  /** `options.referenceDate` as given by the caller (`YYYY-MM-DD`), if any. */
  readonly referenceDate: string | undefined
}

/**
 * What the claims stage adds to the Article.
 *
 * @example
 * articleToClaims(input, settings).claims[0]?.kind // → 'quantitative'
 */
export interface ClaimsResult {
  readonly entities: Entity[]
  readonly quantities: Quantity[]
  readonly dates: DateMention[]
  readonly claims: Claim[]
  readonly questions: Question[]
  readonly diagnostics: Diagnostic[]
}

/**
 * Find the entities, quantities, dates, claims and questions of an Article. Each text unit (the title, a
 * highlight, a paragraph, a list item; never a heading) is read once by each finder; entities are merged
 * across the Article (one per real-world thing); ids are `e1…`, `q1…`, `d1…`, `c1…` and `k1…` (questions), in
 * reading order. Year-less dates resolve against `settings.referenceDate`, else `publishedAt`, else the latest
 * explicit full date, else the copyright year.
 *
 * @param input the structural fields of the Article
 * @param settings `referenceDate`
 * @returns entities, quantities, dates, claims, questions and diagnostics
 * @example
 * articleToClaims({title: null, highlights: ['Lynas said it will invest A$500 million by 2027.'], sections: [],
 *   links: [], publishedAt: '2025-03-03', copyright: null}, {referenceDate: undefined}).claims[0]?.kind
 * // → 'statement'
 */
export function articleToClaims(input: ClaimsInput, settings: ClaimsSettings): ClaimsResult {
  const units = textUnits(input.title, input.highlights, input.sections)
  const credits = (input.credits ?? []).map((text, block): TextUnit => ({from: 'credit', section: null, block, item: null, text}))
  // With a reference known up front, one scan per unit; else a first scan finds the explicit dates the
  // fallback needs, and only units with year-less dates are scanned again.
  const early = settings.referenceDate ?? input.publishedAt ?? undefined
  const firstScans = units.map((unit) => scanDates(unit.text, {referenceDate: early}))
  const explicit: FoundDate[] = early ? [] : firstScans.flatMap((scan) => scan.dates)
  const reference = resolveReferenceDate(settings.referenceDate, input.publishedAt, explicit, input.copyright)
  const diagnostics: Diagnostic[] = []

  const entityMatches: Array<{unit: TextUnit; match: EntityMentionMatch}> = []
  const quantities: Quantity[] = []
  const dates: DateMention[] = []
  const perUnit: Array<{unit: TextUnit; tokens: Token[]; entities: EntityMentionMatch[]; quantities: Quantity[]; dates: DateMention[]}> = []
  let unresolved = 0
  let firstUnresolved: string | undefined
  units.forEach((unit, index) => {
    const base = {from: unit.from, section: unit.section, block: unit.block, item: unit.item}
    // Tokenized once: the entity finder and the claim cues (`tellsEvent`) both read these tokens.
    const tokens = tokenize(unit.text)
    const entities = findEntityMentions(unit.text, tokens)
    for (const match of entities) entityMatches.push({unit, match})
    const firstId = quantities.length
    const unitQuantities = findQuantities(unit.text).map((found, offset): Quantity => {
      const {convertedFrom, start, end, ...meaning} = found
      return {
        id: `q${firstId + offset + 1}`,
        ...meaning,
        convertedFrom: convertedFrom === null ? null : `q${firstId + convertedFrom + 1}`,
        ...base,
        start,
        end
      }
    })
    quantities.push(...unitQuantities)
    const first = firstScans[index] ?? {dates: [], unresolved: []}
    const scan = first.unresolved.length > 0 && reference && !early ? scanDates(unit.text, {referenceDate: reference}) : first
    unresolved += scan.unresolved.length
    const span = scan.unresolved[0]
    if (span && firstUnresolved === undefined) firstUnresolved = unit.text.slice(span.start, span.end)
    const unitDates = scan.dates.map((found, offset): DateMention => {
      const {start, end, ...meaning} = found
      return {id: `d${dates.length + offset + 1}`, ...meaning, ...base, start, end}
    })
    dates.push(...unitDates)
    perUnit.push({unit, tokens, entities, quantities: unitQuantities, dates: unitDates})
  })
  if (unresolved > 0) {
    diagnostics.push(
      createDiagnostic(
        claimsRules['year-not-inferred'],
        `Unexpected ${unresolved} date${unresolved === 1 ? '' : 's'} without a year and no reference date, expected a \`referenceDate\` option, a date line or a copyright year`,
        firstUnresolved === undefined ? {} : {actual: `\`${firstUnresolved}\``, expected: 'a date with a year, or a reference date'}
      )
    )
  }

  for (const unit of credits) for (const match of findEntityMentions(unit.text)) entityMatches.push({unit, match})
  const {entities, idOf, relinked} = mergeEntities(entityMatches)
  const withIds: UnitMentions[] = perUnit.map((entry) => ({
    unit: entry.unit,
    entities: entry.entities.map((match) => {
      const linked = relinked.get(match) ?? match
      // A literal, not a spread: this runs for every mention and spreads are slow to build.
      return {key: linked.key, name: linked.name, type: linked.type, text: linked.text, start: linked.start, end: linked.end, id: idOf(linked)}
    }),
    quantities: entry.quantities,
    dates: entry.dates,
    tokens: entry.tokens
  }))
  const {claims, questions} = sentencesToClaims(withIds, input.links)
  return {entities, quantities, dates, claims, questions, diagnostics}
}

/** One Entity per key across the Article, ids in order of first mention. */
function mergeEntities(matches: ReadonlyArray<{unit: TextUnit; match: EntityMentionMatch}>): {
  entities: Entity[]
  idOf: (match: EntityMentionMatch) => string
  relinked: ReadonlyMap<EntityMentionMatch, EntityMentionMatch>
} {
  // Short names link to people named in full anywhere in the Article, not only in the same paragraph.
  const linked = linkShortNames(matches.map((entry) => entry.match))
  const located = new Map(linked.map((match, index) => [match, (matches[index] as {unit: TextUnit}).unit]))
  const groups = groupMentions(linked, (match) => match)
  const ids = new Map<string, string>()
  const entities = groups.map((group, index): Entity => {
    const id = `e${index + 1}`
    for (const mention of group.mentions) ids.set(mention.key, id)
    return {
      id,
      name: group.name,
      type: group.type,
      aliases: group.aliases,
      mentions: group.mentions.map((mention) => {
        const unit = located.get(mention) as TextUnit
        return {text: mention.text, from: unit.from, section: unit.section, block: unit.block, item: unit.item, start: mention.start, end: mention.end}
      })
    }
  })
  const relinked = new Map(matches.map((entry, index) => [entry.match, linked[index] as EntityMentionMatch]))
  return {entities, idOf: (match) => ids.get(match.key) ?? '', relinked}
}
