import {z} from 'zod'
import {Locator} from './locator.js'

/**
 * What sort of assertion a claim is: `statement` (another party's word, relayed), `plan` (an aim, target,
 * schedule or forecast), `quantitative` (a figure), `event` (something that happened), `fact` (a neutral,
 * checkable present state) or `assessment` (the writer's judgment). docs/claims.md gives the precedence when
 * several fit.
 */
export const ClaimKind = z.enum(['quantitative', 'event', 'plan', 'statement', 'fact', 'assessment'])
export type ClaimKind = z.infer<typeof ClaimKind>

/**
 * Whose word a claim relays: `source` the party as the Article names it (an entity's name, or a noun phrase as
 * written: `state media`, `people familiar with the matter`), `cue` the words that say so as written (`said`,
 * `according to`, `An assessment by`), and `entity` the id of the source's Article entity, or `null` when the
 * source is no entity.
 */
export const Attribution = z.object({source: z.string(), cue: z.string(), entity: z.string().nullable()})
export type Attribution = z.infer<typeof Attribution>

/**
 * A checkable assertion of the title, a highlight or the body: a sentence that is not a question and names an
 * entity or holds a quantity or a date. Ids are `c1`, `c2`, … in reading order; `entities`, `quantities`,
 * `dates` and `links` hold ids of the Article's lists. docs/claims.md defines `kind` (and its precedence),
 * `attribution`, `hedged` and the `checkworthiness` features.
 */
export const Claim = z.object({
  id: z.string(),
  text: z.string(),
  ...Locator.shape,
  kind: ClaimKind,
  attribution: Attribution.nullable(),
  entities: z.array(z.string()),
  quantities: z.array(z.string()),
  dates: z.array(z.string()),
  links: z.array(z.string()),
  hedged: z.boolean(),
  checkworthiness: z.number().min(0).max(1)
})
export type Claim = z.infer<typeof Claim>

/**
 * A question the article raises: a sentence ending in `?` in the title, a highlight, a paragraph or a list item
 * (never a heading). Ids are `k1`, `k2`, … in reading order (`q` is taken by quantities).
 */
export const Question = z.object({id: z.string(), text: z.string(), ...Locator.shape})
export type Question = z.infer<typeof Question>
