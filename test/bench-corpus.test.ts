import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Article, fixText, parseArticle, type EncodingReport} from '../src/index.js'
import {unaccountedLines} from './helpers/account-lines.js'
import {locate} from './helpers/locate.js'

// The benchmark corpus (bench/corpus, 48 made-up REEx-style pages, see its README) parsed as a user would parse
// it: every page must come through schema-valid, in the shape its page kind promises, and every damaged page must
// repair to its clean original (kept in bench/corpus/clean/). The corpus is realistic rather than targeted, so a
// repair may miss a character here and there; those are printed with their line, and only more than a handful
// fails the test.

interface CorpusEntry {
  readonly file: string
  readonly layout: 'A' | 'B'
  readonly kind: 'article' | 'analysis' | 'feed-header' | 'truncated' | 'podcast' | 'listing' | 'no-highlights'
  readonly damage: string | null
}

const root = join(import.meta.dirname, '..', 'bench', 'corpus')
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as CorpusEntry[]
const read = (file: string): Buffer => readFileSync(join(root, file))
const content = ({encoding: _encoding, diagnostics: _diagnostics, ...rest}: Article): Omit<Article, 'encoding' | 'diagnostics'> => rest
const ruleIds = (article: Article): string[] => article.diagnostics.map((diagnostic) => diagnostic.ruleId)

// Pages that are articles (a Highlights list and a body), whatever the chrome around them.
const withHighlights = new Set<CorpusEntry['kind']>(['article', 'analysis', 'feed-header', 'truncated'])
// The most characters a damaged page may get back wrong outside repairs reported as uncertain.
const handful = 5

/**
 * One line where the repair differs from the clean text, trimmed to the differing stretch and some context;
 * `chars` is the length of that stretch (first to last differing character), so one wrong dash counts 1.
 */
interface LineDiff {
  readonly line: number
  readonly clean: string
  readonly repaired: string
  readonly chars: number
  readonly uncertain: boolean
}

/**
 * Compare the repaired text with the clean one line by line (the damage kinds never add or remove a line break).
 * A differing line counts as uncertain when a repair on that line of the damaged input has a confidence under
 * 0.6, the threshold of the `uncertain-repair` warning (docs/encoding.md).
 */
function diffLines(clean: string, repaired: string, damaged: string, encoding: EncodingReport): LineDiff[] {
  const cleanLines = clean.split('\n')
  const repairedLines = repaired.split('\n')
  const lineStarts = [0]
  for (let at = damaged.indexOf('\n'); at >= 0; at = damaged.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  const diffs: LineDiff[] = []
  for (let index = 0; index < Math.max(cleanLines.length, repairedLines.length); index++) {
    const a = cleanLines[index] ?? ''
    const b = repairedLines[index] ?? ''
    if (a === b) continue
    let prefix = 0
    while (prefix < a.length && a[prefix] === b[prefix]) prefix++
    let suffix = 0
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
    const from = lineStarts[index] ?? damaged.length
    const to = lineStarts[index + 1] ?? damaged.length
    diffs.push({
      line: index + 1,
      clean: a.slice(Math.max(0, prefix - 20), a.length - suffix + 20),
      repaired: b.slice(Math.max(0, prefix - 20), b.length - suffix + 20),
      chars: Math.max(a.length - prefix - suffix, b.length - prefix - suffix),
      uncertain: encoding.repairs.some((repair) => repair.start < to && repair.end > from && repair.confidence < 0.6)
    })
  }
  return diffs
}

describe('bench corpus', () => {
  it('lists 48 pages: 24 in layout A, 16 in layout B, 8 of the other page kinds, 14 damaged', () => {
    const articles = manifest.filter((entry) => entry.kind === 'article' || entry.kind === 'analysis')
    expect(manifest).toHaveLength(48)
    expect(articles.filter((entry) => entry.layout === 'A')).toHaveLength(24)
    expect(articles.filter((entry) => entry.layout === 'B')).toHaveLength(16)
    expect(manifest.filter((entry) => entry.damage !== null)).toHaveLength(14)
  })

  for (const entry of manifest) {
    describe(entry.file, () => {
      const input = read(entry.file)
      const article = parseArticle(input)

      it('parses to a schema-valid Article', () => {
        expect(() => Article.parse(article)).not.toThrow()
        expect(article.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
      })

      it('has the size of a REEx page', () => {
        expect(input.byteLength).toBeGreaterThanOrEqual(2.5 * 1024)
        expect(input.byteLength).toBeLessThanOrEqual(16 * 1024)
      })

      if (withHighlights.has(entry.kind)) {
        it('has highlights and a body in sections', () => {
          expect(article.highlights.length).toBeGreaterThan(0)
          expect(article.sections.length).toBeGreaterThan(0)
          expect(article.sections.some((section) => section.blocks.length > 0)).toBe(true)
          expect(ruleIds(article)).not.toContain('missing-highlights')
        })
      } else {
        it('is reported as a page without Highlights', () => {
          expect(article.highlights).toEqual([])
          expect(ruleIds(article)).toContain('missing-highlights')
        })
      }

      if (entry.layout === 'B' || entry.kind === 'feed-header') {
        it('has a title', () => {
          expect(article.title).not.toBeNull()
        })
      }
      if (entry.kind === 'podcast') {
        it('is reported as a transcript page', () => {
          expect(ruleIds(article)).toContain('transcript-page')
        })
      }
      if (entry.kind === 'truncated') {
        it('is reported as cut off', () => {
          expect(ruleIds(article)).toContain('truncated-input')
        })
      }

      it('removes every link marker and locates every link', () => {
        expect(JSON.stringify({...article, diagnostics: []})).not.toMatch(/opens in a new tab/i)
        for (const link of article.links) expect(locate(article, link)).toBe(link.text)
      })

      it('puts every non-blank line in exactly one place', () => {
        expect(unaccountedLines(fixText(input).text, article)).toEqual({missing: [], extra: []})
      })

      if (entry.damage === null) {
        it('is clean text: NFC, and the repair leaves it alone', () => {
          const text = input.toString('utf8')
          expect(text).toBe(text.normalize('NFC'))
          expect(article.encoding.changed).toBe(false)
        })
      } else {
        it(`repairs the ${entry.damage} damage back to the clean original`, () => {
          const damaged = input.toString('utf8')
          const clean = read(join('clean', entry.file)).toString('utf8')
          expect(clean).toBe(clean.normalize('NFC'))
          expect(damaged).not.toBe(clean)
          const {text, encoding} = fixText(damaged)
          expect(encoding.changed).toBe(true)
          const diffs = diffLines(clean, text, damaged, encoding)
          const certain = diffs.filter((diff) => !diff.uncertain).reduce((sum, diff) => sum + diff.chars, 0)
          for (const diff of diffs) {
            console.log(
              `${entry.file}:${diff.line}: ${diff.chars} char(s) differ${diff.uncertain ? ' (uncertain repair)' : ''}: ` +
                `clean \`${diff.clean}\`, repaired \`${diff.repaired}\``
            )
          }
          expect(certain).toBeLessThanOrEqual(handful)
          // Where the repair is exact, the page must parse to the Article of its clean text; only the encoding
          // report and the diagnostics that describe the repair may differ.
          if (diffs.length === 0) expect(content(article)).toEqual(content(parseArticle(clean)))
        })
      }
    })
  }
})
