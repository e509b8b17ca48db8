import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {escapeMarkdown} from '../../src/structure/escape-markdown.js'

const roundTrip = (text: string): string => {
  const tree = unified().use(remarkParse).parse(escapeMarkdown(text))
  const paragraph = tree.children[0] as {type: string; children: Array<{value?: string}>}
  return `${paragraph.type}:${paragraph.children.map((child) => child.value ?? '?').join('')}`
}

describe('escapeMarkdown', () => {
  it('makes remark-parse read markdown-looking text back verbatim as one paragraph', () => {
    for (const text of [
      '# hash',
      '> quote',
      '1. one',
      '2) two',
      '- dash',
      '+ plus',
      '* star',
      '---',
      '===',
      '~~~ fence',
      '```js',
      '*em* _em_ **strong** `code` [link](x) ![img](y) <https://x.y> <b>html</b>',
      'back\\slash at end \\',
      '&amp; &copy; &#35;',
      '[ref]: https://example.com'
    ]) {
      expect(roundTrip(text)).toBe(`paragraph:${text}`)
    }
  })
})
