import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {articleJsonSchema, parseArticle} from '../../src/index.js'

const root = path.resolve(import.meta.dirname, '../..')
const seeds = readdirSync(path.join(root, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, bytes: readFileSync(path.join(root, 'seeds', name))}))

// Strict mode: an unknown keyword or format in the generated schema is an error, not silently ignored.
const ajv = new Ajv2020({strict: true, allErrors: true})
// zod writes `format: "date"` beside its own pattern; ajv knows no formats without ajv-formats, so the test
// defines `date` as RFC 3339 full-date: the shape, and a real day of the calendar.
ajv.addFormat('date', {
  type: 'string',
  validate: (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (!match) return false
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
    const date = new Date(Date.UTC(year, month - 1, day))
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  }
})
const validate = ajv.compile(articleJsonSchema())

/** The Article as another tool receives it: through JSON. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

describe('articleJsonSchema', () => {
  it('is a draft 2020-12 schema with an $id and a title', () => {
    const schema = articleJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe('https://unpkg.com/rex-article/dist/schema.json')
    expect(schema.title).toContain('schema version 1')
  })

  it('names every field of the Article as required', () => {
    expect(new Set(articleJsonSchema().required as string[])).toEqual(new Set(Object.keys(articleJsonSchema().properties)))
  })

  it.each(seeds)('accepts the parsed $name', ({bytes}) => {
    const valid = validate(asJson(parseArticle(bytes)))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it.each(seeds)('accepts the parsed $name without claims', ({bytes}) => {
    expect(validate(asJson(parseArticle(bytes, {claims: false})))).toBe(true)
  })

  it('rejects an Article that breaks the contract', () => {
    const article = asJson(parseArticle(seeds[0]?.bytes as Uint8Array)) as Record<string, unknown>
    expect(validate({...article, schemaVersion: 2})).toBe(false)
    expect(validate({...article, publishedAt: 'March 3, 2025'})).toBe(false)
    expect(validate({...article, publishedAt: '2025-02-30'})).toBe(false)
    expect(validate({...article, sections: [{heading: null, blocks: [{type: 'table', rows: []}]}]})).toBe(false)
    const {diagnostics: _dropped, ...withoutDiagnostics} = article
    expect(validate(withoutDiagnostics)).toBe(false)
  })

  it('returns a new object each call, so callers cannot change the shared schema', () => {
    const first = articleJsonSchema()
    first.title = 'changed'
    expect(articleJsonSchema().title).not.toBe('changed')
  })
})
