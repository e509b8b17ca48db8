import {z} from 'zod'
import {Locator} from './locator.js'

/** Offsets into the text a finder was given (UTF-16, `end` exclusive). */
export const TextSpan = z.object({start: z.number().int().min(0), end: z.number().int().min(0)})
export type TextSpan = z.infer<typeof TextSpan>

export const EntityType = z.enum(['organization', 'person', 'place', 'material', 'other'])
export type EntityType = z.infer<typeof EntityType>

export const QuantityKind = z.enum(['money', 'percent', 'mass', 'price', 'count', 'other'])
export type QuantityKind = z.infer<typeof QuantityKind>

/**
 * A bound on a figure: `gt` (more than, over, exceeding, 90%+), `gte` (at least), `lt` (less than,
 * under), `lte` (up to, at most); `null` when the figure is exact or approximate.
 */
export const Bound = z.enum(['gt', 'gte', 'lt', 'lte'])
export type Bound = z.infer<typeof Bound>

export const DatePrecision = z.enum(['day', 'month', 'quarter', 'half', 'year'])
export type DatePrecision = z.infer<typeof DatePrecision>

/** The meaning of a quantity, independent of where it was found. */
const quantityFields = {
  text: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  kind: QuantityKind,
  approx: z.boolean(),
  bound: Bound.nullable(),
  range: z.object({min: z.number(), max: z.number()}).nullable()
}

/** The meaning of a date mention, independent of where it was found. */
const dateFields = {
  text: z.string(),
  value: z.string(),
  precision: DatePrecision,
  yearInferred: z.boolean()
}

/** A quantity found by `findQuantities`: `convertedFrom` is the index of the figure it converts. */
export const FoundQuantity = z.object({
  ...quantityFields,
  convertedFrom: z.number().int().min(0).nullable(),
  ...TextSpan.shape
})
export type FoundQuantity = z.infer<typeof FoundQuantity>

/** A date found by `findDates`. */
export const FoundDate = z.object({...dateFields, ...TextSpan.shape})
export type FoundDate = z.infer<typeof FoundDate>

/** An entity found by `findEntities`, with every mention in the text. */
export const FoundEntity = z.object({
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  mentions: z.array(z.object({text: z.string(), ...TextSpan.shape}))
})
export type FoundEntity = z.infer<typeof FoundEntity>

/** A mention of an entity in the Article. */
export const EntityMention = z.object({text: z.string(), ...Locator.shape})
export type EntityMention = z.infer<typeof EntityMention>

/** One real-world thing named in the Article, with all the names it goes by and every mention. */
export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  mentions: z.array(EntityMention)
})
export type Entity = z.infer<typeof Entity>

/** A figure in the Article; `convertedFrom` is the id of the figure it converts (`(~US$138 million)`). */
export const Quantity = z.object({
  id: z.string(),
  ...quantityFields,
  convertedFrom: z.string().nullable(),
  ...Locator.shape
})
export type Quantity = z.infer<typeof Quantity>

/** A date in the Article, as an ISO value (`2025-11-17`, `2025-11`, `2026-Q1`, `2026-H2`, `2049`). */
export const DateMention = z.object({id: z.string(), ...dateFields, ...Locator.shape})
export type DateMention = z.infer<typeof DateMention>
