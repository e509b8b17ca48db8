/**
 * Measure the claim engine on the labelled sentences (`npm run measure:claims [-- --set holdout]`).
 *
 * Each item of `test/claims/labelled/*.json` (or `test/claims/holdout/*.json` with `--set holdout`) becomes a
 * layout-A dump that `parseArticle` parses (reference date 2025-11-20 unless the item says otherwise); the claim
 * or question whose text is the target sentence is compared with the label. Prints claims precision and recall,
 * kind agreement, source accuracy on relayed items, invented sources, entity, figure and date checks, the figures
 * per file, and one line per failed check. It reports; it exits 0 unless the data or the arguments are broken.
 *
 * Options: `--set dev|holdout` (default `dev`), `--only <id prefix>`, `--no-failures`, `--json` (the summary as JSON).
 * The label guide is `test/claims/labelled/README.md`.
 */
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadLabelledSet} from '../test/claims/labelled/item.js'
import {formatReport, measureItems, summarize} from '../test/claims/labelled/summary.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sets: Readonly<Record<string, string>> = {dev: 'test/claims/labelled', holdout: 'test/claims/holdout'}
const usage = 'usage: measure-claims [--set dev|holdout] [--only <id prefix>] [--no-failures] [--json]\n'

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
  const files = loadLabelledSet(resolve(root, dir))
    .map(({file, items}) => ({file, items: items.filter((item) => only === undefined || item.id.startsWith(only))}))
    .filter(({items}) => items.length > 0)
  const verdicts = measureItems(files)
  const summary = summarize(verdicts)
  const report = args.includes('--json')
    ? `${JSON.stringify(summary, null, 2)}\n`
    : `measure:claims — ${set} set (${dir}), ${verdicts.length} items\n\n${formatReport(summary, verdicts, {failures: !args.includes('--no-failures')})}`
  process.stdout.write(report)
  return 0
}

// Piped into `head`, the reader may go away early: that is not an error of the measurement.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
process.exitCode = main(process.argv.slice(2))
