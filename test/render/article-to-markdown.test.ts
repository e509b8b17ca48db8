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

  it('escapes `&` only where it could start a character reference', () => {
    const markdown = articleToMarkdown(parseArticle('Highlights\n- AT&T and R&D grew.\nBody & more, &amp; too.'))
    expect(markdown).toContain('Body & more, \\&amp; too.')
    const back = unified().use(remarkParse).parse(markdown)
    expect(JSON.stringify(back)).toContain('Body & more, &amp; too.')
    expect(JSON.stringify(back)).toContain('AT&T and R&D grew.')
  })

  it('leaves out the site chrome unless asked for it', () => {
    const article = parseArticle('Highlights\n- One.\nBody.\nLeave a Reply\n0 Comments')
    expect(articleToMarkdown(article)).toBe('## Highlights\n\n- One.\n\nBody.\n')
    expect(articleToMarkdown(article, {chrome: true})).toBe('## Highlights\n\n- One.\n\nBody.\n\nLeave a Reply\n\n0 Comments\n')
  })

  it('returns an empty string for an empty article', () => {
    expect(articleToMarkdown(parseArticle('', {claims: false}))).toBe('')
  })
})
