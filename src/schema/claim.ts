import {z} from 'zod'
import {Locator} from './locator.js'

/** What sort of assertion a claim is (see docs/claims.md for the precedence when several fit). */
export const ClaimKind = z.enum(['quantitative', 'event', 'plan', 'statement', 'assessment'])
export type ClaimKind = z.infer<typeof ClaimKind>

/** Who a claim is attributed to, and the words that say so (`said`, `according to`). */
export const Attribution = z.object({source: z.string(), cue: z.string()})
export type Attribution = z.infer<typeof Attribution>

/** A checkable assertion of the title, a highlight or the body. */
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

/** A question the article raises. */
export const Question = z.object({id: z.string(), text: z.string(), ...Locator.shape})
export type Question = z.infer<typeof Question>
