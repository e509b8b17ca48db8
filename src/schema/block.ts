import {z} from 'zod'

/** One item of a list, with its nested items. */
export const ListItem = z.object({
  text: z.string(),
  get children(): z.ZodArray<typeof ListItem> {
    return z.array(ListItem)
  }
})
export type ListItem = z.infer<typeof ListItem>

/** A paragraph of body text. */
export const Paragraph = z.object({type: z.literal('paragraph'), text: z.string()})
export type Paragraph = z.infer<typeof Paragraph>

/** A bulleted (`ordered: false`) or numbered (`ordered: true`) list in the body. */
export const List = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItem)
})
export type List = z.infer<typeof List>

/** A block of a section's body. */
export const Block = z.discriminatedUnion('type', [Paragraph, List])
export type Block = z.infer<typeof Block>

/** A heading (or `null` before the first heading) and the blocks under it. */
export const Section = z.object({heading: z.string().nullable(), blocks: z.array(Block)})
export type Section = z.infer<typeof Section>
