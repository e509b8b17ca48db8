import {z} from 'zod'
import {Locator} from './locator.js'

/**
 * A link, recovered from the `(opens in a new tab)` marker that followed it: its anchor `text` and where
 * that anchor sits (`start`/`end` index the anchor in the text of the located field).
 */
export const Link = z.object({id: z.string(), text: z.string(), ...Locator.shape})
export type Link = z.infer<typeof Link>
