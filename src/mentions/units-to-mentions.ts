import type {TextUnit} from '../article/text-unit.js'
import {createDiagnostic} from '../diagnostics/rule.js'
import {mentionsRules} from '../diagnostics/mentions-rules.js'
import type {Copyright} from '../schema/article.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {DateMention, Entity, FoundDate, Quantity} from '../schema/mentions.js'
import {scanDates} from './find-dates.js'
import {findEntityMentions, groupMentions, isTitleCase, linkShortNames, type EntityMentionMatch} from './find-entities.js'
import {findQuantities} from './find-quantities.js'
import {linkNames} from './link-names.js'
import type {ProperName} from './proper-names.js'
import {resolveReferenceDate} from './reference-date.js'
import {createWordTable, packTokens, tokenize, type UnitTokens, type WordTable} from './tokenize.js'

/**
 * Settings of the mentions stage: what year-less dates resolve against.
 *
 * @example
 * const settings: MentionsSettings = {referenceDate: undefined, publishedAt: '2025-03-03', copyright: null}
 */
export interface MentionsSettings {
  /** `options.referenceDate` as given by the caller (`YYYY-MM-DD`), if any. */
  readonly referenceDate: string | undefined
  readonly publishedAt: string | null
  readonly copyright: Copyright | null
}

/**
 * An entity mention with the id of its Article entity.
 *
 * @example
 * const mention: LinkedMention = {key: 'organization:lynas rare earths', name: 'Lynas Rare Earths', type: 'organization', text: 'Lynas', start: 0, end: 5, id: 'e1'}
 */
export type LinkedMention = EntityMentionMatch & {readonly id: string}

/**
 * Everything found in one text unit, with Article-wide ids: what the claims stage reads, with the unit's
 * tokens (made once, shared by every finder and by the claims stage; packed in a long document: `tokensOf`)
 * and whether it is a Title Case line.
 *
 * @example
 * tokensOf(mentions.units[0].tokens, mentions.words).length // → the number of words of the first unit
 */
export interface UnitMentions {
  readonly unit: TextUnit
  readonly tokens: UnitTokens
  /** The unit is a Title Case line (`isTitleCase`): its verbs are capitalized too. */
  readonly titleCase: boolean
  readonly entities: ReadonlyArray<LinkedMention>
  readonly quantities: ReadonlyArray<Quantity>
  readonly dates: ReadonlyArray<DateMention>
}

/**
 * What the mentions stage gives: the Article's entities, quantities and dates, each unit's mentions, the reference
 * date year-less dates resolved against, and diagnostics.
 *
 * @example
 * unitsToMentions(units, settings).reference // → '2025-11-20'
 */
export interface Mentions {
  readonly entities: Entity[]
  readonly quantities: Quantity[]
  readonly dates: DateMention[]
  readonly units: ReadonlyArray<UnitMentions>
  /** The document's word table: the units' packed tokens unpack with it. */
  readonly words: WordTable
  /** The reference date year-less dates resolved against (`YYYY-MM-DD` or `YYYY`), if any. */
  readonly reference: string | undefined
  readonly messages: ReadonlyArray<Diagnostic>
}

/**
 * Find the entities, quantities and dates of an Article's text units (SPEC §5). Each unit is tokenized once
 * and read once by each finder; entities are merged across the Article (one per real-world thing; a later
 * surname alone joins the person named in full anywhere in it); ids are `e1…`, `q1…`, `d1…` in reading order.
 * Year-less dates resolve against `referenceDate`, else `publishedAt`, else the latest explicit full date, else
 * the copyright year. Credits are read for entities only.
 *
 * @param units the text units, in reading order
 * @param settings what dates resolve against
 * @returns the mentions, per unit and merged
 * @example
 * unitsToMentions([{from: 'highlight', section: null, block: 0, item: null, text: 'Lynas grew 5%.'}],
 *   {referenceDate: undefined, publishedAt: null, copyright: null}).quantities[0]?.text // → '5%'
 */
