import {z} from 'zod'

/**
 * Which part of the Article a span sits in.
 * `body` spans live in `sections[section].blocks[block]` (or that section's `heading` for `heading`);
 * the others in the array of that name, at index `block`; `title` has neither.
 */
export const SpanFrom = z.enum([
  'title',
  'highlight',
  'heading',
  'body',
  'credit',
  'disclaimer',
  'related',
  'preamble',
  'boilerplate'
])
export type SpanFrom = z.infer<typeof SpanFrom>

/**
 * Where a span of text is: the field (`from`), the section and block (or array index), the list item
 * (pre-order index over a list block's items and their children, else `null`) and UTF-16 offsets
 * `start`/`end` into that text.
 */
export const Locator = z.object({
  from: SpanFrom,
  section: z.number().int().min(0).nullable(),
  block: z.number().int().min(0).nullable(),
  item: z.number().int().min(0).nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0)
})
export type Locator = z.infer<typeof Locator>
