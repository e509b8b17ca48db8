import {describe, expect, it} from 'vitest'
import {escapeHtml, htmlAttributes} from '../../src/render/html/escape-html.js'

describe('escapeHtml', () => {
  it('turns every character that could open a tag, end an attribute or start a reference into a reference', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;')
  })

  it('escapes an existing reference again, so text shows as written', () => {
    expect(escapeHtml('&amp; &#x3C;')).toBe('&amp;amp; &amp;#x3C;')
  })

  it('leaves other text alone: curly quotes, Thai, CJK, symbols', () => {
    expect(escapeHtml('China’s “rare” ¥1 — โข 稀土 ™')).toBe('China’s “rare” ¥1 — โข 稀土 ™')
  })

  it('shows a NUL as U+FFFD instead of letting the parser drop it', () => {
    expect(escapeHtml('a\0b')).toBe('a\uFFFDb')
  })
})

describe('htmlAttributes', () => {
  it('writes each attribute double-quoted with its value escaped', () => {
    expect(htmlAttributes({class: 'rx-claim', 'data-kind': 'a"b<c>'})).toBe(' class="rx-claim" data-kind="a&quot;b&lt;c&gt;"')
  })

  it('writes nothing for no attributes', () => {
    expect(htmlAttributes({})).toBe('')
  })
})
