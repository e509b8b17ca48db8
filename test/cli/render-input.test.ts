import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Article, articleToMarkdown, fixText, parseArticle} from '../../src/index.js'
import {renderInput, type RenderSettings} from '../../src/cli/render-input.js'
import {root} from './helpers.js'

const seedDir = path.join(root, 'seeds')
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, bytes: readFileSync(path.join(seedDir, name))}))

const base: RenderSettings = {format: 'json', claims: true, referenceDate: undefined, strict: false}

function rendered(bytes: Uint8Array, settings: Partial<RenderSettings>): string {
  const outcome = renderInput(bytes, 'input.txt', {...base, ...settings})
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}`)
  return outcome.text
}

describe('renderInput', () => {
  it.each(seeds)('renders $name as pretty JSON of parseArticle', ({bytes}) => {
    const text = rendered(bytes, {format: 'json'})
    expect(text).toBe(`${JSON.stringify(parseArticle(bytes), null, 2)}\n`)
    expect(Article.safeParse(JSON.parse(text)).success).toBe(true)
  })

  it.each(seeds)('renders $name as one JSON line', ({bytes}) => {
    const text = rendered(bytes, {format: 'jsonl'})
    expect(text.endsWith('\n')).toBe(true)
    expect(text.slice(0, -1)).not.toContain('\n')
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(parseArticle(bytes))))
  })

  it('renders the repaired text for the text format', () => {
    const bytes = seeds[0]?.bytes as Uint8Array
    const {text} = fixText(bytes)
    expect(rendered(bytes, {format: 'text'})).toBe(text.endsWith('\n') ? text : `${text}\n`)
  })

  it('renders Markdown with articleToMarkdown', () => {
    const bytes = seeds[1]?.bytes as Uint8Array
    const markdown = articleToMarkdown(parseArticle(bytes))
    expect(rendered(bytes, {format: 'markdown'})).toBe(markdown === '' || markdown.endsWith('\n') ? markdown : `${markdown}\n`)
  })

  it('names the input in the summary', () => {
    const outcome = renderInput(seeds[2]?.bytes as Uint8Array, 'seeds/x.txt', {...base, format: 'summary'})
    expect(outcome).toMatchObject({ok: true})
    expect(outcome.ok && outcome.text.startsWith('== seeds/x.txt\n')).toBe(true)
  })

  it('passes --no-claims through: no claims or questions, the mentions kept', () => {
    const article = JSON.parse(rendered(seeds[0]?.bytes as Uint8Array, {claims: false})) as Article
    expect([article.claims, article.questions]).toEqual([[], []])
    expect(article.entities.length).toBeGreaterThan(0)
  })

  it('passes --reference-date through to dates without a year', () => {
    const bytes = new TextEncoder().encode('Highlights\n- Lynas expands.\nOn November 17, Lynas said it will expand its plant.\n')
    const values = (date: string): string[] =>
      (JSON.parse(rendered(bytes, {referenceDate: date})) as Article).dates.map((mention) => mention.value)
    expect(values('2023-06-01')).toContain('2023-11-17')
    expect(values('2019-06-01')).toContain('2019-11-17')
  })

  it.each(['json', 'text'] as const)('fails an empty input in the %s format', (format) => {
    const outcome = renderInput(new TextEncoder().encode('  \n\n \t\n'), 'empty.txt', {...base, format})
    expect(outcome).toEqual({ok: false, reason: expect.stringContaining('empty-input')})
  })

  it.each(['json', 'text'] as const)('fails a binary input in the %s format', (format) => {
    const bytes = Uint8Array.from({length: 512}, (_, i) => (i * 37) % 256)
    const outcome = renderInput(bytes, 'image.png', {...base, format})
    expect(outcome).toEqual({ok: false, reason: expect.stringContaining('binary-input')})
  })

  it('fails an input with an error diagnostic in strict mode, in one line', () => {
    const outcome = renderInput(new Uint8Array(), 'empty.txt', {...base, strict: true})
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.reason).not.toContain('\n')
  })
})
