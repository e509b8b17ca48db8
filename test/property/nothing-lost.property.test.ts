/**
 * "Nothing is lost" (SPEC section 2), as a property: every word and every markdown character of every repaired
 * input line that is not site chrome appears in the Article's text fields. See ./words.ts for the definitions.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixText, parseArticle} from '../../src/index.js'
import {nastyDocument, longNastyDocument} from './arbitraries.js'
import {articleText, countMarkdown, countWords, lineContent, missing, splitLines} from './words.js'

/** What the Article lacks of the input's words and markdown characters (empty objects when nothing is lost). */
function lost(input: string): {words: Record<string, number>; markdown: Record<string, number>} {
  const expected = splitLines(fixText(input).text).map(lineContent).join('\n')
  const actual = articleText(parseArticle(input))
  return {
    words: missing(countWords(expected), countWords(actual)),
    markdown: missing(countMarkdown(expected), countMarkdown(actual))
  }
}

describe('nothing is lost', () => {
  it('keeps every word and markdown character of every non-chrome line', () => {
    fc.assert(
      fc.property(nastyDocument, (input) => {
        expect(lost(input)).toStrictEqual({words: {}, markdown: {}})
      }),
      {numRuns: 300}
    )
  })

  it('keeps them on a few long documents', () => {
    fc.assert(
      fc.property(longNastyDocument, (input) => {
        expect(lost(input)).toStrictEqual({words: {}, markdown: {}})
      }),
      {numRuns: 8}
    )
  })

  it('keeps every word of the seeds', async () => {
    const {readdir, readFile} = await import('node:fs/promises')
    const folder = new URL('../../seeds/', import.meta.url)
    for (const name of await readdir(folder)) {
      const input = await readFile(new URL(name, folder), 'utf8')
      expect({name, ...lost(input)}).toStrictEqual({name, words: {}, markdown: {}})
    }
  })
})
