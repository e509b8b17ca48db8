/**
 * `fixText` throughput as a ratio to a plain decode-and-split pass (`new TextDecoder().decode(bytes)` then split on
 * line breaks), the goal of SPEC section 8 (≥ 0.3× on a mix of clean and damaged pages). Run with
 * `npm run build && npx tsx scripts/encoding-speed.ts [--rounds N] [--dist DIR]`; it is a measurement, not a test (machines are noisy).
 *
 * The pages: the five seeds (two damaged with K1, three clean), the clean seeds damaged with K1, K2 and K3 by the
 * test generator, and every fixture input. Both passes run in one process over the same bytes, warmed up first;
 * each round times every page under both functions, page by page, in an order that rotates from round to round
 * (which function goes first, and which page starts), so neither gains from running second or from a cache
 * warmed by the other. The ratio is total decode-and-split time over total `fixText` time, per round; the median
 * and the spread (lowest and highest quarter) are printed for the mix, the clean pages, the damaged pages, and the
 * dumps as they came (seeds and fixtures without the generated copies, whose share of damage is closer to REEx's).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {damage} from '../test/encoding/damage.js'

// The built library, as users and `npm run bench` run it (tsx would wrap every function of `src/` in a naming
// helper that costs several percent): run `npm run build` first.
// `--dist DIR` measures another build (an older commit's, for a before and after).
const distArgument = process.argv.indexOf('--dist')
const dist = distArgument > 0 ? resolve(process.argv[distArgument + 1] ?? 'dist') : resolve(import.meta.dirname, '..', 'dist')
const {fixText} = (await import(pathToFileURL(resolve(dist, 'index.js')).href)) as typeof import('../src/index.js')

interface Page {
  readonly name: string
  readonly bytes: Uint8Array
  readonly damaged: boolean
  /** Made by the test generator (a clean seed damaged with K1, K2 or K3), not a dump as it came. */
  readonly generated: boolean
}

const root = resolve(import.meta.dirname, '..')
const encoder = new TextEncoder()
const seedsDir = join(root, 'seeds')
const fixturesDir = join(root, 'test', 'fixtures')

function pages(): Page[] {
  const list: Page[] = []
  for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, name), 'utf8')
    const damaged = fixText(text).encoding.repairs.length > 0
    list.push({name, bytes: encoder.encode(text), damaged, generated: false})
    if (damaged) continue
    for (const kind of ['k1', 'k2', 'k3'] as const) {
      list.push({name: `${name} ${kind}`, bytes: encoder.encode(damage[kind](text)), damaged: true, generated: true})
    }
  }
  for (const name of readdirSync(fixturesDir).sort()) {
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(readFileSync(join(fixturesDir, name, 'input.txt')))
    } catch {
      continue
    }
    if (bytes.length === 0) continue
    list.push({name, bytes, damaged: fixText(bytes).encoding.repairs.length > 0, generated: false})
  }
  return list
}

const lineBreak = /\r\n|\r|\n/u
const decoder = new TextDecoder()
let sink = 0
const split = (bytes: Uint8Array): void => {
  sink += decoder.decode(bytes).split(lineBreak).length
}
const fix = (bytes: Uint8Array): void => {
  sink += fixText(bytes).text.length
}

/** Milliseconds for `repeat` calls of `fn` on one page. */
function time(fn: (bytes: Uint8Array) => void, bytes: Uint8Array, repeat: number): number {
  const start = performance.now()
  for (let index = 0; index < repeat; index++) fn(bytes)
  return performance.now() - start
}

function quantile(sorted: ReadonlyArray<number>, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? Number.NaN
}

function main(): void {
  const argRounds = process.argv.indexOf('--rounds')
  const rounds = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 40
  const all = pages()
  // Enough calls per page that one timing is well above the timer's resolution (about 2 ms per page and pass).
  const repeats = all.map((page) => Math.max(1, Math.round(200_000 / Math.max(1, page.bytes.length))))
  // Warm-up: both functions on every page until the JIT has settled.
  for (let round = 0; round < 5; round++) all.forEach((page, index) => (time(fix, page.bytes, repeats[index] ?? 1), time(split, page.bytes, repeats[index] ?? 1)))
  const groups = {
    mix: (_: Page) => true,
    clean: (page: Page) => !page.damaged,
    damaged: (page: Page) => page.damaged,
    dumps: (page: Page) => !page.generated
  }
  const ratios: Record<keyof typeof groups, number[]> = {mix: [], clean: [], damaged: [], dumps: []}
  const mb: Record<'fix' | 'split', number[]> = {fix: [], split: []}
  for (let round = 0; round < rounds; round++) {
    const fixMs = new Array<number>(all.length).fill(0)
    const splitMs = new Array<number>(all.length).fill(0)
    for (let step = 0; step < all.length; step++) {
      const index = (step + round) % all.length
      const page = all[index]
      if (page === undefined) continue
      const repeat = repeats[index] ?? 1
      if ((round + step) % 2 === 0) {
        fixMs[index] = time(fix, page.bytes, repeat) / repeat
        splitMs[index] = time(split, page.bytes, repeat) / repeat
      } else {
        splitMs[index] = time(split, page.bytes, repeat) / repeat
        fixMs[index] = time(fix, page.bytes, repeat) / repeat
      }
    }
    for (const [group, keep] of Object.entries(groups) as Array<[keyof typeof groups, (page: Page) => boolean]>) {
      let fixTotal = 0
      let splitTotal = 0
      all.forEach((page, index) => {
        if (!keep(page)) return
        fixTotal += fixMs[index] ?? 0
        splitTotal += splitMs[index] ?? 0
      })
      ratios[group].push(splitTotal / fixTotal)
    }
    const bytes = all.reduce((sum, page) => sum + page.bytes.length, 0)
    mb.fix.push(bytes / 1e3 / fixMs.reduce((a, b) => a + b, 0))
    mb.split.push(bytes / 1e3 / splitMs.reduce((a, b) => a + b, 0))
  }
  const damagedCount = all.filter((page) => page.damaged).length
  const bytesOf = (keep: (page: Page) => boolean): number => all.filter(keep).reduce((sum, page) => sum + page.bytes.length, 0)
  process.stdout.write(
    `${all.length} pages (${all.length - damagedCount} clean, ${damagedCount} damaged; ${bytesOf(groups.damaged)} of ${bytesOf(groups.mix)} bytes damaged), ${rounds} rounds\n` +
      '(dumps: the seeds and fixtures as they are, without the generated K1-K3 copies of the clean seeds)\n'
  )
  for (const [group, values] of Object.entries(ratios)) {
    const sorted = [...values].sort((a, b) => a - b)
    process.stdout.write(
      `${group.padEnd(8)} fixText / decode-and-split: ${quantile(sorted, 0.5).toFixed(3)}× (quartiles ${quantile(sorted, 0.25).toFixed(3)}-${quantile(sorted, 0.75).toFixed(3)})\n`
    )
  }
  const median = (values: number[]): number => quantile([...values].sort((a, b) => a - b), 0.5)
  process.stdout.write(`throughput on the mix: fixText ${median(mb.fix).toFixed(1)} MB/s, decode-and-split ${median(mb.split).toFixed(1)} MB/s\n`)
  if (sink === 0) process.stdout.write('(nothing ran)\n')
}

main()
