import {describe, expect, it} from 'vitest'
import {createDocument} from '../../src/document/document.js'
import {repairInput} from '../../src/encoding/fix-text.js'
import {documentToLines} from '../../src/structure/document-to-lines.js'

const lines = (text: string) => documentToLines(createDocument(repairInput(text, {maxInputBytes: 1e6})))

describe('documentToLines', () => {
  it('splits on LF, CRLF and CR alike', () => {
    expect(lines('a\nb\r\nc\rd').map((line) => line.text)).toEqual(['a', 'b', 'c', 'd'])
  })
  it('turns NBSP and tabs into spaces, folds runs and trims', () => {
    expect(lines('\u00A0 One.\u00A0 Two\t three  ')[0]?.text).toBe('One. Two three')
  })
  it('drops BOMs and zero-width characters', () => {
    expect(lines('\uFEFFHigh\u200Blights')[0]?.text).toBe('Highlights')
  })
  it('measures indentation for nesting, a tab counting four', () => {
    expect(lines('  • a\n    • b\n\t• c').map((line) => line.indent)).toEqual([2, 4, 4])
  })
  it('records where each line, its block and its content start in the text, in characters', () => {
    expect(lines('ab\r\n\t• cd  ').map((line) => [line.start, line.blockStart, line.contentStart, line.end])).toEqual([
      [0, 0, 0, 2],
      [4, 5, 7, 9]
    ])
  })
  it('marks blank lines', () => {
    expect(lines('a\n \t\nb').map((line) => line.blank)).toEqual([false, true, false])
  })
})
