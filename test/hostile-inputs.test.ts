import {describe, expect, it} from 'vitest'
import {Article, parseArticle} from '../src/index.js'

// SPEC §8: no input size or depth may crash the library (no spread of unbounded arrays, no recursion on input
// depth). Times are the benchmark's business (`npm run bench`), not asserted here.
describe('hostile inputs parse without a crash', () => {
  it('150,000 Highlights items', () => {
    const article = parseArticle(`Highlights\n${'- A point about the plant.\n'.repeat(150_000)}Body text.\n`, {claims: false})
    expect(article.highlights).toHaveLength(150_000)
  })

  it('150,000 figures on one line', () => {
    const article = parseArticle(`Highlights\n- One.\n${'5% '.repeat(150_000)}\n`)
    expect(article.quantities).toHaveLength(150_000)
    expect(() => Article.parse(article)).not.toThrow()
  })

  it('150,000 link markers on one line', () => {
    const article = parseArticle(`Highlights\n- One.\n${'Lynas (opens in a new tab) '.repeat(150_000)}\n`, {mentions: false})
    expect(article.links).toHaveLength(150_000)
  })

  it('150,000 companies joined by `and` on one line', () => {
    const article = parseArticle(`Highlights\n- One.\n${'Acme Group and '.repeat(150_000)}Zeta Group grew.\n`, {claims: false})
    expect(article.entities.length).toBeGreaterThan(0)
  })

  it('2,100 nesting levels, flattened past 16 with a diagnostic', () => {
    const lines = Array.from({length: 2100}, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`)
    const article = parseArticle(`Highlights\n- One.\nThe tree:\n${lines.join('\n')}\n`)
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('list-too-deep')
    const list = article.sections[0]?.blocks[1]
    expect(list?.type).toBe('list')
    expect(JSON.stringify(article).includes('level 2100')).toBe(true)
  })
})
