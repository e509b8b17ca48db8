import {describe, expect, it} from 'vitest'
import type {RenderSettings} from '../../src/cli/render-input.js'
import {createWorkerPool} from '../../src/cli/worker-pool.js'

const settings: RenderSettings = {format: 'jsonl', claims: true, referenceDate: undefined, strict: false}

describe('createWorkerPool', () => {
  it('matches each reply to its task when replies come back out of order', async () => {
    const pool = createWorkerPool(2, {url: new URL('fixtures/echo-worker.mjs', import.meta.url)})
    try {
      const files = Array.from({length: 8}, (_, i) => `file-${i}.txt`)
      const outcomes = await Promise.all(files.map((file) => pool.run(file, file, settings)))
      expect(outcomes).toEqual(files.map((file) => ({ok: true, text: file})))
    } finally {
      await pool.close()
    }
  })

  it('fails the files of a worker that dies, without a stack trace, and the pool then refuses work', async () => {
    const pool = createWorkerPool(1, {url: new URL('fixtures/exit-worker.mjs', import.meta.url)})
    try {
      const outcomes = await Promise.all([pool.run('a.txt', 'a.txt', settings), pool.run('b.txt', 'b.txt', settings)])
      expect(outcomes).toEqual([
        {ok: false, reason: 'Worker stopped with exit code 3'},
        {ok: false, reason: 'Worker stopped with exit code 3'}
      ])
      expect(await pool.run('c.txt', 'c.txt', settings)).toEqual({ok: false, reason: 'Worker pool is closed'})
    } finally {
      await pool.close()
    }
  })

  it('cancels pending work on close', async () => {
    const pool = createWorkerPool(1, {url: new URL('fixtures/echo-worker.mjs', import.meta.url)})
    const pending = pool.run('a.txt', 'a.txt', settings)
    await pool.close()
    expect(await pending).toEqual({ok: false, reason: 'Cancelled'})
  })
})
