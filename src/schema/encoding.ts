import {z} from 'zod'

/** How the input was turned into text. `string` means the caller passed a string. */
export const EncodingSource = z.enum(['string', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'])
export type EncodingSource = z.infer<typeof EncodingSource>

/**
 * The kinds of encoding damage (SPEC section 3): K1 `lossy-thai`, K2 `windows-874`, K3 `windows-1252`,
 * K4 `latin-1`, K5 `double` (any of these applied twice), and `other-code-page`: UTF-8 read as Windows-1251,
 * MacRoman, code page 437, Windows-1250 or Windows-1257 (its diagnostic names which).
 */
export const DamageKind = z.enum(['lossy-thai', 'windows-874', 'windows-1252', 'latin-1', 'double', 'other-code-page'])
export type DamageKind = z.infer<typeof DamageKind>

/** One repaired span: `start`/`end` are UTF-16 offsets into the input text (after decoding). */
export const Repair = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  from: z.string(),
  to: z.string(),
  kind: DamageKind,
  lossy: z.boolean(),
  confidence: z.number().min(0).max(1)
})
export type Repair = z.infer<typeof Repair>

/** What the encoding stage did: how it decoded the input, what damage it found and every repair. */
export const EncodingReport = z.object({
  source: EncodingSource,
  changed: z.boolean(),
  damage: z.array(z.object({kind: DamageKind, count: z.number().int().min(0)})),
  repairs: z.array(Repair)
})
export type EncodingReport = z.infer<typeof EncodingReport>
