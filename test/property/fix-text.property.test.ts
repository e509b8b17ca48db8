/**
 * Property tests of `fixText` (issue 6, SPEC section 3): repair is idempotent, never throws, and leaves correct
 * text alone.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {EncodingReport, fixText} from '../../src/index.js'
import {anyInput, cleanAsciiText, cleanUnicodeText, longNastyDocument} from './arbitraries.js'

describe('fixText', () => {
  it('never throws, and reports a schema-valid encoding', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const {text, encoding} = fixText(input)
        expect(typeof text).toBe('string')
        expect(EncodingReport.safeParse(encoding).success).toBe(true)
      }),
      {numRuns: 300}
    )
  })

  it('is idempotent: repairing repaired text changes nothing', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = fixText(input).text
        const twice = fixText(once)
        expect(twice.text).toBe(once)
        expect(twice.encoding.repairs).toStrictEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('is idempotent on a few long documents', () => {
    fc.assert(
      fc.property(longNastyDocument, (input) => {
        const once = fixText(input).text
        expect(fixText(once).text).toBe(once)
      }),
      {numRuns: 8}
    )
  })

  it('leaves clean ASCII English untouched', () => {
    fc.assert(
      fc.property(cleanAsciiText, (text) => {
        const result = fixText(text)
        expect(result.text).toBe(text)
        expect(result.encoding.changed).toBe(false)
        expect(result.encoding.repairs).toStrictEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('leaves clean ASCII English untouched when given as UTF-8 bytes', () => {
    fc.assert(
      fc.property(cleanAsciiText, (text) => {
        expect(fixText(new TextEncoder().encode(text)).text).toBe(text)
      }),
      {numRuns: 100}
    )
  })

  it('leaves correct non-ASCII text untouched (typography, accents, CJK, Cyrillic, whole Thai lines)', () => {
    fc.assert(
      fc.property(cleanUnicodeText, (text) => {
        const result = fixText(text)
        expect(result.text).toBe(text)
        expect(result.encoding.changed).toBe(false)
        expect(result.encoding.repairs).toStrictEqual([])
      }),
      {numRuns: 300}
    )
  })
})
