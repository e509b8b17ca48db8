/**
 * Map items through an async function with at most `limit` calls in flight, yielding the results in input
 * order. The window is what keeps memory flat on a batch of any size: a slow input holds back at most
 * `limit - 1` finished results, never the whole batch.
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
  items: Iterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>
): AsyncGenerator<R, void, undefined> {
  const iterator = items[Symbol.iterator]()
  const pending: Array<Promise<R>> = []
  let next = iterator.next()
  while (!next.done || pending.length > 0) {
    while (!next.done && pending.length < Math.max(1, limit)) {
      const promise = fn(next.value)
      // Handled when its turn comes; this only stops Node reporting it as unhandled while an earlier one waits.
      promise.catch(() => {})
      pending.push(promise)
      next = iterator.next()
    }
    const head = pending.shift()
    if (head !== undefined) yield await head
  }
}
