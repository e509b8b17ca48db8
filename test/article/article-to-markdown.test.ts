import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {articleToMarkdown, articleToMdast, parseArticle} from '../../src/index.js'

const input = [
  'Lynas and *Stars*: 1. A Title',
  '',
  'Mar 3, 2025',
  '',
  'Highlights',
  '',
  '  • One [bracket] point.',
  '  • Two # points.',
  '',
  'A paragraph with `code`, <angle> and back\\slash.',
  '',
  'The list:',
  '',
  '  • Item',
  '    • Nested item',
  '',
  'What next?',
  '',
  '> Not a quote, but text.',
  '',
  'Source: Somebody'
].join('\n')

describe('articleToMdast', () => {
  it('builds title, date, highlights, sections, lists and credits', () => {
    const tree = articleToMdast(parseArticle(input, {claims: false}))
    expect(tree.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'paragraph',
      'paragraph',
      'list',
      'heading',
      'paragraph',
      'paragraph'
    ])
    expect(tree.children[0]).toMatchObject({type: 'heading', depth: 1})
  })
})

describe('articleToMarkdown', () => {
  it('writes markdown that parses back to the same texts, markdown-looking characters included', () => {
    const article = parseArticle(input, {claims: false})
    const markdown = articleToMarkdown(article)
    const back = unified().use(remarkParse).parse(markdown)
    const texts = (node: unknown): string[] => {
      const value = node as {type: string; value?: string; children?: unknown[]}
      if (value.type === 'paragraph' || value.type === 'heading') {
        return [(value.children ?? []).map((child) => (child as {value?: string}).value ?? '').join('')]
      }
      return (value.children ?? []).flatMap(texts)
    }
    expect(texts(back)).toEqual(texts(articleToMdast(article)))
    expect(markdown).toContain('# Lynas and \\*Stars\\*: 1. A Title')
    expect(markdown).toContain('  - Nested item')
  })

  it('returns an empty string for an empty article', () => {
    expect(articleToMarkdown(parseArticle('', {claims: false}))).toBe('')
  })
})
