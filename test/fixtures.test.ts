import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Article, fixText, parseArticle, rules} from '../src/index.js'
import {unaccountedLines} from './helpers/account-lines.js'
import {locate} from './helpers/locate.js'

const root = join(import.meta.dirname, 'fixtures')
const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

// The golden files pin the whole Article, claims on (entities, quantities, dates, claims, questions) and the
// encoding report included, so that every change to any stage shows as a diff a reviewer reads.
describe('golden fixtures', () => {
  for (const name of cases) {
    const input = readFileSync(join(root, name, 'input.txt'))
    const article = parseArticle(input)

    it(`${name}: matches expected.json`, async () => {
      // Only the `mojibake-*` cases carry encoding damage; the others must come through the repair unchanged.
      expect(article.encoding.changed).toBe(name.startsWith('mojibake-'))
      await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(join(root, name, 'expected.json'))
    })

    it(`${name}: is schema-valid`, () => {
      expect(() => Article.parse(article)).not.toThrow()
    })

    it(`${name}: puts every non-blank input line in exactly one place`, () => {
      const {text} = fixText(input)
      expect(unaccountedLines(text, article)).toEqual({missing: [], extra: []})
    })

    it(`${name}: removes every link marker and locates every link`, () => {
      expect(JSON.stringify({...article, diagnostics: []})).not.toMatch(/opens in a new tab/i)
      for (const link of article.links) expect(locate(article, link)).toBe(link.text)
    })
  }
})

describe('diagnostic rules', () => {
  it('each fire on at least one fixture (every ruleId has a fixture that shows it)', () => {
    const fired = new Set(
      cases.flatMap((name) => parseArticle(readFileSync(join(root, name, 'input.txt'))).diagnostics.map((d) => d.ruleId))
    )
    expect(rules.map((rule) => rule.ruleId).filter((ruleId) => !fired.has(ruleId))).toEqual([])
  })
})
