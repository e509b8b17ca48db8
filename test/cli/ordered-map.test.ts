import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {mapOrdered} from '../../src/cli/ordered-map.js'

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = []
  for await (const value of iterable) values.push(value)
  return values
}

describe('mapOrdered', () => {
  it('yields results in input order when later items finish first', async () => {
    const delays = [40, 5, 25, 1, 15, 0, 30, 2]
    const results = await collect(
      mapOrdered(delays, 4, async (ms) => {
        await sleep(ms)
        return ms
      })
    )
    expect(results).toEqual(delays)
  })

  it('never has more than `limit` calls in flight', async () => {
    let inFlight = 0
    let peak = 0
    await collect(
      mapOrdered(Array.from({length: 30}, (_, i) => i), 3, async (i) => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await sleep(i % 4)
        inFlight--
        return i
      })
    )
    expect(peak).toBe(3)
  })

  it('consumes the items lazily, so a consumer that stops early stops the work', async () => {
    let started = 0
    for await (const value of mapOrdered([1, 2, 3, 4, 5, 6, 7, 8], 2, async (n) => {
      started++
      return n
    })) {
      if (value === 2) break
    }
    expect(started).toBeLessThanOrEqual(4)
  })

  it('throws a rejection when its turn comes', async () => {
    const run = collect(mapOrdered([1, 2, 3], 3, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n)))
    await expect(run).rejects.toThrow('two')
  })
})

describe('mapOrdered over an async source', () => {
  it('yields a finished result without waiting for the next item of a slow source', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    async function* source(): AsyncGenerator<number> {
      yield 1
      await gate
      yield 2
    }
    const results = mapOrdered(source(), 4, async (n) => n * 10)
    expect((await results.next()).value).toBe(10)
    release()
    expect((await results.next()).value).toBe(20)
    expect((await results.next()).done).toBe(true)
  })

  it('closes the source when the consumer stops early', async () => {
    let closed = false
    async function* source(): AsyncGenerator<number> {
      try {
        for (let n = 0; ; n++) yield n
      } finally {
        closed = true
      }
    }
    for await (const value of mapOrdered(source(), 2, async (n) => n)) if (value === 3) break
    expect(closed).toBe(true)
  })
})
