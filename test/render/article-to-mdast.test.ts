import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import type {Nodes, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {articleToMdast, fixText, parseArticle} from '../../src/index.js'

const seeds = join(import.meta.dirname, '..', '..', 'seeds')

/** Every node of a tree, with an explicit stack. */
function nodes(tree: Root): Nodes[] {
  const all: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    all.push(node)
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return all
}

describe('articleToMdast on a parsed article: the kept tree', () => {
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
    it(`${name}: every node has a real position in the input, and text nodes point at their text`, () => {
      const bytes = readFileSync(join(seeds, name))
      const input = new TextDecoder().decode(bytes).replace(/^\uFEFF/u, '')
      const {text: repaired} = fixText(bytes)
      const article = parseArticle(bytes)
      const tree = articleToMdast(article)
      const lines = input.split(/\r\n|\r|\n/u)
      for (const node of nodes(tree)) {
        const position = node.position
        expect(position, node.type).toBeDefined()
        if (!position) continue
        // line/column agree with the offset
        const lineStart = lines.slice(0, position.start.line - 1).reduce((sum, line) => sum + line.length + 1, 0)
        expect(position.start.offset).toBe(lineStart + position.start.column - 1)
        expect((position.end.offset ?? 0) >= (position.start.offset ?? 0)).toBe(true)
        // In an undamaged dump, a text node's span in the input is its text (link markers aside).
        if (node.type === 'text' && repaired === input && !input.slice(position.start.offset, position.end.offset).includes('(opens')) {
          expect(input.slice(position.start.offset, position.end.offset).replace(/\s+/gu, ' ')).toBe(node.value)
        }
      }
    })
  }

  it('names the Article field of every block, and keeps the whole document (chrome included)', () => {
    const article = parseArticle('Title Of The Piece\n\nHighlights\n\n  • One.\n\nBody text here.\n\nLeave a Reply\n\n0 Comments')
    const tree = articleToMdast(article)
    expect(tree.children.map((node) => [node.type, node.data?.articleField])).toEqual([
      ['heading', 'title'],
      ['heading', 'highlights'],
      ['list', 'highlights'],
      ['paragraph', 'sections'],
      ['paragraph', 'boilerplate'],
      ['paragraph', 'commentCount']
    ])
    expect(tree.children[0]).toMatchObject({depth: 1})
  })

  it('is the same object each call, and never serialized with the Article', () => {
    const article = parseArticle('Highlights\n- One.\nBody.')
    expect(articleToMdast(article)).toBe(articleToMdast(article))
    expect(JSON.stringify(article)).not.toContain('articleField')
    expect(Object.keys(article)).not.toContain('tree')
  })

  it('rebuilds a tree without positions for an Article read back from JSON', () => {
    const article = JSON.parse(JSON.stringify(parseArticle('Title Of The Piece\n\nHighlights\n\n  • One.\n\nBody text here.\n\n0 Comments')))
    const tree = articleToMdast(article)
    expect(tree.children.map((node) => [node.type, node.data?.articleField])).toEqual([
      ['heading', 'title'],
      ['heading', 'highlights'],
      ['list', 'highlights'],
      ['paragraph', 'sections']
    ])
    expect(tree.children[0]?.position).toBeUndefined()
  })
})
