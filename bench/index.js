/**
 * `npm run bench`: rex-article's speed and memory as ratios to the work it cannot avoid (SPEC §8), in one process,
 * printed as Markdown tables.
 *
 * 1. Throughput on REEx articles (the seeds and bench/corpus), per article: full `parseArticle`, with claims off,
 *    and with mentions off, against bare `unified().use(remarkParse).parse` of the same text (goals: full ≥ 0.8×,
 *    claims off ≥ 1.2×). Interleaved, warmed up, rotating order; the median ratio of the rounds and its range.
 * 2. The same on one large article (256 KB and 1 MB, blank lines between blocks so remark reads the same blocks).
 * 3. Repair: `fixText(bytes)` against `TextDecoder` + a split on line breaks on the same articles (goal: ≥ 0.3×).
 * 4. Growth: time at 4× the input, for a normal article and adversarial text (goal: ≤ 6×).
 * 5. Hostile inputs: 150,000 Highlights items, figures or link markers on one line, 2,100 nesting levels.
 * 6. Memory: peak RSS of a fresh process parsing one 10 MB article (goal: < 300 MB).
 *
 * `--quick` measures fewer rounds and skips growth at 1 MB and the 10 MB memory case.
 */
import {execFileSync} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import os from 'node:os'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {fixText, parseArticle} from '../dist/index.js'
import {articles} from './articles.js'
import {adversarial, byteSize, hostile, normalArticle} from './inputs.js'
import {formatRatio, interleave, ratio} from './interleave.js'
import {format, onceMs, table} from './measure.js'

const quick = process.argv.includes('--quick')
const remark = unified().use(remarkParse).freeze()
const lineBreak = /\r\n|\r|\n/u
const decoder = new TextDecoder()

const parsers = {
  remark: (text) => remark.parse(text),
  full: (text) => parseArticle(text),
  claimsOff: (text) => parseArticle(text, {claims: false}),
  mentionsOff: (text) => parseArticle(text, {mentions: false})
}

function throughputRows(texts, options) {
  const totals = interleave(parsers, texts, options)
  const bytes = texts.reduce((sum, text) => sum + byteSize(text), 0) * (options.repeat ?? 3)
  const mbs = (name) => {
    const sorted = [...totals[name]].sort((a, b) => a - b)
    return format(bytes / 2 ** 20 / (sorted[sorted.length >> 1] / 1000))
  }
  return {
    mbs,
    full: ratio(totals, 'remark', 'full'),
    claimsOff: ratio(totals, 'remark', 'claimsOff'),
    mentionsOff: ratio(totals, 'remark', 'mentionsOff')
  }
}

function throughput() {
  const texts = articles.map((article) => article.text)
  const rows = []
  const perArticle = throughputRows(texts, {rounds: quick ? 8 : 30, warmup: 5, repeat: 3})
  rows.push([`${texts.length} REEx articles, one by one (${format(texts.reduce((s, t) => s + byteSize(t), 0) / 1024, 0)} KB)`, perArticle])
  for (const scale of quick ? [1] : [1, 4]) {
    const text = normalArticle(scale)
    rows.push([`one article, ${format(byteSize(text) / 1024, 0)} KB`, throughputRows([text], {rounds: quick ? 3 : 7, warmup: 1, repeat: 1})])
    process.stderr.write(`  done: throughput at ${scale}\n`)
  }
  console.log('### Throughput: `parseArticle` vs bare remark-parse on the same text (goals: full ≥ 0.8×, claims off ≥ 1.2×)\n')
  console.log(
    table(
      ['text', 'remark MB/s', 'full MB/s', 'full ratio', 'claims off', 'mentions off'],
      rows.map(([name, r]) => [name, r.mbs('remark'), r.mbs('full'), `**${formatRatio(r.full)}**`, formatRatio(r.claimsOff), formatRatio(r.mentionsOff)])
    )
  )
  console.log('\nRatios are throughput relative to remark-parse (above 1: faster), the median of the rounds and its range.')
  console.log('`claims off` is `{claims: false}` (entities, quantities and dates still found); `mentions off` is')
  console.log('`{mentions: false}` (structure, chrome and repair only).\n')
}

