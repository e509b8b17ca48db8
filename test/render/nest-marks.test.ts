import {describe, expect, it} from 'vitest'
import {nestMarks, type Mark} from '../../src/render/html/nest-marks.js'

const mark = (start: number, end: number, layer: number, name: string, first?: Record<string, string>): Mark => ({
  start,
  end,
  layer,
  attributes: {class: name},
  ...(first ? {first} : {})
})

describe('nestMarks', () => {
  it('writes plain escaped text when there are no marks', () => {
    expect(nestMarks('a < b & "c"', [])).toBe('a &lt; b &amp; &quot;c&quot;')
  })

  it('nests a mention inside the claim that contains it', () => {
    expect(nestMarks('Lynas said so.', [mark(0, 5, 2, 'm'), mark(0, 14, 0, 'c')])).toBe(
      '<span class="c"><span class="m">Lynas</span> said so.</span>'
    )
  })

  it('keeps the outer layer whole and splits the inner span that crosses it', () => {
    // the claim `One two` and a link `two three` that runs past the claim's end
    expect(nestMarks('One two three.', [mark(0, 7, 0, 'c', {id: 'x'}), mark(4, 13, 1, 'l', {id: 'y'})])).toBe(
      '<span class="c" id="x">One <span class="l" id="y">two</span></span><span class="l rx-cont"> three</span>.'
    )
  })

  it('orders two spans of one layer by start, then the longer first', () => {
    expect(nestMarks('abcdef', [mark(2, 4, 2, 'inner'), mark(0, 6, 2, 'outer')])).toBe(
      '<span class="outer">ab<span class="inner">cd</span>ef</span>'
    )
    expect(nestMarks('abcd', [mark(0, 2, 2, 'short'), mark(0, 4, 2, 'long')])).toBe(
      '<span class="long"><span class="short">ab</span>cd</span>'
    )
  })

  it('puts the first-only attributes on the first piece of a split span only', () => {
    const html = nestMarks('abcdef', [mark(0, 3, 0, 'c'), mark(3, 6, 0, 'd'), mark(1, 5, 1, 'l', {id: 'only-once'})])
    expect(html.match(/only-once/g)).toHaveLength(1)
    expect(html).toBe(
      '<span class="c">a<span class="l" id="only-once">bc</span></span><span class="d"><span class="l rx-cont">de</span>f</span>'
    )
  })

  it('marks adjacent spans as siblings and leaves text between them unmarked', () => {
    expect(nestMarks('ab cd', [mark(0, 2, 2, 'x'), mark(3, 5, 2, 'y')])).toBe('<span class="x">ab</span> <span class="y">cd</span>')
  })

  it('escapes text inside marks and attribute values', () => {
    expect(nestMarks('<b>', [{start: 0, end: 3, layer: 0, attributes: {title: '"><script>'}}])).toBe(
      '<span title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</span>'
    )
  })

  it('ignores empty marks, marks past the end of the text and offsets that are not integers', () => {
    expect(nestMarks('abc', [mark(1, 1, 0, 'empty'), mark(2, 9, 0, 'past'), mark(-1, 2, 0, 'negative'), mark(0.5, 2, 0, 'half')])).toBe('abc')
  })

  it('handles a hundred thousand marks on one line without overflowing the stack', () => {
    const text = 'ab '.repeat(100_000)
    const marks = Array.from({length: 100_000}, (_, index) => mark(index * 3, index * 3 + 2, 2, 'm'))
    const html = nestMarks(text, marks)
    expect(html.match(/<span/g)).toHaveLength(100_000)
    expect(html.replace(/<[^<>]*>/g, '')).toBe(text)
  })
})
