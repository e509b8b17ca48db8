import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article} from '../../src/index.js'
import {damage, type DamageName} from './damage.js'

// Whole articles, damaged from first principles, must parse to the Article of the clean text: the same id,
// structure, chrome, links, entities, quantities, dates, claims and questions. Only `encoding` and the
// diagnostics (which report the repairs) may differ. The clean seeds (001-003, both layouts) and the made-up
// fixtures that are clean text are the articles; each damage kind of SPEC section 3 is applied to all of them.
const seedsDir = join(import.meta.dirname, '..', '..', 'seeds')
const fixturesDir = join(import.meta.dirname, '..', 'fixtures')
const articles: Array<[string, string]> = [
  ...readdirSync(seedsDir)
    .filter((name) => /^00[123]_.*\.txt$/u.test(name))
    .map((name): [string, string] => [`seed ${name.slice(0, 3)}`, readFileSync(join(seedsDir, name), 'utf8')]),
  // Fixtures of clean text with some non-ASCII character to damage (not the mojibake, bytes or empty cases).
  ...readdirSync(fixturesDir)
    .filter((name) => existsSync(join(fixturesDir, name, 'input.txt')) && !/^(?:mojibake-|binary-|legacy-|empty-|whitespace-)/u.test(name))
    .map((name): [string, string] => [`fixture ${name}`, readFileSync(join(fixturesDir, name, 'input.txt'), 'utf8')])
    .filter(([, text]) => /[^\t\n\r\x20-\x7E]/u.test(text.replace(/^\uFEFF/u, '')))
]
const kinds: DamageName[] = ['k1', 'k2', 'k3', 'k3plain', 'k4', 'k5', 'k5k1']

function content(article: Article): Omit<Article, 'encoding' | 'diagnostics'> {
  const {encoding: _encoding, diagnostics: _diagnostics, ...rest} = article
  return rest
}

describe('damaged articles parse as their clean text', () => {
  it('has articles to damage', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10)
  })
  for (const [name, clean] of articles) {
    const expected = content(parseArticle(clean, {referenceDate: '2025-11-20'}))
    for (const kind of kinds) {
      it(`${name}, ${kind}`, () => {
        const damaged = damage[kind](clean)
        // The damage must have done something, or the test proves nothing.
        expect(damaged).not.toBe(clean)
        const article = parseArticle(damaged, {referenceDate: '2025-11-20'})
        expect(article.encoding.changed).toBe(true)
        expect(content(article)).toEqual(expected)
      })
    }
  }
})