function repair() {
  const damaged = articles.filter((article) => fixText(article.bytes).encoding.changed)
  const sets = [
    ['all articles', articles],
    ['damaged ones', damaged],
    ['clean ones', articles.filter((article) => !damaged.includes(article))]
  ]
  const rows = []
  for (const [name, set] of sets) {
    if (set.length === 0) continue
    const totals = interleave(
      {fix: (article) => fixText(article.bytes), split: (article) => decoder.decode(article.bytes).split(lineBreak)},
      set,
      {rounds: quick ? 8 : 30, warmup: 5, repeat: 3}
    )
    rows.push([`${name} (${set.length})`, `**${formatRatio(ratio(totals, 'split', 'fix'))}**`])
  }
  console.log('### Repair: `fixText(bytes)` vs `TextDecoder` + split on line breaks (goal: ≥ 0.3×)\n')
  console.log(table(['articles', 'ratio'], rows))
  console.log('')
}

/** Median of `runs` calls on one input, in ms. */
function medianOf(fn, text, runs) {
  const times = []
  for (let run = 0; run < runs; run++) times.push(onceMs(() => fn(text)))
  times.sort((a, b) => a - b)
  return times[times.length >> 1]
}

function growth() {
  const cases = [{name: 'normal article', build: normalArticle}, ...adversarial]
  const rows = []
  for (const {name, build} of cases) {
    const small = build(quick ? 0.25 : 1)
    const large = build(quick ? 1 : 4)
    const row = [name, `${format(byteSize(small) / 1024, 0)} KB → ${format(byteSize(large) / 1024, 0)} KB`]
    for (const fn of [parsers.remark, parsers.full]) {
      // remark-parse is super-linear on some of these: one call each when the first is already slow.
      const first = onceMs(() => fn(small))
      const runs = first > 2000 ? 1 : 3
      const smallMs = runs === 1 ? first : medianOf(fn, small, runs)
      const largeMs = first * 4 > 60_000 ? Number.NaN : medianOf(fn, large, runs)
      row.push(`${format(smallMs)} → ${format(largeMs)}`, fn === parsers.full ? `**${format(largeMs / smallMs)}×**` : `${format(largeMs / smallMs)}×`)
    }
    rows.push(row)
    process.stderr.write(`  done: growth of ${name}\n`)
  }
  console.log('### Growth: time for 4× the input (goal: ≤ 6×)\n')
  console.log(table(['case', 'input', 'remark ms', 'growth', 'parseArticle ms', 'growth'], rows))
  console.log('')
}

function hostileInputs() {
  const rows = []
  for (const {name, build} of hostile) {
    const text = build()
    let outcome = 'ok'
    const ms = onceMs(() => {
      try {
        parseArticle(text)
      } catch (error) {
        outcome = `**${error.name}: ${error.message.slice(0, 60)}**`
      }
    })
    rows.push([name, `${format(byteSize(text) / 1024, 0)} KB`, format(ms / 1000), outcome])
    process.stderr.write(`  done: ${name}\n`)
  }
  console.log('### Hostile inputs (goal: no crash, seconds)\n')
  console.log(table(['input', 'size', 's', 'result'], rows))
  console.log('')
}

function memory() {
  // The article is written to a file and parsed from its bytes in a fresh process, as the CLI reads one: the peak
  // is that parse's alone, not the building of the test text.
  const file = join(tmpdir(), `rex-article-bench-${process.pid}.txt`)
  writeFileSync(file, normalArticle(40))
  const script = `
    import {readFileSync} from 'node:fs'
    import {parseArticle} from './dist/index.js'
    const bytes = readFileSync(process.argv[1])
    const loaded = process.resourceUsage().maxRSS / 1024
    const article = parseArticle(bytes)
    console.log(JSON.stringify({bytes: bytes.length, loaded, peak: process.resourceUsage().maxRSS / 1024, claims: article.claims.length}))
  `
  let result
  try {
    result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, file], {cwd: new URL('..', import.meta.url), encoding: 'utf8'}))
  } finally {
    rmSync(file, {force: true})
  }
  console.log('### Memory: one 10 MB article, from its bytes (goal: < 300 MB peak RSS)\n')
  console.log(
    table(
      ['input', 'peak RSS', 'RSS with the library loaded, before parsing', 'claims'],
      [[`${format(result.bytes / 2 ** 20, 1)} MB`, `**${format(result.peak, 0)} MB**`, `${format(result.loaded, 0)} MB`, result.claims.toLocaleString('en')]]
    )
  )
  console.log('')
}

const started = performance.now()
console.log(`## rex-article benchmark\n`)
console.log(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ` +
    `${format(os.totalmem() / 2 ** 30, 0)} GB RAM, ${os.platform()} ${os.arch()}, Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)}.\n`
)
throughput()
repair()
growth()
hostileInputs()
if (!quick) memory()
console.log(`Total bench time: ${format((performance.now() - started) / 1000, 1)} s.`)
