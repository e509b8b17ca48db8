import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {ZodError} from 'zod'
import {articleToMarkdown, parseArticle} from '../../src/index.js'
import {rexParse} from '../../src/unified/index.js'

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '002_f64e4f3f47774a07.txt'))

describe('rexParse (rex-article/unified)', () => {
  it('parses a dump into the positioned tree and puts the Article on file.data', () => {
    const file = new VFile({path: 'seed.txt', value: seed})
    const tree = unified().use(rexParse).parse(file)
    const article = parseArticle(seed)
    expect(file.data.article).toEqual(article)
    expect(tree.children[0]).toMatchObject({type: 'heading', depth: 1, data: {articleField: 'title'}, position: {start: {line: 1, column: 1, offset: 0}}})
    expect(tree.children.length).toBeGreaterThan(5)
  })

  it('turns a dump into Markdown with remark-stringify', async () => {
    const file = await unified().use(rexParse).use(remarkStringify).process(new VFile({value: seed}))
    const markdown = String(file)
    expect(markdown.startsWith('# China’s Northern Rare Earths Mineral Superpower\n')).toBe(true)
    expect(markdown).toContain('## Highlights')
    // The same article text as articleToMarkdown with the chrome kept (the plugin gives the whole document).
    expect(markdown.replaceAll('*', '-')).toContain(articleToMarkdown(parseArticle(seed)).split('\n\n')[1]?.replaceAll('*', '-'))
  })

  it('reports every diagnostic as a vfile message a reporter prints', () => {
    const file = new VFile({path: 'page.txt', value: 'A Podcast Page\n\nSpeaker 1 (00:01.538)\n\nWelcome back.\n\n\t(opens in a new tab) orphan.'})
    unified().use(rexParse).parse(file)
    const article = file.data.article
    expect(file.messages.map((message) => message.ruleId)).toEqual(article?.diagnostics.map((diagnostic) => diagnostic.ruleId))
    const orphan = file.messages.find((message) => message.ruleId === 'link-without-anchor')
    expect(orphan).toMatchObject({source: 'rex-article', fatal: false, line: 7, column: 2})
    expect(orphan?.url).toMatch(/diagnostics\.md#link-without-anchor$/)
    expect(file.messages.find((message) => message.ruleId === 'missing-highlights')?.fatal).toBeUndefined()
    const report = reporter(file)
    expect(report).toContain('page.txt')
    expect(report).toContain('link-without-anchor')
    expect(report).toContain('rex-article')
  })

  it('fails the file in strict mode on a warning, after adding the messages', () => {
    const file = new VFile({value: 'Highlights\n- Only a highlight.'})
    expect(() => unified().use(rexParse, {strict: true}).parse(file)).toThrow(/strict mode/)
    expect(file.messages.some((message) => message.ruleId === 'missing-body')).toBe(true)
    expect(file.messages.at(-1)).toMatchObject({ruleId: 'strict', fatal: true})
  })

  it('checks its options when used, naming an unknown key', () => {
    expect(() => unified().use(rexParse, {claim: false} as never).freeze()).toThrow(ZodError)
  })
})

describe('rex-article/unified', () => {
  it('exports exactly rexParse', async () => {
    expect(Object.keys(await import('../../src/unified/index.js')).sort()).toEqual(['rexParse'])
  })
})
