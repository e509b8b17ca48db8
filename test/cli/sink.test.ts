import {PassThrough, Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {createSink} from '../../src/cli/sink.js'

describe('createSink', () => {
  it('treats EPIPE as a reader that went away, not an error', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
      }
    })
    const sink = createSink(stream)
    await sink.write('first\n')
    await new Promise((resolve) => setImmediate(resolve))
    expect(sink.closed).toBe(true)
    await expect(sink.write('second\n')).resolves.toBeUndefined()
  })

  it('rejects other stream errors', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('disk full'), {code: 'ENOSPC'}))
      }
    })
    const sink = createSink(stream)
    await sink.write('first\n').catch(() => {})
    await new Promise((resolve) => setImmediate(resolve))
    await expect(sink.write('second\n')).rejects.toThrow('disk full')
  })

  it('waits for drain when the stream is full', async () => {
    const stream = new PassThrough({highWaterMark: 4})
    const sink = createSink(stream)
    let done = false
    const writing = sink.write('0123456789').then(() => {
      done = true
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(done).toBe(false)
    stream.resume()
    await writing
    expect(done).toBe(true)
  })
})
