import {describe, expect, it} from 'vitest'
import {ZodError} from 'zod'
import {Article, ArticleParseError, isArticleParseError, parseArticle, safeParseArticle} from '../src/index.js'

const article = 'Highlights\n- Lynas expands.\nLynas said it will expand.\n0 Comments'

describe('parseArticle', () => {
  it('parses a string and bytes alike', () => {
    const fromBytes = parseArticle(new TextEncoder().encode(article), {claims: false})
    const fromString = parseArticle(article, {claims: false})
    expect(fromBytes.sections).toEqual(fromString.sections)
    expect(fromBytes.id).toBe(fromString.id)
  })

  it('gives the same id to the same content whatever its chrome', () => {
    const other = parseArticle(article.replace('0 Comments', '5 Comments'), {claims: false})
    expect(other.id).toBe(parseArticle(article, {claims: false}).id)
    expect(parseArticle(article.replace('expand.', 'shrink.'), {claims: false}).id).not.toBe(other.id)
  })

  it('gives the same id to the same article in two encodings', () => {
    const clean = 'Highlights\n- China’s rules tightened.\nChina’s export rules now cover “heavy” rare earths — seven of them.'
    // UTF-8 bytes read as Latin-1: the classic `â€™` damage.
    const damaged = String.fromCharCode(...new TextEncoder().encode(clean))
    expect(damaged).toContain('â\u0080\u0099')
    expect(parseArticle(damaged, {claims: false}).id).toBe(parseArticle(clean, {claims: false}).id)
  })

  it('never throws on messy input: empty, binary, control characters', () => {
    for (const input of ['', '\u0000\u0001\u0002', '\uD800 lone surrogate', new Uint8Array([0, 255, 254, 1, 2]), '(opens in a new tab)']) {
      const result = parseArticle(input)
      expect(() => Article.parse(result)).not.toThrow()
    }
  })

  it('reports empty input as a diagnostic, and throws on it only in strict mode', () => {
    expect(parseArticle('  \n ').diagnostics.map((d) => d.ruleId)).toContain('empty-input')
    expect(() => parseArticle('', {strict: true})).toThrow(ArticleParseError)
    const result = safeParseArticle('', {strict: true})
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.error.code).toBe('strict')
      expect(result.error.diagnostics.map((d) => d.ruleId)).toContain('empty-input')
    }
  })

  it('fails on a warning in strict mode, but not on an info diagnostic', () => {
    // `missing-body` is a warning; `missing-highlights` only informs.
    const warning = 'Highlights\n- One point.'
    expect(parseArticle(warning).diagnostics.map((d) => d.severity)).toContain('warning')
    expect(safeParseArticle(warning, {strict: true}).success).toBe(false)
    const info = 'A Title Line Here\n\nA paragraph of body text that ends properly.'
    expect(parseArticle(info).diagnostics.every((d) => d.severity === 'info')).toBe(true)
    expect(safeParseArticle(info, {strict: true}).success).toBe(true)
  })

  it('throws input-too-large over maxInputBytes', () => {
    const error = (() => {
      try {
        parseArticle('x'.repeat(100), {maxInputBytes: 10})
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(isArticleParseError(error)).toBe(true)
    expect((error as ArticleParseError).code).toBe('input-too-large')
  })

  it('throws invalid-input for input that is neither a string nor bytes', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(/expected a string or a Uint8Array/)
  })

  it('throws ZodError for bad options', () => {
    expect(() => parseArticle(article, {referenceDate: 'yesterday'})).toThrow(ZodError)
    expect(() => parseArticle(article, {maxInputBytes: -1})).toThrow(ZodError)
  })

  it('places diagnostics at their line in the input', () => {
    const {diagnostics} = parseArticle('Highlights\n- One.\nBody text.\n(opens in a new tab) orphan.', {claims: false})
    expect(diagnostics.find((d) => d.ruleId === 'link-without-anchor')?.place).toEqual({line: 4, column: 1, offset: 29})
  })

  it('parses a long article into many sections without losing blocks', () => {
    const parts = ['Highlights', '- One.']
    for (let index = 0; index < 500; index++) parts.push(`Heading number ${index}`, `Paragraph ${index} has text.`, `- item ${index}`)
    parts.push('The end.')
    const result = parseArticle(parts.join('\n'), {claims: false})
    expect(result.sections).toHaveLength(500)
    expect(result.sections.flatMap((section) => section.blocks)).toHaveLength(1001)
  })
})

describe('long lists', () => {
  it('keeps a list of hundreds of nested items as one list (the markdown is parsed in chunks)', () => {
    const lines = ['Highlights', '- One.', 'The items:']
    for (let index = 0; index < 400; index++) lines.push(`  • item ${index}`, `    • child ${index}`)
    lines.push('After the list.')
    const [section] = parseArticle(lines.join('\n'), {claims: false}).sections
    expect(section?.blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph'])
    const list = section?.blocks[1]
    expect(list?.type === 'list' && list.items.length).toBe(400)
    expect(list?.type === 'list' && list.items[399]).toEqual({text: 'item 399', children: [{text: 'child 399', children: []}]})
  })
})

describe('isArticleParseError', () => {
  it('recognises the error across realms by name', () => {
    expect(isArticleParseError(new ArticleParseError('x', 'strict'))).toBe(true)
    expect(isArticleParseError({name: 'ArticleParseError'})).toBe(true)
    expect(isArticleParseError(new Error('x'))).toBe(false)
  })
})
