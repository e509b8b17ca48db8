import {z} from 'zod'

/** Which stage of the pipeline reported a problem. */
export const DiagnosticSource = z.enum(['encoding', 'structure', 'article', 'mentions', 'claims'])
export type DiagnosticSource = z.infer<typeof DiagnosticSource>

/** How bad a problem is: `error` and `warning` fail `strict` mode, `info` never does. */
export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/** A point in the input text: 1-based line and column, 0-based UTF-16 offset. */
export const Place = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0)
})
export type Place = z.infer<typeof Place>

/**
 * A recoverable problem, as data (modelled on vfile-message).
 *
 * @example
 * {reason: 'Unexpected empty input, expected article text', ruleId: 'empty-input', source: 'structure', severity: 'warning'}
 */
export const Diagnostic = z.object({
  reason: z.string(),
  ruleId: z.string(),
  source: DiagnosticSource,
  severity: Severity,
  place: Place.optional(),
  actual: z.string().optional(),
  expected: z.string().optional(),
  note: z.string().optional()
})
export type Diagnostic = z.infer<typeof Diagnostic>
