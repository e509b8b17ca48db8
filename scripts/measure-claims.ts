/**
 * Measure the claim engine on the labelled sentences (`npm run measure:claims [-- --set holdout|holdout2|corpus]`).
 *
 * Each item of `test/claims/labelled/*.json` (or `test/claims/holdout/*.json` with `--set holdout`, or
 * `test/claims/holdout2/*.json` with `--set holdout2`: a second held-out set in other voices) becomes a layout-A
 * dump that `parseArticle` parses (reference date 2025-11-20 unless the item says otherwise); the claim or
 * question whose text is the target sentence is compared with the label. Prints claims precision and recall,
 * kind agreement, source accuracy on relayed items, invented sources, entity, figure and date checks, the figures
 * per file, and one line per failed check. It reports; it exits 0 unless the data or the arguments are broken.
 *
 * With `--set corpus` the items are every sentence of whole pages of `bench/corpus/` (`test/claims/corpus/*.json`):
 * each page is parsed once as it is stored (damaged pages too, no reference date), each sentence is looked up in
 * the Article's text, and the report adds the sentences the engine split otherwise and the failures by category.
 *
 * Options: `--set dev|holdout|holdout2|corpus` (default `dev`), `--only <id prefix>`, `--no-failures`, `--json` (the
 * summary as JSON). The label guides are `test/claims/labelled/README.md` and `test/claims/corpus/README.md`.
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatCorpusFailures, loadCorpusSet, measureCorpus} from '../test/claims/labelled/corpus.js'
import {loadLabelledSet} from '../test/claims/labelled/item.js'
import type {Verdict} from '../test/claims/labelled/judge.js'
import {formatReport, measureItems, summarize} from '../test/claims/labelled/summary.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sets: Readonly<Record<string, string>> = {
  dev: 'test/claims/labelled',
  holdout: 'test/claims/holdout',
  holdout2: 'test/claims/holdout2',
  corpus: 'test/claims/corpus'
}
const usage = 'usage: measure-claims [--set dev|holdout|holdout2|corpus] [--only <id prefix>] [--no-failures] [--json]\n'

function valueOf(args: ReadonlyArray<string>, flag: string): string | undefined {
  const index = args.indexOf(flag)
  return index < 0 ? undefined : args[index + 1]
}

function main(args: ReadonlyArray<string>): number {
  const set = valueOf(args, '--set') ?? 'dev'
  const dir = sets[set]
  const known = new Set(['--set', '--only', '--no-failures', '--json', set, valueOf(args, '--only')])
  if (dir === undefined || args.some((arg) => !known.has(arg))) {
    process.stderr.write(usage)
    return 2
  }
  const only = valueOf(args, '--only')
  const keep = <T extends {readonly items: ReadonlyArray<{readonly id: string}>}>(files: ReadonlyArray<T>): T[] =>
    files.map((f) => ({...f, items: f.items.filter((item) => only === undefined || item.id.startsWith(only))})).filter(({items}) => items.length > 0)
  const failures = !args.includes('--no-failures')
  let verdicts: Verdict[]
  let extra = ''
  if (set === 'corpus') {
    const corpusVerdicts = measureCorpus(keep(loadCorpusSet(resolve(root, dir))), resolve(root, 'bench/corpus'))
    verdicts = corpusVerdicts
    extra = `\n${formatCorpusFailures(corpusVerdicts, {failures})}`
  } else {
    verdicts = measureItems(keep(loadLabelledSet(resolve(root, dir))))
  }
  const summary = summarize(verdicts)
  // The corpus lists its failures by category, so the per-check list would only repeat them.
  const report = args.includes('--json')
    ? `${JSON.stringify(summary, null, 2)}\n`
    : `measure:claims — ${set} set (${dir}), ${verdicts.length} items\n\n${formatReport(summary, verdicts, {failures: failures && set !== 'corpus'})}${extra}`
  process.stdout.write(report)
  return 0
}

// Piped into `head`, the reader may go away early: that is not an error of the measurement.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
process.exitCode = main(process.argv.slice(2))
