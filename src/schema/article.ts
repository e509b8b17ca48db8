import {z} from 'zod'
import {Section} from './block.js'
import {Claim, Question} from './claim.js'
import {Diagnostic} from './diagnostic.js'
import {EncodingReport} from './encoding.js'
import {Link} from './link.js'
import {DateMention, Entity, Quantity} from './mentions.js'

/** The site's copyright line: `© 2025 Rare Earth Exchanges™ — …`. */
export const Copyright = z.object({
  year: z.number().int().nullable(),
  holder: z.string().nullable(),
  notice: z.string()
})
export type Copyright = z.infer<typeof Copyright>

/**
 * One REEx article, parsed (schema version 1). This schema is the contract: a JSON Schema generated from it
 * ships as `rex-article/schema.json`.
 */
export const Article = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  title: z.string().nullable(),
  publishedAt: z.iso.date().nullable(),
  author: z.string().nullable(),
  highlights: z.array(z.string()),
  sections: z.array(Section),
  links: z.array(Link),
  credits: z.array(z.string()),
  disclaimers: z.array(z.string()),
  related: z.array(z.string()),
  preamble: z.array(z.string()),
  boilerplate: z.array(z.string()),
  categories: z.array(z.string()),
  copyright: Copyright.nullable(),
  commentCount: z.number().int().min(0).nullable(),
  entities: z.array(Entity),
  quantities: z.array(Quantity),
  dates: z.array(DateMention),
  claims: z.array(Claim),
  questions: z.array(Question),
  encoding: EncodingReport,
  diagnostics: z.array(Diagnostic)
})
export type Article = z.infer<typeof Article>
