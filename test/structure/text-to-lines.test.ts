import {describe, expect, it} from 'vitest'
import {textToLines} from '../../src/structure/text-to-lines.js'

describe('textToLines', () => {
  it('splits on LF, CRLF and CR alike', () => {
    expect(textToLines('a\nb\r\nc\rd').map((line) => line.text)).toEqual(['a', 'b', 'c', 'd'])
  })
  it('turns NBSP and tabs into spaces, folds runs and trims', () => {
    expect(textToLines('\u00A0 One.\u00A0 Two\t three  ')[0]?.text).toBe('One. Two three')
  })
  it('drops BOMs and zero-width characters', () => {
    expect(textToLines('\uFEFFHigh\u200Blights')[0]?.text).toBe('Highlights')
  })
  it('measures indentation for nesting, a tab counting four', () => {
    expect(textToLines('  • a\n    • b\n\t• c').map((line) => line.indent)).toEqual([2, 4, 4])
  })
  it('records offsets into the text', () => {
    expect(textToLines('ab\r\ncd').map((line) => line.offset)).toEqual([0, 4])
  })
  it('marks blank lines', () => {
    expect(textToLines('a\n \t\nb').map((line) => line.blank)).toEqual([false, true, false])
  })
})
