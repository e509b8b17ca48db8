/**
 * Timing helpers for the benchmark, on top of mitata's `measure` (median of the samples, in milliseconds).
 */
import {do_not_optimize, measure} from 'mitata'

/**
 * Median time of `fn` in milliseconds. Small inputs run for at least `minMs` (many samples); big inputs run
 * `samples` times after one warm-up call.
 */
export async function medianMs(fn, {samples = 12, minMs = 300} = {}) {
  const stats = await measure(() => do_not_optimize(fn()), {
    min_samples: samples,
    max_samples: minMs === 0 ? samples : 1e9,
    min_cpu_time: minMs * 1e6
  })
  return stats.p50 / 1e6
}

/** Time one call, in milliseconds (for cases too slow to sample). */
export function onceMs(fn) {
  const start = performance.now()
  do_not_optimize(fn())
  return performance.now() - start
}

/** Megabytes (2^20 bytes) per second. */
export function mbPerSecond(bytes, ms) {
  return bytes / (1024 * 1024) / (ms / 1000)
}

/** Format a number for the tables. */
export function format(value, digits = 2) {
  if (!Number.isFinite(value)) return 'n/a'
  return value >= 100 ? value.toFixed(0) : value.toFixed(digits)
}

/** Print a Markdown table. */
export function table(head, rows) {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n')
}
