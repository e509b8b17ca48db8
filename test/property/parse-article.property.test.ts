/**
 * Property tests of `parseArticle` on hostile input (issue 6, SPEC section 7): it never throws in non-strict
 * mode, its output is schema-valid and survives JSON, and it is deterministic.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Article, parseArticle} from '../../src/index.js'
import {anyInput, longNastyDocument} from './arbitraries.js'

const options = fc.record(
  {claims: fc.boolean(), referenceDate: fc.constantFrom('2025-03-03', '1999-12-31')},
  {requiredKeys: []}
)

/** Parse, and fail with the zod issues when the result does not match the `Article` schema. */
function parseChecked(input: string | Uint8Array, settings: {claims?: boolean; referenceDate?: string}): Article {
  const article = parseArticle(input, settings)
  const checked = Article.safeParse(article)
  if (!checked.success) throw new Error(`Article schema violation: ${JSON.stringify(checked.error.issues.slice(0, 3))}`)
  return article
}

describe('parseArticle on hostile input', () => {
  it('never throws in non-strict mode, and returns a schema-valid Article that survives JSON', () => {
    fc.assert(
      fc.property(anyInput, options, (input, settings) => {
        const article = parseChecked(input, settings)
        expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article)
      }),
      {numRuns: 300}
    )
  })

  it('is deterministic: the same input gives a deep-equal Article', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const copy = typeof input === 'string' ? input : input.slice()
        expect(parseArticle(copy)).toStrictEqual(parseArticle(input))
      }),
      {numRuns: 200}
    )
  })

  it('does not mutate a byte input', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 200}), (bytes) => {
        const before = bytes.slice()
        parseArticle(bytes)
        expect(bytes).toStrictEqual(before)
      }),
      {numRuns: 100}
    )
  })

  it('holds the same on a few long documents', () => {
    fc.assert(
      fc.property(longNastyDocument, (input) => {
        const article = parseChecked(input, {})
        expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article)
      }),
      {numRuns: 8}
    )
  })

  it('has a schema-valid Article for empty and blank input', () => {
    for (const input of ['', ' ', '\n\n\n', '\uFEFF', '\r\n', new Uint8Array(), Uint8Array.of(0xef, 0xbb, 0xbf)]) {
      expect(() => parseChecked(input, {})).not.toThrow()
    }
  })
})
