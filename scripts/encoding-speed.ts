/**
 * `fixText` throughput as a ratio to a plain decode-and-split pass (`new TextDecoder().decode(bytes)` then split on
 * line breaks), the goal of SPEC section 8 (≥ 0.3× on a mix of clean and damaged pages). Run with
 * `npm run build && npx tsx scripts/encoding-speed.ts [--rounds N] [--compare DIR]`; it is a measurement, not a test (machines are noisy).
 *
 * The pages: the five seeds (two damaged with K1, three clean), the clean seeds damaged with K1, K2 and K3 by the
 * test generator, and every fixture input. Both passes run in one process over the same bytes, warmed up first;
 * each round times every page under both functions, page by page, in an order that rotates from round to round
 * (which function goes first, and which page starts), so neither gains from running second or from a cache
 * warmed by the other. The ratio is total decode-and-split time over total `fixText` time, per round; the median
 * and the spread (lowest and highest quarter) are printed for the mix, the clean pages, the damaged pages, and the
 * dumps as they came (seeds and fixtures without the generated copies, whose share of damage is closer to REEx's).
 * `--compare DIR` times another build's `fixText` (`DIR/index.js`, an older commit built with tsup) in the same
 * rounds, page by page, for a before and after that the load of a shared machine cannot skew. `--bench` times the
 * pages of `npm run bench` instead (the seeds and bench/corpus, `bench/articles.js`); `--pages` also prints each
 * page's ratio from the best time of each pass over the rounds, which leaves out the pauses of a loaded machine.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {damage} from '../test/encoding/damage.js'

// The built library, as users and `npm run bench` run it (tsx would wrap every function of `src/` in a naming
// helper that costs several percent): run `npm run build` first.
type FixText = (input: string | Uint8Array) => {text: string; encoding: {repairs: ReadonlyArray<unknown>}}

/** The built library, and with `--compare DIR` another build (an older commit's), timed in the same rounds. */
async function load(dir: string): Promise<FixText> {
  const library = (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as {fixText: FixText}
  return library.fixText
}
const compareArgument = process.argv.indexOf('--compare')
const builds: Array<{name: string; fixText: FixText}> = [{name: 'this build', fixText: await load(resolve(import.meta.dirname, '..', 'dist'))}]
if (compareArgument > 0) builds.push({name: process.argv[compareArgument + 1] ?? '', fixText: await load(process.argv[compareArgument + 1] ?? '')})
const fixText = builds[0]?.fixText ?? ((): never => {
  throw new Error('no build')
})

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

/** The pages of `npm run bench`: the seeds and bench/corpus, as they are. */
function benchPages(): Page[] {
  const list: Page[] = []
  for (const dir of [seedsDir, join(root, 'bench', 'corpus')]) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)))
      list.push({name, bytes, damaged: fixText(bytes).encoding.repairs.length > 0, generated: false})
    }
  }
  return list
}

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
  const all = process.argv.includes('--bench') ? benchPages() : pages()
  // Enough calls per page that one timing is well above the timer's resolution (about 2 ms per page and pass).
  const repeats = all.map((page) => Math.max(1, Math.round(200_000 / Math.max(1, page.bytes.length))))
  // The passes timed on each page: decode-and-split, then each build's fixText.
  const passes: Array<(bytes: Uint8Array) => void> = [
    split,
    ...builds.map((build) => (bytes: Uint8Array): void => {
      sink += build.fixText(bytes).text.length
    })
  ]
  // Warm-up: every pass on every page until the JIT has settled.
  for (let round = 0; round < 5; round++) all.forEach((page, index) => passes.forEach((pass) => time(pass, page.bytes, repeats[index] ?? 1)))
  const groups = {
    mix: (_: Page) => true,
    clean: (page: Page) => !page.damaged,
    damaged: (page: Page) => page.damaged,
    dumps: (page: Page) => !page.generated
  }
  type Group = keyof typeof groups
  // ratios[build][group]: one ratio per round.
  const ratios = builds.map(() => ({mix: [], clean: [], damaged: [], dumps: []}) as Record<Group, number[]>)
  // speedups[group]: the other build's time over this build's, per round (above 1: this build is faster).
  const speedups: Record<Group, number[]> = {mix: [], clean: [], damaged: [], dumps: []}
  // best[pass][page]: the best time of each pass on each page over the rounds (for `--pages`).
  const best = passes.map(() => new Array<number>(all.length).fill(Number.POSITIVE_INFINITY))
  for (let round = 0; round < rounds; round++) {
    const ms = passes.map(() => new Array<number>(all.length).fill(0))
    for (let step = 0; step < all.length; step++) {
      const index = (step + round) % all.length
      const page = all[index]
      if (page === undefined) continue
      const repeat = repeats[index] ?? 1
      // The passes take turns at going first, so none gains from a cache warmed by another.
      for (let turn = 0; turn < passes.length; turn++) {
        const which = (turn + round + step) % passes.length
        const times = ms[which]
        const pass = passes[which]
        if (times === undefined || pass === undefined) continue
        times[index] = time(pass, page.bytes, repeat) / repeat
        const bests = best[which]
        if (bests !== undefined) bests[index] = Math.min(bests[index] ?? Number.POSITIVE_INFINITY, times[index] ?? 0)
      }
    }
    const total = (times: ReadonlyArray<number> | undefined, keep: (page: Page) => boolean): number =>
      all.reduce((sum, page, index) => sum + (keep(page) ? (times?.[index] ?? 0) : 0), 0)
    for (const [group, keep] of Object.entries(groups) as Array<[Group, (page: Page) => boolean]>) {
      builds.forEach((_, build) => ratios[build]?.[group].push(total(ms[0], keep) / total(ms[build + 1], keep)))
      if (builds.length > 1) speedups[group].push(total(ms[2], keep) / total(ms[1], keep))
    }
  }
  const damagedCount = all.filter((page) => page.damaged).length
  const bytesOf = (keep: (page: Page) => boolean): number => all.filter(keep).reduce((sum, page) => sum + page.bytes.length, 0)
  process.stdout.write(
    `${all.length} pages (${all.length - damagedCount} clean, ${damagedCount} damaged; ${bytesOf(groups.damaged)} of ${bytesOf(groups.mix)} bytes damaged), ${rounds} rounds\n` +
      '(dumps: the pages as they are, without generated K1-K3 copies of clean seeds)\n'
  )
  builds.forEach((build, index) => {
    process.stdout.write(`${build.name}: fixText / decode-and-split, median (quartiles)\n`)
    for (const [group, values] of Object.entries(ratios[index] ?? {})) {
      const sorted = [...values].sort((a, b) => a - b)
      process.stdout.write(
        `  ${group.padEnd(8)} ${quantile(sorted, 0.5).toFixed(3)}× (${quantile(sorted, 0.25).toFixed(3)}-${quantile(sorted, 0.75).toFixed(3)})\n`
      )
    }
  })
  if (builds.length > 1) {
    process.stdout.write(`this build's speed-up over ${builds[1]?.name ?? ''}, median (quartiles)\n`)
    for (const [group, values] of Object.entries(speedups)) {
      const sorted = [...values].sort((a, b) => a - b)
      process.stdout.write(
        `  ${group.padEnd(8)} ${quantile(sorted, 0.5).toFixed(3)}× (${quantile(sorted, 0.25).toFixed(3)}-${quantile(sorted, 0.75).toFixed(3)})\n`
      )
    }
  }
  if (process.argv.includes('--pages')) printBest(all, best, groups)
  if (sink === 0) process.stdout.write('(nothing ran)\n')
}

/** Each page's ratio, and each group's, from the best time of each pass (decode-and-split first, then each build). */
function printBest(all: ReadonlyArray<Page>, best: ReadonlyArray<ReadonlyArray<number>>, groups: Record<string, (page: Page) => boolean>): void {
  const split = best[0] ?? []
  process.stdout.write('best of the rounds: fixText / decode-and-split, per page (D: damaged) and per group\n')
  all.forEach((page, index) => {
    const ratios = best.slice(1).map((times) => ((split[index] ?? 0) / (times[index] ?? 1)).toFixed(3))
    process.stdout.write(`  ${page.name.slice(0, 44).padEnd(44)} ${page.damaged ? 'D' : ' '} ${ratios.join('  ')}\n`)
  })
  for (const [group, keep] of Object.entries(groups)) {
    const sum = (times: ReadonlyArray<number>): number => all.reduce((total, page, index) => total + (keep(page) ? (times[index] ?? 0) : 0), 0)
    process.stdout.write(`  ${group.padEnd(8)} ${best.slice(1).map((times) => (sum(split) / sum(times)).toFixed(3)).join('  ')}\n`)
  }
}

main()
