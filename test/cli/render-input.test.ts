import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Article, BatchRecord, articleToMarkdown, fixText, parseArticle} from '../../src/index.js'
import {renderInput, type RenderSettings} from '../../src/cli/render-input.js'
import {root} from './helpers.js'

const seedDir = path.join(root, 'seeds')
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, bytes: readFileSync(path.join(seedDir, name))}))

const base: RenderSettings = {format: 'json', batch: false, claims: true, mentions: true, referenceDate: undefined, strict: false}

async function rendered(bytes: Uint8Array | string, settings: Partial<RenderSettings>): Promise<string> {
  const outcome = await renderInput(bytes, 'input.txt', {...base, ...settings})
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.error.message}`)
  return outcome.text
}

describe('renderInput', () => {
  it.each(seeds)('renders $name as pretty JSON of parseArticle', async ({bytes}) => {
    const text = await rendered(bytes, {format: 'json'})
    expect(text).toBe(`${JSON.stringify(parseArticle(bytes), null, 2)}\n`)
    expect(Article.safeParse(JSON.parse(text)).success).toBe(true)
  })

  it.each(seeds)('renders $name as one JSON line: a batch record naming the input', async ({bytes}) => {
    const text = await rendered(bytes, {format: 'jsonl'})
    expect(text.endsWith('\n')).toBe(true)
    expect(text.slice(0, -1)).not.toContain('\n')
    expect(text).toBe(`${JSON.stringify({input: 'input.txt', article: parseArticle(bytes)})}\n`)
    expect(BatchRecord.safeParse(JSON.parse(text)).success).toBe(true)
  })

  it('renders a record of a batch as pretty JSON for the json format', async () => {
    const bytes = seeds[0]?.bytes as Uint8Array
    expect(await rendered(bytes, {format: 'json', batch: true})).toBe(
      `${JSON.stringify({input: 'input.txt', article: parseArticle(bytes)}, null, 2)}\n`
    )
  })

  it('parses a text (a JSONL record) as parseArticle parses the string', async () => {
    const text = new TextDecoder().decode(seeds[0]?.bytes)
    expect(JSON.parse(await rendered(text, {format: 'json'}))).toEqual(JSON.parse(JSON.stringify(parseArticle(text))))
  })

  it('renders the repaired text for the text format, after a header in a batch', async () => {
    const bytes = seeds[0]?.bytes as Uint8Array
    const {text} = fixText(bytes)
    const expected = text.endsWith('\n') ? text : `${text}\n`
    expect(await rendered(bytes, {format: 'text'})).toBe(expected)
    expect(await rendered(bytes, {format: 'text', batch: true})).toBe(`==> input.txt <==\n${expected}`)
  })

  it('renders Markdown with articleToMarkdown, after a header in a batch', async () => {
    const bytes = seeds[1]?.bytes as Uint8Array
    const markdown = articleToMarkdown(parseArticle(bytes))
    const expected = markdown === '' || markdown.endsWith('\n') ? markdown : `${markdown}\n`
    expect(await rendered(bytes, {format: 'markdown'})).toBe(expected)
    expect(await rendered(bytes, {format: 'markdown', batch: true})).toBe(`==> input.txt <==\n${expected}`)
  })

  it('names the input in the summary', async () => {
    const outcome = await renderInput(seeds[2]?.bytes as Uint8Array, 'seeds/x.txt', {...base, format: 'summary'})
    expect(outcome).toMatchObject({ok: true})
    expect(outcome.ok && outcome.text.startsWith('== seeds/x.txt\n')).toBe(true)
  })

  it('passes --no-claims through: no claims or questions, the mentions kept', async () => {
    const article = JSON.parse(await rendered(seeds[0]?.bytes as Uint8Array, {claims: false})) as Article
    expect([article.claims, article.questions]).toEqual([[], []])
    expect(article.entities.length).toBeGreaterThan(0)
  })

  it('passes --no-mentions through: structure and repair only', async () => {
    const article = JSON.parse(await rendered(seeds[0]?.bytes as Uint8Array, {mentions: false, claims: false})) as Article
    expect([article.claims, article.entities, article.quantities, article.dates, article.questions]).toEqual([[], [], [], [], []])
    expect(article.highlights.length).toBeGreaterThan(0)
  })

  it('passes --reference-date through to dates without a year', async () => {
    const bytes = new TextEncoder().encode('Highlights\n- Lynas expands.\nOn November 17, Lynas said it will expand its plant.\n')
    const values = async (date: string): Promise<string[]> =>
      (JSON.parse(await rendered(bytes, {referenceDate: date})) as Article).dates.map((mention) => mention.value)
    expect(await values('2023-06-01')).toContain('2023-11-17')
    expect(await values('2019-06-01')).toContain('2019-11-17')
  })

  it.each(['json', 'text'] as const)('fails an empty input in the %s format', async (format) => {
    const outcome = await renderInput(new TextEncoder().encode('  \n\n \t\n'), 'empty.txt', {...base, format})
    expect(outcome).toMatchObject({ok: false, error: {code: 'empty-input', message: expect.stringContaining('empty-input')}})
  })

  it.each(['json', 'text'] as const)('fails a binary input in the %s format', async (format) => {
    const bytes = Uint8Array.from({length: 512}, (_, i) => (i * 37) % 256)
    const outcome = await renderInput(bytes, 'image.png', {...base, format})
    expect(outcome).toMatchObject({ok: false, error: {code: 'binary-input', message: expect.stringContaining('binary-input')}})
  })

  it('keeps text with a stray control character that is not binary', async () => {
    const text = 'Highlights\n- One \u0007 bell.\nA paragraph of the article body.\n'
    expect(await rendered(text, {format: 'text'})).toBe(text)
  })

  it('writes a failed input of a batch as an error record with its diagnostics', async () => {
    const outcome = await renderInput(new Uint8Array(), 'empty.txt', {...base, format: 'jsonl', batch: true})
    expect(outcome.ok).toBe(false)
    const record = BatchRecord.parse(JSON.parse(outcome.text))
    expect(record).toMatchObject({input: 'empty.txt', error: {code: 'empty-input'}})
    expect('error' in record && record.error.diagnostics.map((d) => d.ruleId)).toContain('empty-input')
  })

  it('fails an input with an error diagnostic in strict mode, in one line', async () => {
    const outcome = await renderInput(new Uint8Array(), 'empty.txt', {...base, strict: true})
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.error.message).not.toContain('\n')
  })
})
