import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {BatchRecord, batchRecordJsonSchema, parseArticle} from '../../src/index.js'
import {root} from './helpers.js'

const seed = readdirSync(path.join(root, 'seeds')).find((name) => name.endsWith('.txt')) as string
const article = JSON.parse(JSON.stringify(parseArticle(readFileSync(path.join(root, 'seeds', seed))))) as unknown
const failure = {input: 'missing.txt', error: {code: 'not-found', message: 'not found', diagnostics: []}}

// The schema's own `date` format (zod writes it beside its pattern); the pattern already checks the shape.
const ajv = new Ajv2020({strict: true, allErrors: true}).addFormat('date', true)
const validate = ajv.compile(batchRecordJsonSchema())

describe('BatchRecord', () => {
  it('accepts a parsed input and a failed one, in zod and in the JSON Schema alike', () => {
    for (const record of [{input: seed, article}, failure]) {
      expect(BatchRecord.safeParse(record).success).toBe(true)
      expect(validate(record)).toBe(true)
    }
  })

  it.each([
    ['both an article and an error', {input: 'a', article, error: failure.error}],
    ['neither', {input: 'a'}],
    ['no input', {article}],
    ['an unknown key', {...failure, extra: 1}],
    ['an error without diagnostics', {input: 'a', error: {code: 'x', message: 'y'}}]
  ])('rejects a record with %s, in zod and in the JSON Schema alike', (_, record) => {
    expect(BatchRecord.safeParse(record).success).toBe(false)
    expect(validate(record)).toBe(false)
  })

  it('ships a draft 2020-12 schema with its own $id', () => {
    const schema = batchRecordJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe('https://unpkg.com/rex-article/dist/batch-record.schema.json')
    expect(schema.anyOf).toHaveLength(2)
  })
})
