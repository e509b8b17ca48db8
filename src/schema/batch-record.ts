import {z} from 'zod'
import {Article} from './article.js'
import {Diagnostic} from './diagnostic.js'

// Strict objects: a record is an envelope we define whole, so zod and the JSON Schema (additionalProperties:
// false) agree that a record with an extra key, or with both `article` and `error`, is not a record.
const BatchRecordError = z.strictObject({
  /** Why the input failed: `not-found`, `empty-input`, `input-too-large`, `strict`, `invalid-record`, … */
  code: z.string(),
  /** The reason in words, one line, as the CLI prints it on stderr. */
  message: z.string(),
  /** The input's diagnostics when it was parsed (a failure before parsing has none). */
  diagnostics: z.array(Diagnostic)
})

/**
 * One line of a batch (SPEC §6): every input of a batch gives exactly one record that names it — a path as
 * given or walked, `-` for stdin, or the `id` of a JSONL record — with either its Article or why it failed, so
 * output lines map back to inputs and a failure is never a silent gap.
 *
 * @example
 * BatchRecord.parse({input: 'corpus/a.txt', article}) // a parsed input
 * BatchRecord.parse({input: 'missing.txt', error: {code: 'not-found', message: 'not found', diagnostics: []}})
 */
export const BatchRecord = z.union([
  z.strictObject({input: z.string(), article: Article}),
  z.strictObject({input: z.string(), error: BatchRecordError})
])
export type BatchRecord = z.infer<typeof BatchRecord>

/**
 * The JSON Schema (draft 2020-12) of `BatchRecord`, generated from the zod schema; the same document ships as
 * `rex-article/batch-record.schema.json` and is printed by `rex-article --schema batch-record`. Returns a new
 * object each call.
 *
 * @example
 * batchRecordJsonSchema().anyOf.length // 2: {input, article} or {input, error}
 */
export function batchRecordJsonSchema(): Record<string, unknown> & {anyOf: ReadonlyArray<unknown>} {
  const schema = z.toJSONSchema(BatchRecord, {target: 'draft-2020-12', io: 'output'}) as Record<string, unknown> & {
    anyOf: ReadonlyArray<unknown>
  }
  return {
    ...schema,
    $id: 'https://unpkg.com/rex-article/dist/batch-record.schema.json',
    title: 'rex-article batch record (Article schema version 1)'
  }
}
