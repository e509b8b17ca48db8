/**
 * Apply the encoding damage of bench/corpus/manifest.json to the corpus and rewrite the table in
 * bench/corpus/README.md. Run: `npx tsx scripts/damage-corpus.ts`.
 *
 * The clean text of every damaged page is kept in bench/corpus/clean/<file>; the damaged page is always made from
 * that copy, so running the script again gives the same bytes (it never damages a page twice). The damage comes
 * from the project's own generator (test/encoding/damage.ts), which encodes as UTF-8 and decodes with the wrong
 * code page, independently of the repair code. A `mixed` page lists 1-based inclusive line ranges and the kind
 * each gets; the lines outside every range stay clean, as on real pages that mix damaged and clean spans.
 */
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {damage, type DamageName} from '../test/encoding/damage.js'

interface MixRange {
  readonly from: number
  readonly to: number
  readonly kind: DamageName
}

interface CorpusEntry {
  readonly file: string
  readonly layout: 'A' | 'B'
  readonly kind: string
  readonly damage: DamageName | 'mixed' | null
  readonly mix?: ReadonlyArray<MixRange>
  readonly holds: string
}

const folder = new URL('../bench/corpus/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', folder), 'utf8')) as CorpusEntry[]

/** Damage the given line ranges of `text` (1-based, inclusive), leaving line breaks and the other lines alone. */
function damageLines(text: string, mix: ReadonlyArray<MixRange>): string {
  return text
    .split('\n')
    .map((line, index) => {
      const range = mix.find(({from, to}) => index + 1 >= from && index + 1 <= to)
      return range === undefined ? line : damage[range.kind](line)
    })
    .join('\n')
}

function damaged(entry: CorpusEntry, clean: string): string {
  if (entry.damage === 'mixed') return damageLines(clean, entry.mix ?? [])
  if (entry.damage === null) return clean
  return damage[entry.damage](clean)
}

for (const entry of manifest) {
  if (entry.damage === null) continue
  const page = new URL(entry.file, folder)
  const cleanCopy = new URL(`clean/${entry.file}`, folder)
  // First run: the page itself is the clean text; keep it before damaging it.
  if (!existsSync(cleanCopy)) copyFileSync(page, cleanCopy)
  const clean = readFileSync(cleanCopy, 'utf8')
  const text = damaged(entry, clean)
  if (text === clean) throw new Error(`${entry.file}: the damage changed nothing`)
  writeFileSync(page, text)
}

/** The README table, one row per page, sizes as stored (damaged pages are larger than their clean text). */
function table(): string {
  const rows = manifest.map((entry) => {
    const bytes = readFileSync(new URL(entry.file, folder)).byteLength
    const damageLabel =
      entry.damage === 'mixed'
        ? `mixed: ${(entry.mix ?? []).map(({from, to, kind}) => `${from === to ? from : `${from}-${to}`} ${kind.toUpperCase()}`).join(', ')}`
        : (entry.damage?.toUpperCase() ?? 'clean')
    return `| \`${entry.file}\` | ${entry.layout} | ${entry.kind} | ${damageLabel} | ${(bytes / 1024).toFixed(1)} KB | ${entry.holds} |`
  })
  return ['| file | layout | page kind | damage | size | what it holds |', '|---|---|---|---|---|---|', ...rows].join('\n')
}

const readmeUrl = new URL('README.md', folder)
const readme = readFileSync(readmeUrl, 'utf8')
const start = '<!-- corpus-table:start -->'
const end = '<!-- corpus-table:end -->'
const from = readme.indexOf(start)
const to = readme.indexOf(end)
if (from < 0 || to < from) throw new Error('README.md has no corpus-table markers')
writeFileSync(readmeUrl, `${readme.slice(0, from + start.length)}\n${table()}\n${readme.slice(to)}`)
