/**
 * Totals over the verdicts of a labelled set (claims precision and recall, kind agreement, source accuracy,
 * invented sources, entities, figures, dates, per file) and their text report. `measureItems` is the one call a
 * test needs to assert on the figures.
 */
import {parseArticle} from '../../../src/index.js'
import type {LabelledFile} from './item.js'
import {itemToDump, itemToOptions, judgeItem, type CheckName, type Verdict} from './judge.js'

/** A ratio with its counts (`rate` is `null` when there is nothing to count). */
export interface Ratio {
  readonly right: number
  readonly total: number
  readonly rate: number | null
}

export interface Summary {
  readonly items: Ratio
  readonly claims: {readonly truePositives: number; readonly falsePositives: number; readonly falseNegatives: number; readonly precision: number | null; readonly recall: number | null}
  readonly questions: Ratio
  readonly kind: Ratio
  /** Expected kind → engine kind → count, over the claims the engine found. */
  readonly kindConfusion: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** Right source on items that relay another party (a missed claim counts as a wrong source). */
  readonly source: Ratio
  /** Non-relayed claims the engine attributed to someone anyway (`right` counts them; lower is better). */
  readonly inventedSources: Ratio
  readonly sourceEntity: Ratio
  readonly cue: Ratio
  readonly entities: Ratio
  readonly notEntities: Ratio
  readonly quantities: Ratio
  readonly dates: Ratio
  readonly byFile: ReadonlyArray<{readonly file: string; readonly items: Ratio; readonly kind: Ratio; readonly source: Ratio}>
}

/**
 * Parse every item's dump and judge it.
 *
 * @example
 * measureItems(loadLabelledSet('test/claims/labelled')).length // → the number of items
 */
export function measureItems(files: ReadonlyArray<LabelledFile>): Verdict[] {
  return files.flatMap(({file, items}) =>
    items.map((item) => judgeItem(item, parseArticle(itemToDump(item), itemToOptions(item)), file))
  )
}

function ratio(right: number, total: number): Ratio {
  return {right, total, rate: total === 0 ? null : right / total}
}

function checkRatio(verdicts: ReadonlyArray<Verdict>, name: CheckName): Ratio {
  const checks = verdicts.flatMap((v) => v.checks.filter((c) => c.name === name))
  return ratio(checks.filter((c) => c.pass).length, checks.length)
}

/**
 * The totals of a set of verdicts.
 *
 * @example
 * summarize(measureItems(files)).claims.recall // → 0.97
 */
export function summarize(verdicts: ReadonlyArray<Verdict>): Summary {
  // The `claim` check passes when the engine did what the label says, so it made a claim exactly when the
  // check's outcome equals the label.
  const madeClaim = (v: Verdict): boolean => v.checks.some((c) => c.name === 'claim' && c.pass === v.item.claim)
  const truePositives = verdicts.filter((v) => v.item.claim && madeClaim(v)).length
  const falseNegatives = verdicts.filter((v) => v.item.claim && !madeClaim(v)).length
  const falsePositives = verdicts.filter((v) => !v.item.claim && madeClaim(v)).length
  const confusion: Record<string, Record<string, number>> = {}
  for (const v of verdicts) {
    if (!v.claim || v.item.kind === null) continue
    const row = (confusion[v.item.kind] ??= {})
    row[v.claim.kind] = (row[v.claim.kind] ?? 0) + 1
  }
  const invented = verdicts.flatMap((v) => v.checks.filter((c) => c.name === 'invented-source'))
  const files = [...new Set(verdicts.map((v) => v.file))]
  return {
    items: ratio(verdicts.filter((v) => v.pass).length, verdicts.length),
    claims: {
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives + falsePositives === 0 ? null : truePositives / (truePositives + falsePositives),
      recall: truePositives + falseNegatives === 0 ? null : truePositives / (truePositives + falseNegatives)
    },
    questions: ratio(verdicts.filter((v) => v.item.question && v.checks.some((c) => c.name === 'question' && c.pass)).length, verdicts.filter((v) => v.item.question).length),
    kind: checkRatio(verdicts, 'kind'),
    kindConfusion: confusion,
    source: checkRatio(verdicts, 'source'),
    inventedSources: ratio(invented.filter((c) => !c.pass).length, invented.length),
    sourceEntity: checkRatio(verdicts, 'source-entity'),
    cue: checkRatio(verdicts, 'cue'),
    entities: checkRatio(verdicts, 'entity'),
    notEntities: checkRatio(verdicts, 'not-entity'),
    quantities: checkRatio(verdicts, 'quantity'),
    dates: checkRatio(verdicts, 'date'),
    byFile: files.map((file) => {
      const mine = verdicts.filter((v) => v.file === file)
      return {file, items: ratio(mine.filter((v) => v.pass).length, mine.length), kind: checkRatio(mine, 'kind'), source: checkRatio(mine, 'source')}
    })
  }
}

const percent = (r: Ratio): string => (r.rate === null ? '   n/a' : `${(r.rate * 100).toFixed(1).padStart(5)}%`)
const line = (label: string, r: Ratio, note = ''): string => `${label.padEnd(34)} ${percent(r)}  ${String(r.right).padStart(4)}/${String(r.total).padEnd(4)} ${note}`.trimEnd()
const fixed = (n: number | null): string => (n === null ? 'n/a' : n.toFixed(3))

/**
 * The report as text: overall figures, the kind confusion, per file, then (unless `failures` is false) one line
 * per failed check.
 *
 * @example
 * formatReport(summarize(verdicts), verdicts, {failures: false}) // → 'items passing …'
 */
export function formatReport(summary: Summary, verdicts: ReadonlyArray<Verdict>, options: {readonly failures: boolean}): string {
  const {claims} = summary
  const out = [
    line('items passing every check', summary.items),
    `${'claims precision / recall'.padEnd(34)} ${fixed(claims.precision)} / ${fixed(claims.recall)}  (tp ${claims.truePositives}, fp ${claims.falsePositives}, fn ${claims.falseNegatives})`,
    line('questions found', summary.questions),
    line('kind agrees (claims found)', summary.kind),
    line('source right (relayed items)', summary.source),
    line('invented sources (non-relayed)', summary.inventedSources, 'lower is better'),
    line('source is/is not an entity', summary.sourceEntity, summary.sourceEntity.total === 0 ? '(attribution has no `entity` yet)' : ''),
    line('cue agrees (informational)', summary.cue),
    line('expected entities found', summary.entities),
    line('non-entities left alone', summary.notEntities),
    line('figures', summary.quantities),
    line('dates', summary.dates),
    '',
    'kind confusion (label → engine):',
    ...Object.entries(summary.kindConfusion).map(([label, row]) => `  ${label.padEnd(13)} ${Object.entries(row).map(([k, n]) => `${k} ${n}`).join(', ')}`),
    '',
    'per file (items passing, kind, source):',
    ...summary.byFile.map((f) => `  ${f.file.padEnd(36)} ${percent(f.items)} ${String(f.items.right).padStart(3)}/${String(f.items.total).padEnd(3)}  kind ${percent(f.kind)}  source ${percent(f.source)}`)
  ]
  if (options.failures) {
    const failed = verdicts.flatMap((v) => v.checks.filter((c) => !c.pass && c.name !== 'cue').map((c) => `${v.item.id} ${c.name}: expected ${c.expected}, got ${c.actual} | ${v.item.sentence.slice(0, 90)}`))
    out.push('', `failures (${failed.length}):`, ...failed.map((f) => `  ${f}`))
  }
  return `${out.join('\n')}\n`
}
