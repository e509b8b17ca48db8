/**
 * Conformance run: ftfy's public test cases through `fixText` (`npm run conformance`).
 *
 * Reads `../shared/conformance/ftfy/*.json` relative to the repository (never copied into it; skipped with a
 * message when absent). Compares as the data's README says: `fixText(original)` against `fixed-encoding` when
 * present, else `fixed`, after folding curly quotes to straight ones on both sides; cases that differ only by
 * ftfy's fixes outside encoding repair (HTML entities, ligatures, full-width characters) are counted apart.
 * Prints the pass rate per file and overall. Exits 0 (it reports), except when a negative case changes: those
 * must all pass.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fixText} from '../src/encoding/fix-text.js'

interface Case {
  readonly label: string
  readonly original: string
  readonly fixed: string
  readonly 'fixed-encoding'?: string
  readonly expect: 'pass' | 'fail'
}

type Outcome = 'pass' | 'other-fix' | 'fail'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = resolve(root, '..', 'shared', 'conformance', 'ftfy')

/** ftfy straightens curly quotes; we keep them (SPEC section 3), so both sides are folded before comparing. */
const foldQuotes = (text: string): string => text.replace(/[\u2018\u2019\u201A\u201B]/gu, "'").replace(/[\u201C\u201D\u201E\u201F]/gu, '"')

const ENTITIES: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'}

/** ftfy's fixes that are not encoding repair: HTML entities, Latin ligatures, full-width characters. */
function otherFixes(text: string): string {
  return text
    .replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/giu, (entity: string, body: string) => {
      if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16))
      if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10))
      return ENTITIES[body.toLowerCase()] ?? entity
    })
    .replace(/[\uFB00-\uFB06\uFF01-\uFF5E]/gu, (c) => c.normalize('NFKC'))
}

function judge(item: Case): {outcome: Outcome; actual: string; expected: string} {
  const expected = (item['fixed-encoding'] ?? item.fixed).normalize('NFC')
  const actual = fixText(item.original).text
  if (foldQuotes(actual) === foldQuotes(expected)) return {outcome: 'pass', actual, expected}
  if (foldQuotes(otherFixes(actual)) === foldQuotes(otherFixes(expected))) return {outcome: 'other-fix', actual, expected}
  return {outcome: 'fail', actual, expected}
}

function main(): number {
  if (!existsSync(dataDir)) {
    process.stdout.write(`conformance: skipped, no ftfy test data at ${dataDir}\n`)
    return 0
  }
  const verbose = process.argv.includes('--verbose')
  const files = readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  let positives = 0
  let positivePasses = 0
  let positiveOther = 0
  let negativeFailures = 0
  for (const file of files) {
    const cases = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Case[]
    const negative = file === 'negative.json'
    const knownFailures = file === 'known-failures.json'
    const counts: Record<Outcome, number> = {pass: 0, 'other-fix': 0, fail: 0}
    for (const item of cases) {
      const {outcome, actual, expected} = judge(item)
      counts[outcome]++
      if (negative && outcome !== 'pass') negativeFailures++
      if (!negative && !knownFailures && item.expect === 'pass') {
        positives++
        if (outcome === 'pass') positivePasses++
        if (outcome === 'other-fix') positiveOther++
      }
      if (verbose && outcome !== 'pass') {
        process.stdout.write(`  ${outcome}: ${item.label}\n    original: ${JSON.stringify(item.original)}\n    expected: ${JSON.stringify(expected)}\n    actual:   ${JSON.stringify(actual)}\n`)
      }
    }
    const rate = ((counts.pass / Math.max(1, cases.length)) * 100).toFixed(1)
    const note = knownFailures ? ' (cases ftfy itself fails; a pass goes beyond ftfy)' : negative ? ' (must all pass)' : ''
    process.stdout.write(
      `${file.padEnd(22)} ${String(counts.pass).padStart(3)}/${String(cases.length).padEnd(3)} pass ${rate.padStart(5)}%` +
        `  other-fix ${counts['other-fix']}  fail ${counts.fail}${note}\n`
    )
  }
  const considered = positives - positiveOther
  const rate = ((positivePasses / Math.max(1, considered)) * 100).toFixed(1)
  process.stdout.write(
    `positive cases (in-the-wild, synthetic, language-names): ${positivePasses}/${considered} encoding fixes pass (${rate}%),` +
      ` ${positiveOther} differ only by ftfy's non-encoding fixes and are not counted\n`
  )
  if (negativeFailures > 0) {
    process.stdout.write(`conformance: ${negativeFailures} negative case(s) changed; they must come through unchanged\n`)
    return 1
  }
  return 0
}

process.exitCode = main()
