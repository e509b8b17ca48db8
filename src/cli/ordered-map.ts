/**
 * Map items through an async function with at most `limit` calls in flight, yielding the results in input
 * order. The window is what keeps memory flat on a batch of any size: a slow input holds back at most
 * `limit - 1` finished results, never the whole batch.
 *
 * Items may come from an async source (the lines of a JSONL stream): the next item is pulled while earlier
 * calls run, and a finished head result is yielded without waiting for the source, so a slow producer upstream
 * (a pipe) does not hold back output that is ready. Leaving the loop early (`break`) closes the source.
 *
 * `fn` should not reject (the CLI turns every failure into an outcome); if it does, the rejection is thrown
 * when that item's turn comes.
 *
 * @param items the inputs, consumed lazily
 * @param limit how many calls may run at once (at least 1)
 * @param fn the async work for one item
 * @returns an async generator of the results, in the order of `items`
 * @example
 * for await (const n of mapOrdered([30, 10, 20], 3, async (ms) => { await sleep(ms); return ms })) console.log(n)
 * // 30, 10, 20
 */
export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>
): AsyncGenerator<R, void, undefined> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]())
  const pending: Array<Promise<R>> = []
  const start = (item: T): void => {
    const promise = fn(item)
    // Handled when its turn comes; this only stops Node reporting it as unhandled while an earlier one waits.
    promise.catch(() => {})
    pending.push(promise)
  }
  let pull: Promise<IteratorResult<T>> | undefined
  let done = false
  try {
    while (!done || pending.length > 0) {
      if (!done && pending.length < Math.max(1, limit)) {
        pull ??= iterator.next()
        const head = pending[0]
        // Whichever comes first: the next item (start it) or the oldest result (yield it).
        const next = head === undefined ? await pull : await Promise.race([pull, head.then(() => undefined, () => undefined)])
        if (next !== undefined) {
          pull = undefined
          if (next.done) done = true
          else start(next.value)
          continue
        }
      }
      yield await (pending.shift() as Promise<R>)
    }
  } finally {
    if (!done) {
      // A source still busy with a pull (waiting on a pipe) closes when that pull settles; do not wait for it.
      const closing = iterator.return?.()
      if (pull === undefined) await closing
    }
  }
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncGenerator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value
}
