import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {jsonlLines, jsonlRecord, type JsonlLine} from '../../src/cli/jsonl-input.js'

async function lines(chunks: Array<string | Uint8Array>, maxBytes = 1000): Promise<Array<{line: number; text?: string; tooLong?: true}>> {
  const found: JsonlLine[] = []
  for await (const line of jsonlLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), maxBytes)) found.push(line)
  return found.map((line) => ('bytes' in line ? {line: line.line, text: Buffer.from(line.bytes).toString('utf8')} : line))
}

describe('jsonlLines', () => {
  it('splits on LF and CRLF across chunk boundaries, numbering lines from 1', async () => {
    expect(await lines(['{"a":1}\r\n{"b"', ':2}\n{"c":3}'])).toEqual([
      {line: 1, text: '{"a":1}'},
      {line: 2, text: '{"b":2}'},
      {line: 3, text: '{"c":3}'}
    ])
  })

  it('skips blank lines but counts them, and drops a UTF-8 byte order mark', async () => {
    expect(await lines(['\ufeff{"a":1}\n\n  \r\n{"b":2}\n'])).toEqual([
      {line: 1, text: '{"a":1}'},
      {line: 4, text: '{"b":2}'}
    ])
  })

  it('reports a line over the limit without holding it, and goes on with the next', async () => {
    expect(await lines([`{"a":"${'x'.repeat(30)}`, `${'y'.repeat(30)}"}\n{"b":2}\n`], 40)).toEqual([
      {line: 1, tooLong: true},
      {line: 2, text: '{"b":2}'}
    ])
  })

  it('gives each line a buffer of its own, so it can be transferred to a worker', async () => {
    for await (const line of jsonlLines(Readable.from([Buffer.from('{"a":1}\n{"b":2}\n')]), 100)) {
      if (!('bytes' in line)) throw new Error('expected bytes')
      expect(line.bytes.byteOffset).toBe(0)
      expect(line.bytes.buffer.byteLength).toBe(line.bytes.byteLength)
    }
  })
})

describe('jsonlRecord', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

  it('reads {id, text} and ignores other keys', () => {
    expect(jsonlRecord(bytes('{"id":"a-1","text":"Highlights\\n- One.","url":"https://x"}'))).toEqual({
      ok: true,
      id: 'a-1',
      text: 'Highlights\n- One.'
    })
  })

  it.each([
    ['{"id":"a",', 'not JSON'],
    ['[1,2]', 'array'],
    ['"text"', 'string'],
    ['null', 'null'],
    ['{"text":"x"}', 'without `id`'],
    ['{"id":7,"text":"x"}', '`id` of type number'],
    ['{"id":"a","text":null}', '`text` of type null'],
    ['{"id":"a"}', 'without `text`']
  ])('fails %s as an invalid record (%s), never throwing', (line, mention) => {
    const record = jsonlRecord(bytes(line))
    expect(record).toMatchObject({ok: false, error: {code: 'invalid-record', diagnostics: []}})
    expect(record.ok ? '' : record.error.message).toContain(mention)
  })

  it('fails a line that is not UTF-8', () => {
    expect(jsonlRecord(Uint8Array.from([0x7b, 0xff, 0x7d]))).toMatchObject({ok: false, error: {message: expect.stringContaining('UTF-8')}})
  })
})
