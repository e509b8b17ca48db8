import type {List, ListItem} from 'mdast'
import {describe, expect, it} from 'vitest'
import {createDocument} from '../../src/document/document.js'
import {repairInput} from '../../src/encoding/fix-text.js'
import {documentToMdast} from '../../src/structure/document-to-mdast.js'

const structure = (text: string) => documentToMdast(createDocument(repairInput(text, {maxInputBytes: 1e8})))

/** The texts of a list's items in pre-order, each with its depth. */
function items(list: List): Array<[number, string]> {
  const out: Array<[number, string]> = []
  const stack: Array<[ListItem, number]> = list.children.map((item): [ListItem, number] => [item, 0]).reverse()
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [ListItem, number]
    const paragraph = item.children[0]
    out.push([depth, paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'text' ? paragraph.children[0].value : ''])
    for (const child of [...item.children].reverse()) if (child.type === 'list') for (const nested of [...child.children].reverse()) stack.push([nested, depth + 1])
  }
  return out
}

describe('documentToMdast', () => {
  it('builds paragraphs and headings directly, and lists from remark-parse, in order', () => {
    const {tree} = structure('Highlights\n- One *star*.\n- Two [x].\nA paragraph with `code`.\n1. First\n2. Second\nDone.')
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'list', 'paragraph', 'list', 'paragraph'])
    expect(items(tree.children[1] as List)).toEqual([[0, 'One *star*.'], [0, 'Two [x].']])
    expect(tree.children[3]).toMatchObject({type: 'list', ordered: true, start: 1})
  })

  it('keeps the lists of separate runs apart, and a bullet run apart from a numbered one', () => {
    const {tree} = structure('- a\n- b\nText between.\n- c\n1. d\n2. e')
    const lists = tree.children.filter((node): node is List => node.type === 'list')
    expect(lists.map((list) => [list.ordered, items(list).map(([, text]) => text)])).toEqual([
      [false, ['a', 'b']],
      [false, ['c']],
      [true, ['d', 'e']]
    ])
  })

  it('parses a run longer than one remark call as one list, nested items in place', () => {
    const lines: string[] = []
    const expected: Array<[number, string]> = []
    for (let index = 0; index < 700; index++) {
      const depth = index % 3 === 1 ? 1 : index % 3 === 2 ? 2 : 0
      lines.push(`${'  '.repeat(depth)}- item ${index}`)
      expected.push([depth, `item ${index}`])
    }
    const {tree} = structure(`Intro:\n${lines.join('\n')}\nAfter.`)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph'])
    expect(items(tree.children[1] as List)).toEqual(expected)
    const last = (tree.children[1] as List).position
    expect(last?.start.line).toBe(2)
    expect(last?.end.line).toBe(701)
  })
})
