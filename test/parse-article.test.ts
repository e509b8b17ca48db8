import vm from 'node:vm'
import {describe, expect, it} from 'vitest'
import {ZodError} from 'zod'
import {Article, ArticleParseError, fixText, isArticleParseError, parseArticle, safeParseArticle, type ParseOptions} from '../src/index.js'

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
    expect(() => parseArticle(42 as unknown as string)).toThrow(/expected a string, a Uint8Array or an ArrayBuffer/)
    expect(() => parseArticle(null as unknown as string)).toThrow(ArticleParseError)
    expect(() => fixText(null as unknown as string)).toThrow(/Unexpected input of type `null`/)
  })

  it('accepts an ArrayBuffer and bytes from another realm', () => {
    const bytes = new TextEncoder().encode('Highlights\n- Lynas grew 5%.\nBody.')
    const expected = parseArticle(bytes)
    expect(parseArticle(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).toEqual(expected)
    const foreign = vm.runInNewContext('new Uint8Array(bytes)', {bytes: [...bytes]}) as Uint8Array
    expect(foreign instanceof Uint8Array).toBe(false)
    expect(parseArticle(foreign)).toEqual(expected)
    expect(fixText(vm.runInNewContext('new Uint8Array([0x41]).buffer') as ArrayBuffer).text).toBe('A')
  })

  it('rejects an unknown option key, naming it', () => {
    expect(() => parseArticle(article, {claim: false} as never)).toThrow(/claim/)
    expect(() => fixText('x', {maxBytes: 1} as never)).toThrow(/maxBytes/)
  })

  it('keeps mentions with claims off, and drops claims with mentions off', () => {
    const text = 'Highlights\n- Lynas grew 5% on May 3, 2025.\nBody.'
    const noClaims = parseArticle(text, {claims: false})
    expect([noClaims.entities.length > 0, noClaims.quantities.length, noClaims.dates.length, noClaims.claims.length]).toEqual([true, 1, 1, 0])
    const noMentions = parseArticle(text, {mentions: false})
    expect([noMentions.entities, noMentions.quantities, noMentions.dates, noMentions.claims, noMentions.questions]).toEqual([[], [], [], [], []])
  })

  it('never throws from safeParseArticle, for any input or options', () => {
    const cases: Array<[unknown, unknown]> = [
      [article, {referenceDate: 'nope'}],
      [article, {strict: 'yes'}],
      [article, {maxInputBytes: -1}],
      [article, {claim: false}],
      [article, 'options'],
      [null, undefined],
      [42, {}],
      [{}, undefined],
      ['x'.repeat(20), {maxInputBytes: 10}]
    ]
    const codes = cases.map(([input, options]) => {
      const result = safeParseArticle(input as string, options as ParseOptions)
      return result.success ? 'ok' : result.error.code
    })
    expect(codes).toEqual(['invalid-options', 'invalid-options', 'invalid-options', 'invalid-options', 'invalid-options', 'invalid-input', 'invalid-input', 'invalid-input', 'input-too-large'])
    const bad = safeParseArticle(article, {claim: false} as ParseOptions)
    expect(bad.success === false && bad.error.message).toMatch(/claim/)
    expect(bad.success === false && bad.error.cause).toBeInstanceOf(ZodError)
  })

  it('throws ZodError for bad options', () => {
    expect(() => parseArticle(article, {referenceDate: 'yesterday'})).toThrow(ZodError)
    expect(() => parseArticle(article, {maxInputBytes: -1})).toThrow(ZodError)
  })

  it('counts a column in characters: a tab is one character, not four columns', () => {
    const {diagnostics} = parseArticle('Highlights\n- One.\n\t(opens in a new tab) orphan.', {claims: false})
    expect(diagnostics.find((d) => d.ruleId === 'link-without-anchor')?.place).toEqual({line: 3, column: 2, offset: 19})
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