export function unitsToMentions(units: ReadonlyArray<TextUnit>, settings: MentionsSettings): Mentions {
  const readable = units.filter((unit) => unit.from !== 'credit')
  // With a reference known up front, one scan per unit; else a first scan finds the explicit dates the
  // fallback needs, and only units with year-less dates are scanned again.
  const early = settings.referenceDate ?? settings.publishedAt ?? undefined
  const firstScans = readable.map((unit) => scanDates(unit.text, {referenceDate: early}))
  const explicit: FoundDate[] = []
  if (!early) for (const scan of firstScans) for (const date of scan.dates) explicit.push(date)
  const reference = resolveReferenceDate(settings.referenceDate, settings.publishedAt, explicit, settings.copyright)
  const messages: Diagnostic[] = []

  const entityMatches: Array<{unit: TextUnit; match: EntityMentionMatch}> = []
  const quantities: Quantity[] = []
  const dates: DateMention[] = []
  const perUnit: Array<{
    unit: TextUnit
    tokens: UnitTokens
    titleCase: boolean
    entities: ReadonlyArray<EntityMentionMatch>
    runs: ProperName[]
    quantities: Quantity[]
    dates: DateMention[]
  }> = []
  let unresolved = 0
  let firstUnresolved: string | undefined
  // One table of words for the document: tokens of all units share their strings.
  const words = createWordTable()
  let length = 0
  for (const unit of readable) length += unit.text.length
  const pack = length > PACK_FROM
  readable.forEach((unit, index) => {
    const tokens = tokenize(unit.text, words)
    const runs: ProperName[] = []
    const titleCase = isTitleCase(tokens, unit.text)
    const entities = findEntityMentions(unit.text, tokens, runs, titleCase)
    const firstId = quantities.length
    // Literals, not rest and spread: this runs for every figure and date, and spreads are slow to build.
    const unitQuantities = findQuantities(unit.text).map(
      (found, offset): Quantity => ({
        id: `q${firstId + offset + 1}`,
        text: found.text,
        value: found.value,
        unit: found.unit,
        kind: found.kind,
        approx: found.approx,
        bound: found.bound,
        range: found.range,
        convertedFrom: found.convertedFrom === null ? null : `q${firstId + found.convertedFrom + 1}`,
        from: unit.from,
        section: unit.section,
        block: unit.block,
        item: unit.item,
        start: found.start,
        end: found.end
      })
    )
    for (const quantity of unitQuantities) quantities.push(quantity)
    const first = firstScans[index] ?? {dates: [], unresolved: []}
    const scan = first.unresolved.length > 0 && reference && !early ? scanDates(unit.text, {referenceDate: reference}) : first
    unresolved += scan.unresolved.length
    const span = scan.unresolved[0]
    if (span && firstUnresolved === undefined) firstUnresolved = unit.text.slice(span.start, span.end)
    const unitDates = scan.dates.map(
      (found, offset): DateMention => ({
        id: `d${dates.length + offset + 1}`,
        text: found.text,
        value: found.value,
        precision: found.precision,
        yearInferred: found.yearInferred,
        from: unit.from,
        section: unit.section,
        block: unit.block,
        item: unit.item,
        start: found.start,
        end: found.end
      })
    )
    for (const date of unitDates) dates.push(date)
    // In a long document, packed as soon as the unit's finders are done: it never holds a token object per word
    // at once. A short one keeps the objects (packing costs more time than it saves memory there).
    perUnit.push({unit, tokens: pack ? packTokens(tokens) : tokens, titleCase, entities, runs, quantities: unitQuantities, dates: unitDates})
  })
  // Surnames, short names of organizations, and people shown to be people by what follows (`linkNames`).
  const linked = linkNames(perUnit.map((entry) => ({from: entry.unit.from, text: entry.unit.text, tokens: entry.tokens, words, entities: entry.entities, runs: entry.runs})))
  perUnit.forEach((entry, index) => {
    entry.entities = linked[index] ?? entry.entities
    for (const match of entry.entities) entityMatches.push({unit: entry.unit, match})
  })
  if (unresolved > 0) {
    messages.push(
      createDiagnostic(
        mentionsRules['year-not-inferred'],
        `Unexpected ${unresolved} date${unresolved === 1 ? '' : 's'} without a year and no reference date, expected a \`referenceDate\` option, a date line or a copyright year`,
        {
          ...(firstUnresolved === undefined ? {} : {actual: `\`${firstUnresolved}\``, expected: 'a date with a year, or a reference date'}),
          note: 'Month-days and months are kept as `--MM-DD` and `--MM`; quarters and halves are left out.'
        }
      )
    )
  }

  for (const unit of units) {
    if (unit.from === 'credit') for (const match of findEntityMentions(unit.text)) entityMatches.push({unit, match})
  }
  const {entities, idOf, relinked} = mergeEntities(entityMatches)
  const linkedUnits: UnitMentions[] = perUnit.map((entry) => ({
    unit: entry.unit,
    tokens: entry.tokens,
    titleCase: entry.titleCase,
    entities: entry.entities.map((match) => {
      const linked = relinked.get(match) ?? match
      // A literal, not a spread: this runs for every mention and spreads are slow to build.
      return {key: linked.key, name: linked.name, type: linked.type, text: linked.text, start: linked.start, end: linked.end, id: idOf(linked)}
    }),
    quantities: entry.quantities,
    dates: entry.dates
  }))
  return {entities, quantities, dates, units: linkedUnits, words, reference, messages}
}

/** Documents with more characters than this keep their units' tokens packed (see `PackedTokens`). */
const PACK_FROM = 256 * 1024

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
