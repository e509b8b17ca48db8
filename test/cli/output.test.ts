import {describe, expect, it} from 'vitest'
import {createOutput} from '../../src/cli/output.js'

const articles = [{a: 1, b: ['x', {c: 'line\nbreak'}]}, {}, {d: null}]

function join(format: Parameters<typeof createOutput>[0], several: boolean, texts: string[], failed = 0): string {
  const shape = createOutput(format, several)
  return texts.map((text) => shape.item(text)).join('') + shape.end(texts.length, failed)
}

describe('createOutput', () => {
  it('writes several json items exactly as JSON.stringify of the array would', () => {
    const texts = articles.map((article) => `${JSON.stringify(article, null, 2)}\n`)
    const joined = join('json', true, texts)
    expect(joined).toBe(`${JSON.stringify(articles, null, 2)}\n`)
    expect(JSON.parse(joined)).toEqual(articles)
  })

  it('writes an empty array when no json item was written', () => {
    expect(join('json', true, [], 2)).toBe('[]\n')
  })

  it('writes one json item as the object itself', () => {
    expect(join('json', false, ['{\n  "a": 1\n}\n'])).toBe('{\n  "a": 1\n}\n')
  })

  it('puts a blank line between markdown documents and between texts of a batch, nothing around jsonl lines', () => {
    expect(join('markdown', true, ['# A\n', '# B\n'])).toBe('# A\n\n# B\n')
    expect(join('text', true, ['==> a <==\nA\n', '==> b <==\nB\n'])).toBe('==> a <==\nA\n\n==> b <==\nB\n')
    expect(join('text', false, ['A\n'])).toBe('A\n')
    expect(join('jsonl', true, ['{}\n', '{}\n'])).toBe('{}\n{}\n')
  })

  it('ends a summary of several inputs with the totals', () => {
    expect(join('summary', true, ['== a\n'], 1)).toBe('== a\n\n2 inputs: 1 parsed, 1 failed\n')
    expect(join('summary', false, ['== a\n'])).toBe('== a\n')
  })

  it('names --out files by format', () => {
    expect(createOutput('markdown', true).extension).toBe('.md')
    expect(createOutput('summary', false).extension).toBe('.summary.txt')
    expect(createOutput('html', false).extension).toBe('.html')
  })
})
