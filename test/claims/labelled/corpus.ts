/**
 * The corpus set: every sentence of whole REEx-style pages of `bench/corpus/`, labelled in
 * `test/claims/corpus/<page>.json` (see the README there). Unlike a dev item, a corpus item carries no paragraphs
 * of its own: its context is the page, which is parsed whole — the damaged file itself, not its clean copy, with
 * no reference date — and the sentence is looked up in the Article's text units. The comparison of a found claim
 * with its labels is `judge.ts`'s; the totals are `summary.ts`'s.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {z} from 'zod'
import {parseArticle, type Article, type Claim, type ListItem} from '../../../src/index.js'
import {splitSentences} from '../../../src/mentions/split-sentences.js'
import {LabelKind} from './item.js'
import {labelChecks, type Check, type Verdict} from './judge.js'

/**
 * One labelled sentence of a corpus page.
 *
 * @example
 * CorpusItem.parse({id: 'corpus-a02-001', file: 'a02-mofcom-licence-backlog.txt', sentence: 'Exporters say …', claim: true,
 *   question: false, kind: 'statement', source: 'Exporters', cue: 'say', sourceIsEntity: false, notes: '…'})
 */
export const CorpusItem = z.strictObject({
  id: z.string().regex(/^corpus-[a-z]\d{2}-\d{3}$/u),
  file: z.string().regex(/^[a-z]\d{2}-[a-z0-9-]+\.txt$/u),
  sentence: z.string().min(1),
  claim: z.boolean(),
  question: z.boolean(),
  kind: LabelKind.nullable(),
  source: z.string().min(1).nullable(),
  sourceAlternatives: z.array(z.string().min(1)).min(1).optional(),
  cue: z.string().min(1).nullable(),
  sourceIsEntity: z.boolean().nullable(),
  notes: z.string().min(1)
})
export type CorpusItem = z.infer<typeof CorpusItem>

/** The items of one page's label file. */
export interface CorpusFile {
  readonly file: string
  readonly items: ReadonlyArray<CorpusItem>
}

/**
 * Read every `*.json` file of a folder (sorted by name) as an array of corpus items; throws a `ZodError` when the
 * data is broken.
 *
 * @example
 * loadCorpusSet('test/claims/corpus') // → [{file: 'a02-mofcom-licence-backlog.json', items: [...]}, …]
 */
export function loadCorpusSet(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({file, items: z.array(CorpusItem).parse(JSON.parse(readFileSync(join(dir, file), 'utf8')))}))
}

/** A text unit the claims stage reads, with the locator its claims and questions carry. */
export interface CorpusUnit {
  readonly from: 'title' | 'highlight' | 'body'
  readonly section: number | null
  readonly block: number | null
  readonly item: number | null
  readonly text: string
}

/**
 * The units of an Article in reading order: the title, the highlights, then each paragraph and list item (list
 * items numbered in pre-order over the list, as the claims stage numbers them).
 *
 * @example
 * textUnits(parseArticle('Highlights\n- Lynas said so.')) // → [{from: 'highlight', section: null, block: 0, item: null, text: 'Lynas said so.'}]
 */
export function textUnits(article: Article): CorpusUnit[] {
  const units: CorpusUnit[] = []
  if (article.title !== null) units.push({from: 'title', section: null, block: null, item: null, text: article.title})
  article.highlights.forEach((text, block) => units.push({from: 'highlight', section: null, block, item: null, text}))
  article.sections.forEach(({blocks}, section) => {
    blocks.forEach((b, block) => {
      if (b.type === 'paragraph') {
        units.push({from: 'body', section, block, item: null, text: b.text})
        return
      }
      // Pre-order with an explicit stack (no recursion on input depth), as the claims stage walks a list.
      const stack: ListItem[] = [...b.items].reverse()
      let item = 0
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        units.push({from: 'body', section, block, item: item++, text: next.text})
        for (let index = next.children.length - 1; index >= 0; index--) stack.push(next.children[index] as ListItem)
      }
    })
  })
  return units
}

/** A verdict on a corpus item: did the engine cut the sentence out as the label did? */
export interface CorpusVerdict extends Verdict {
  /** The sentence is one of the engine's sentences of the unit that holds it (false: split otherwise, or not in the text). */
  readonly sentenceFound: boolean
}

interface Located {
  readonly from: string
  readonly section: number | null
  readonly block: number | null
  readonly item: number | null
  readonly start: number
  readonly end: number
}

const inUnit = (x: Located, unit: CorpusUnit): boolean =>
  x.from === unit.from && x.section === unit.section && x.block === unit.block && x.item === unit.item

/**
 * Compare one corpus item with its page's Article: the claim (or question) with the sentence's exact text in the
 * unit holding it, then `judge.ts`'s checks. A labelled claim the engine split otherwise is a claims miss whose
 * `sentenceFound` is false.
 *
 * @example
 * judgeCorpusItem(item, article, textUnits(article)).sentenceFound // → true
 */
