/**
 * Side-by-side timing (SPEC §8): several functions over the same items, in one process, warmed up, in a rotating
 * order. Every round visits the items in a rotated order and, for each item, runs every function (also in a
 * rotated order), so no function always runs first, last, hot or cold; each round gives one ratio per function,
 * and the figures are the median of the rounds with their spread.
 */

/**
 * Time each of `fns` on each item, interleaved.
 *
 * @param {Record<string, (item: unknown) => unknown>} fns the functions, by name
 * @param {ReadonlyArray<unknown>} items what each function runs on
 * @param {{rounds?: number, warmup?: number, repeat?: number}} [options] rounds measured, rounds run first without
 *   measuring, calls per item and function in a round (a call of a few hundred microseconds is timed in batches)
 * @returns {Record<string, number[]>} per function, the total milliseconds of each measured round
 */
export function interleave(fns, items, {rounds = 20, warmup = 5, repeat = 3} = {}) {
  const names = Object.keys(fns)
  const totals = Object.fromEntries(names.map((name) => [name, []]))
  let sink = 0
  for (let round = 0; round < warmup + rounds; round++) {
    const sums = Object.fromEntries(names.map((name) => [name, 0]))
    for (let step = 0; step < items.length; step++) {
      const item = items[(step + round) % items.length]
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(turn + round + step) % names.length]
        const fn = fns[name]
        const start = performance.now()
        for (let call = 0; call < repeat; call++) sink += fn(item) === undefined ? 0 : 1
        sums[name] += performance.now() - start
      }
    }
    if (round >= warmup) for (const name of names) totals[name].push(sums[name])
  }
  if (sink < 0) console.log(sink)
  return totals
}

/**
 * The ratio `base / other` of two functions' round totals (a throughput ratio: above 1 means `other` is faster),
 * per round, summarised as median and range.
 *
 * @returns {{median: number, low: number, high: number}}
 */
export function ratio(totals, base, other) {
  const values = totals[base].map((ms, round) => ms / totals[other][round]).sort((a, b) => a - b)
  return {median: values[values.length >> 1], low: values[0], high: values[values.length - 1]}
}

/** `0.84× (0.79-0.90)`. */
export function formatRatio({median, low, high}) {
  return `${median.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`
}
