/**
 * The mentions and claims stages against a baseline build, per article, in one process (issue 10: "no slower
 * per article"). Run `npm run build` on the baseline commit and copy `dist` aside first:
 *
 *   git stash; npm run build && cp -r dist /tmp/claims-baseline-dist; git stash pop
 *   npm run build && node bench/claims-vs-baseline.js [/tmp/claims-baseline-dist]
 *
 * Inputs: the five seeds and every `test/fixtures/<case>/input.txt`. For each article and build it times
 * `parseArticle` twice — claims on, and with `mentions: false` — so the stages' own cost is the difference.
 * Both builds are warmed up, then measured in rounds whose order rotates (baseline first, then ours first), so
 * neither build always runs on a warmer or a cooler machine; each figure is the median over the rounds.
 * It prints per-article times and, last, the ratio ours / baseline of the summed medians (below 1 is faster), and
 * the same ratio from the fastest round of each (less moved by other processes on a shared machine).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {pathToFileURL} from 'node:url'

const root = new URL('../', import.meta.url)
const baselineDir = process.argv[2] ?? '/tmp/claims-baseline-dist'
const rounds = Number(process.env.ROUNDS ?? 15)
const inner = Number(process.env.INNER ?? 20)

const ours = await import(new URL('dist/index.js', root).href)
const baseline = await import(pathToFileURL(`${baselineDir}/index.js`).href)

/** Seeds, then fixtures: `{name, text}`. */
function inputs() {
  const seeds = readdirSync(new URL('seeds/', root))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name: `seed ${name.slice(0, 3)}`, text: readFileSync(new URL(`seeds/${name}`, root))}))
  const fixtures = readdirSync(new URL('test/fixtures/', root), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({name, text: readFileSync(new URL(`test/fixtures/${name}/input.txt`, root))}))
  return [...seeds, ...fixtures]
}

/** Milliseconds per call of `parse(text, options)`, averaged over `inner` calls. */
function time(parse, text, options) {
  const started = performance.now()
  for (let index = 0; index < inner; index++) parse(text, options)
  return (performance.now() - started) / inner
}

function fastest(values) {
  return values.reduce((best, value) => Math.min(best, value), Number.POSITIVE_INFINITY)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const builds = [
  ['baseline', baseline.parseArticle],
  ['ours', ours.parseArticle]
]
const articles = inputs()
const samples = new Map(articles.map((article) => [article.name, {baseline: {full: [], bare: []}, ours: {full: [], bare: []}}]))

// Warm-up: every article through both builds, both settings, a few times.
for (let index = 0; index < 5; index++) {
  for (const {text} of articles) {
    for (const [, parse] of builds) {
      time(parse, text, {})
      time(parse, text, {mentions: false})
    }
  }
}

for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? builds : [...builds].reverse()
  for (const {name, text} of articles) {
    for (const [build, parse] of order) {
      const sample = samples.get(name)[build]
      sample.full.push(time(parse, text, {}))
      sample.bare.push(time(parse, text, {mentions: false}))
    }
  }
}

const pad = (value, width) => String(value).padStart(width)
const ms = (value) => value.toFixed(3)
let totals = {baseline: 0, ours: 0, baselineFull: 0, oursFull: 0}
let fastestTotals = {baseline: 0, ours: 0}
console.log(`${'article'.padEnd(52)} ${pad('stages base', 11)} ${pad('stages ours', 11)} ${pad('ratio', 6)} ${pad('full base', 9)} ${pad('full ours', 9)}`)
for (const {name} of articles) {
  const sample = samples.get(name)
  const full = {baseline: median(sample.baseline.full), ours: median(sample.ours.full)}
  // The stages' own cost: the parse with them minus the parse without them (never below zero from noise).
  const stage = {
    baseline: Math.max(0, full.baseline - median(sample.baseline.bare)),
    ours: Math.max(0, full.ours - median(sample.ours.bare))
  }
  totals = {
    baseline: totals.baseline + stage.baseline,
    ours: totals.ours + stage.ours,
    baselineFull: totals.baselineFull + full.baseline,
    oursFull: totals.oursFull + full.ours
  }
  fastestTotals = {
    baseline: fastestTotals.baseline + Math.max(0, fastest(sample.baseline.full) - fastest(sample.baseline.bare)),
    ours: fastestTotals.ours + Math.max(0, fastest(sample.ours.full) - fastest(sample.ours.bare))
  }
  const ratio = stage.baseline > 0 ? stage.ours / stage.baseline : Number.NaN
  console.log(`${name.padEnd(52)} ${pad(ms(stage.baseline), 11)} ${pad(ms(stage.ours), 11)} ${pad(ratio.toFixed(2), 6)} ${pad(ms(full.baseline), 9)} ${pad(ms(full.ours), 9)}`)
}
console.log(`\nmentions + claims stages, summed over ${articles.length} articles: baseline ${ms(totals.baseline)} ms, ours ${ms(totals.ours)} ms`)
console.log(`ratio ours / baseline (stages): ${(totals.ours / totals.baseline).toFixed(2)}`)
console.log(`ratio ours / baseline (whole parseArticle): ${(totals.oursFull / totals.baselineFull).toFixed(2)}`)
console.log(`ratio ours / baseline (stages, fastest rounds): ${(fastestTotals.ours / fastestTotals.baseline).toFixed(2)}`)