export function judgeCorpusItem(item: CorpusItem, article: Article, units: ReadonlyArray<CorpusUnit>): CorpusVerdict {
  const sentence = item.sentence.normalize('NFC')
  const unit = units.find((u) => u.text.normalize('NFC').includes(sentence))
  const start = unit ? unit.text.normalize('NFC').indexOf(sentence) : -1
  const span = {start, end: start + sentence.length}
  const engineSpans = unit ? splitSentences(unit.text) : []
  const sentenceFound = engineSpans.some((s) => s.start === span.start && s.end === span.end)
  const here = <T extends Located>(list: ReadonlyArray<T>): T[] => (unit ? list.filter((x) => inUnit(x, unit)) : [])
  const overlapping = here(article.claims).filter((c) => c.start < span.end && c.end > span.start)
  const claim: Claim | null = overlapping.find((c) => c.start === span.start && c.end === span.end) ?? null
  const question = here(article.questions).some((q) => q.start === span.start && q.end === span.end)
  let claimCheck: Check
  if (item.claim) {
    const why = unit === undefined
      ? 'sentence not in the parsed text'
      : sentenceFound
        ? 'no claim'
        : `sentence not found: split as ${engineSpans.filter((s) => s.start < span.end && s.end > span.start).map((s) => `«${unit.text.slice(s.start, s.end)}»`).join(' ')}`
    claimCheck = {name: 'claim', pass: claim !== null, expected: 'claim', actual: claim ? 'claim' : why}
  } else {
    const made = overlapping.map((c) => c.text)
    claimCheck = {name: 'claim', pass: made.length === 0, expected: 'no claim', actual: made.length === 0 ? 'no claim' : `claim: ${made.join(' | ')}`}
  }
  const checks: Check[] = [claimCheck, {name: 'question', pass: question === item.question, expected: String(item.question), actual: String(question)}]
  if (item.claim) checks.push(...labelChecks(item, article, claim))
  return {item, file: item.file, checks, pass: checks.every((c) => c.pass || c.name === 'cue'), claim, sentenceFound}
}

/**
 * Parse each page once (the file in `corpusDir` itself, damage and all, with no reference date) and judge its items.
 *
 * @example
 * measureCorpus(loadCorpusSet('test/claims/corpus'), 'bench/corpus').length // → the number of items
 */
export function measureCorpus(files: ReadonlyArray<CorpusFile>, corpusDir: string): CorpusVerdict[] {
  const parsed = new Map<string, {article: Article; units: CorpusUnit[]}>()
  return files.flatMap(({items}) =>
    items.map((item) => {
      let page = parsed.get(item.file)
      if (page === undefined) {
        const article = parseArticle(readFileSync(join(corpusDir, item.file), 'utf8'))
        page = {article, units: textUnits(article)}
        parsed.set(item.file, page)
      }
      return judgeCorpusItem(item, page.article, page.units)
    })
  )
}

/**
 * The failed checks grouped by what went wrong, for a reader looking for patterns: sentences the engine split
 * otherwise, claims missed or made, kinds (`kind statement→event`), sources missed, wrong or invented.
 *
 * @example
 * failureCategories(verdicts).get('source missed') // → ['corpus-a02-004 … | Chinese magnet exporters …']
 */
export function failureCategories(verdicts: ReadonlyArray<CorpusVerdict>): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  const add = (category: string, v: CorpusVerdict, detail: string): void => {
    const list = groups.get(category) ?? []
    list.push(`${v.item.id} ${detail} | ${v.item.sentence.slice(0, 110)}`)
    groups.set(category, list)
  }
  for (const v of verdicts) {
    for (const c of v.checks) {
      if (c.pass || c.name === 'cue') continue
      // A sentence the engine cut otherwise fails for that reason, whatever its label: report it apart.
      if (c.name === 'claim') add(!v.sentenceFound ? 'sentence not found' : v.item.claim ? 'claim missed' : 'claim made on a non-claim', v, c.actual)
      else if (c.name === 'kind') add(`kind ${c.expected}→${c.actual}`, v, '')
      else if (c.name === 'source' && c.actual === 'none') add('source missed', v, `expected ${c.expected}`)
      else if (c.name === 'source' && c.actual !== 'no claim') add('wrong source', v, `expected ${c.expected}, got ${c.actual}`)
      else if (c.name === 'invented-source') add('invented source', v, `got ${c.actual}`)
      else if (c.name === 'source-entity') add('source is/is not an entity', v, `expected ${c.expected}, got ${c.actual}`)
      else if (c.name === 'question') add('question', v, `expected ${c.expected}, got ${c.actual}`)
    }
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * The corpus report's own lines: sentences not found, then the failures by category.
 *
 * @example
 * formatCorpusFailures(verdicts, {failures: false}) // → 'sentences the engine split otherwise: 3/393 (labelled claims 1/296)\n…'
 */
export function formatCorpusFailures(verdicts: ReadonlyArray<CorpusVerdict>, options: {readonly failures: boolean}): string {
  const claims = verdicts.filter((v) => v.item.claim)
  const lost = (list: ReadonlyArray<CorpusVerdict>): number => list.filter((v) => !v.sentenceFound).length
  const lines = [
    `sentences the engine split otherwise: ${lost(verdicts)}/${verdicts.length} (labelled claims ${lost(claims)}/${claims.length})`
  ]
  const groups = failureCategories(verdicts)
  lines.push('', 'failures by category:', ...[...groups.entries()].map(([category, list]) => `  ${category.padEnd(34)} ${list.length}`))
  if (options.failures) for (const [category, list] of groups) lines.push('', `${category} (${list.length}):`, ...list.map((line) => `  ${line}`))
  return `${lines.join('\n')}\n`
}
