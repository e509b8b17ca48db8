import type {EntityType} from '../../schema/mentions.js'

/**
 * One real-world thing of the gazetteer: its canonical name, its type and every other name it goes by.
 *
 * @example
 * const entry: GazetteerEntry = {key: 'place:baotou', name: 'Baotou', type: 'place', aliases: ['Baotou City']}
 */
export interface GazetteerEntry {
  /** Stable key, unique across the gazetteer (`organization:lynas rare earths`). */
  readonly key: string
  readonly name: string
  readonly type: EntityType
  /** Other names: short forms, old names, translations, tickers and common misspellings. */
  readonly aliases: ReadonlyArray<string>
}

/**
 * A row of a gazetteer table: the canonical name first, then the aliases.
 *
 * @example
 * const row: EntryRow = ['Lynas Rare Earths', 'Lynas', 'Lynas Corp']
 */
export type EntryRow = readonly [name: string, ...aliases: string[]]

/**
 * Turn the rows of one gazetteer table into frozen entries of one type.
 *
 * @param type the entity type of every row
 * @param rows `[name, ...aliases]` rows
 * @returns frozen entries
 * @example
 * defineEntries('organization', [['Lynas Rare Earths', 'Lynas']])
 * // → [{key: 'organization:lynas rare earths', name: 'Lynas Rare Earths', type: 'organization', aliases: ['Lynas']}]
 */
export function defineEntries(type: EntityType, rows: ReadonlyArray<EntryRow>): ReadonlyArray<GazetteerEntry> {
  return Object.freeze(
    rows.map(([name, ...aliases]) =>
      Object.freeze({key: `${type}:${name.toLowerCase()}`, name, type, aliases: Object.freeze(aliases)})
    )
  )
}
