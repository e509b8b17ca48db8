import {z} from 'zod'
import {Article} from './article.js'

/**
 * The JSON Schema (draft 2020-12) of `Article`, generated from the zod schema; the same document ships as
 * `rex-article/schema.json`. Returns a new object each call.
 *
 * @example
 * articleJsonSchema().properties.schemaVersion // {type: 'number', const: 1}
 */
export function articleJsonSchema(): Record<string, unknown> & {properties: Record<string, unknown>} {
  const schema = z.toJSONSchema(Article, {target: 'draft-2020-12', io: 'output'}) as Record<string, unknown> & {
    properties: Record<string, unknown>
  }
  return {
    ...schema,
    $id: 'https://unpkg.com/rex-article/dist/schema.json',
    title: 'rex-article Article (schema version 1)'
  }
}
