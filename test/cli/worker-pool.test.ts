import {describe, expect, it} from 'vitest'
import type {RenderSettings} from '../../src/cli/render-input.js'
import type {WorkUnit} from '../../src/cli/render-unit.js'
import {createWorkerPool} from '../../src/cli/worker-pool.js'

const settings: RenderSettings = {format: 'jsonl', batch: true, claims: true, mentions: true, referenceDate: undefined, strict: false}
const echo = {url: new URL('fixtures/echo-worker.mjs', import.meta.url)}
const file = (name: string): WorkUnit => ({kind: 'file', path: `/nowhere/${name}`, name})

describe('createWorkerPool', () => {
  it('matches each reply to its task when replies come back out of order', async () => {
    const pool = createWorkerPool(2, echo, settings)
    try {
      const names = Array.from({length: 8}, (_, i) => `file-${i}.txt`)
      const outcomes = await Promise.all(names.map((name) => pool.run(file(name))))
      expect(outcomes).toEqual(names.map((name) => ({ok: true, name, text: name})))
    } finally {
      await pool.close()
    }
  })

  it('moves a line’s bytes to the worker (transferred, not copied) and they arrive whole', async () => {
    const pool = createWorkerPool(1, echo, settings)
    try {
      const bytes = new TextEncoder().encode('{"id":"a","text":"x"}')
      const outcome = await pool.run({kind: 'line', bytes, name: 'in.jsonl:1'})
      expect(outcome).toEqual({ok: true, name: 'in.jsonl:1', text: '{"id":"a","text":"x"}'})
      expect(bytes.byteLength).toBe(0)
    } finally {
      await pool.close()
    }
  })

  it('fails the units of a worker that dies as records, without a stack trace, and the pool then refuses work', async () => {
    const pool = createWorkerPool(1, {url: new URL('fixtures/exit-worker.mjs', import.meta.url)}, settings)
    try {
      const outcomes = await Promise.all([pool.run(file('a.txt')), pool.run(file('b.txt'))])
      const error = {code: 'worker-failed', message: 'Worker stopped with exit code 3', diagnostics: []}
      expect(outcomes).toEqual([
        {ok: false, name: 'a.txt', error, text: `${JSON.stringify({input: 'a.txt', error})}\n`},
        {ok: false, name: 'b.txt', error, text: `${JSON.stringify({input: 'b.txt', error})}\n`}
      ])
      expect(await pool.run(file('c.txt'))).toMatchObject({ok: false, error: {message: 'Worker pool is closed'}})
    } finally {
      await pool.close()
    }
  })

  it('cancels pending work on close', async () => {
    const pool = createWorkerPool(1, echo, settings)
    const pending = pool.run(file('a.txt'))
    await pool.close()
    expect(await pending).toMatchObject({ok: false, name: 'a.txt', error: {code: 'cancelled'}})
  })
})
