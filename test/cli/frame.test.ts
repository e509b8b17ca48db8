import {describe, expect, it} from 'vitest'
import {frameBody, frameFailure, inputHeader, isRecordFraming, recordText} from '../../src/cli/frame.js'

const error = {code: 'not-found', message: 'not found', diagnostics: []}

describe('framing', () => {
  it('writes records for jsonl always, and for json only in a batch', () => {
    expect(isRecordFraming({format: 'jsonl', batch: false})).toBe(true)
    expect(isRecordFraming({format: 'json', batch: true})).toBe(true)
    expect(isRecordFraming({format: 'json', batch: false})).toBe(false)
    expect(isRecordFraming({format: 'markdown', batch: true})).toBe(false)
  })

  it('serializes a record as JSON.stringify does, indented for json', () => {
    const record = {input: 'a.txt', error}
    expect(recordText(record, 'jsonl')).toBe(`${JSON.stringify(record)}\n`)
    expect(recordText(record, 'json')).toBe(`${JSON.stringify(record, null, 2)}\n`)
  })

  it('names each input of a batch in a header line, as head does', () => {
    expect(frameBody('a.txt', 'Text\n', {format: 'text', batch: true})).toBe('==> a.txt <==\nText\n')
    expect(frameBody('a.txt', '# T\n', {format: 'markdown', batch: true})).toBe('==> a.txt <==\n# T\n')
    expect(frameBody('a.txt', 'Text\n', {format: 'text', batch: false})).toBe('Text\n')
  })

  it('keeps the header on one line for a name with a line break', () => {
    expect(inputHeader('a\nb.txt')).toBe('==> "a\\nb.txt" <==\n')
  })

  it('leaves no silent gap for a failed input of a batch', () => {
    expect(frameFailure('m.txt', error, {format: 'jsonl', batch: false})).toBe(`${JSON.stringify({input: 'm.txt', error})}\n`)
    expect(frameFailure('m.txt', error, {format: 'text', batch: true})).toBe('==> m.txt <==\n(failed: not found)\n')
    expect(frameFailure('m.txt', error, {format: 'summary', batch: true})).toBe('== m.txt\nFailed:      not found\n')
    expect(frameFailure('m.txt', error, {format: 'json', batch: false})).toBe('')
  })
})
