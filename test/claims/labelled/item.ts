/**
 * The shape of a labelled claim item (README.md beside this file is the label guide), the rules that keep a label
 * consistent with SPEC section 5, and the loader of a set of item files. Shared by `labelled.test.ts` (which checks
 * the data) and `scripts/measure-claims.ts` (which measures the engine on it).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {z} from 'zod'
import {DatePrecision, EntityType, QuantityKind} from '../../../src/schema/mentions.js'

/** The analyst's kinds (SPEC v2 section 5), `fact` included whether or not the engine has it yet. */
export const LabelKind = z.enum(['statement', 'plan', 'event', 'quantitative', 'fact', 'assessment'])
export type LabelKind = z.infer<typeof LabelKind>

const singleDate = String.raw`(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?|--\d{2}(?:-\d{2})?)`
/** An ISO date value as the schema writes it, a year-less `--MM-DD`/`--MM`, or an interval of two (`2025-03/2025-09`). */
const dateValue = new RegExp(`^${singleDate}(?:/${singleDate})?$`, 'u')

/** An entity that must be found with a mention inside the sentence (`name` as the sentence writes it). */
export const ExpectedEntity = z.strictObject({name: z.string().min(1), type: EntityType})
export type ExpectedEntity = z.infer<typeof ExpectedEntity>

/** A figure the sentence holds; `unit` is compared only when given (`null` means "no unit"). */
export const ExpectedQuantity = z.strictObject({
  text: z.string().min(1),
  value: z.number(),
  unit: z.string().nullable().optional(),
  kind: QuantityKind
})
export type ExpectedQuantity = z.infer<typeof ExpectedQuantity>

/** A date the sentence holds: an ISO value, `--MM-DD` with no year known, or an interval `2025-03/2025-09`. */
export const ExpectedDate = z.strictObject({
  text: z.string().min(1),
  value: z.string().regex(dateValue),
  precision: DatePrecision
})
export type ExpectedDate = z.infer<typeof ExpectedDate>

/**
 * One labelled sentence with the paragraphs around it.
 *
 * @example
 * LabelledItem.parse({id: 'attr-past-001', paragraphs: ['Lynas said it would expand.'], sentence: 'Lynas said it would expand.',
 *   claim: true, question: false, kind: 'statement', source: 'Lynas', cue: 'said', sourceIsEntity: true, notes: '…'})
 */
export const LabelledItem = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*-\d{3}$/u),
  paragraphs: z.array(z.string().min(1)).min(1),
  sentence: z.string().min(1),
  claim: z.boolean(),
  question: z.boolean(),
  kind: LabelKind.nullable(),
  source: z.string().min(1).nullable(),
  cue: z.string().min(1).nullable(),
  sourceIsEntity: z.boolean().nullable(),
  sourceAlternatives: z.array(z.string().min(1)).min(1).optional(),
  entities: z.array(ExpectedEntity).optional(),
  notEntities: z.array(z.string().min(1)).optional(),
  quantities: z.array(ExpectedQuantity).optional(),
  dates: z.array(ExpectedDate).optional(),
  referenceDate: z.iso.date().nullable().optional(),
  in: z.enum(['body', 'highlight']).optional(),
  notes: z.string().min(1)
})
export type LabelledItem = z.infer<typeof LabelledItem>

/** The items of one data file. */
export interface LabelledFile {
  readonly file: string
  readonly items: ReadonlyArray<LabelledItem>
}

/** Names the publisher goes by: when it speaks of itself it is the writer, never a relayed source. */
const publisherNames = ['rare earth exchanges', 'reex']
/** Titles and roles the label leaves out of a source name (`Dana Whitfield`, not `CEO Dana Whitfield`). */
const titleWords =
  /^(?:CEO|Chairman|Chairwoman|Chair|President|Minister|Vice|Deputy|Secretary|Director|Premier|Dr|Mr|Mrs|Ms|Prof|Professor|Senator|Analyst|Editor)\.?\s+\p{Lu}/u

const lower = (text: string): string => text.toLowerCase()

/** Is `name` the publisher (Rare Earth Exchanges) rather than another party? */
export function isPublisher(name: string): boolean {
  return publisherNames.includes(lower(name).trim())
}

/**
 * Where the claim labels of an item break the rules of SPEC section 5, whatever its context: question and claim,
 * kind and source, cue and `sourceIsEntity` agree, and a source is written without a leading article or a title.
 * An empty list when they are consistent.
 *
 * @example
 * labelRuleProblems({...item, claim: false, kind: 'event'}) // → ['a non-claim has no kind, source, cue or sourceIsEntity']
 */
export function labelRuleProblems(item: Pick<LabelledItem, 'sentence' | 'claim' | 'question' | 'kind' | 'source' | 'sourceAlternatives' | 'cue' | 'sourceIsEntity'>): string[] {
  const problems: string[] = []
  if (item.question && item.claim) problems.push('a question is never a claim')
  if (item.question !== /\?[’”'"]?$/u.test(item.sentence)) problems.push('question must be true exactly when the sentence ends in `?`')
  if (!item.claim) {
    if (item.kind !== null || item.source !== null || item.cue !== null || item.sourceIsEntity !== null) {
      problems.push('a non-claim has no kind, source, cue or sourceIsEntity')
    }
    if (item.sourceAlternatives) problems.push('a non-claim has no sourceAlternatives')
  } else if (item.kind === null) problems.push('a claim has a kind')
  if (item.source === null) {
    if (item.cue !== null || item.sourceIsEntity !== null) problems.push('no source: cue and sourceIsEntity are null')
    if (item.sourceAlternatives) problems.push('no source: no sourceAlternatives')
    if (item.kind === 'statement') problems.push('a statement has a source')
  } else {
    if (item.kind !== 'statement' && !isPublisher(item.source)) problems.push('a relayed source makes the claim a statement')
    if (item.cue === null || item.sourceIsEntity === null) problems.push('a source comes with its cue and sourceIsEntity')
    if (/^(?:the|a|an)\s/iu.test(item.source)) problems.push('the source is given without a leading the/a/an')
    if (titleWords.test(item.source)) problems.push('the source is given without a title or role')
  }
  return problems
}

/**
 * Where a label breaks the format or the rules of SPEC section 5; an empty list when it is consistent.
 *
 * @example
 * labelProblems({...item, claim: false, kind: 'event'}) // → ['a non-claim has no kind, source, cue or sourceIsEntity']
 */
export function labelProblems(item: LabelledItem): string[] {
  const last = item.paragraphs.at(-1) ?? ''
  const allText = lower(item.paragraphs.join('\n'))
  const sentence = lower(item.sentence)
  const inSentence = (text: string): boolean => sentence.includes(lower(text))
  const problems: string[] = []
  if (!last.includes(item.sentence)) problems.push('the sentence does not occur verbatim in the last paragraph')
  if (item.paragraphs.some((p) => /[\r\n]/u.test(p))) problems.push('a paragraph holds a line break')
  if (item.in === 'highlight' && item.paragraphs.length !== 1) problems.push('a highlight item has exactly one paragraph')
  problems.push(...labelRuleProblems(item))
  if (item.source !== null) {
    const names = [item.source, ...(item.sourceAlternatives ?? [])]
    if (!names.some((name) => allText.includes(lower(name)))) problems.push('neither the source nor an alternative occurs in the paragraphs')
  }
  if (item.cue !== null && !inSentence(item.cue)) problems.push('the cue does not occur in the sentence')
  for (const entity of item.entities ?? []) {
    // A person may be named by surname alone once the full name was given (`Whitfield said` after `Dana Whitfield`).
    const surname = entity.type === 'person' && inSentence(entity.name.split(' ').at(-1) ?? '') && allText.includes(lower(entity.name))
    if (!inSentence(entity.name) && !surname) problems.push(`expected entity \`${entity.name}\` does not occur in the sentence`)
  }
  for (const name of item.notEntities ?? []) {
    if (!inSentence(name)) problems.push(`notEntities \`${name}\` does not occur in the sentence`)
  }
  for (const mention of [...(item.quantities ?? []), ...(item.dates ?? [])]) {
    if (!item.sentence.includes(mention.text)) problems.push(`\`${mention.text}\` does not occur in the sentence`)
  }
  const yearless = (item.dates ?? []).some((date) => date.value.startsWith('--'))
  if (yearless && item.referenceDate !== null) problems.push('a year-less date value needs "referenceDate": null')
  if (yearless && /\b(?:19|20)\d{2}\b/u.test(allText)) problems.push('a year-less date value needs paragraphs with no year')
  return problems
}

/**
 * Read every `*.json` file of a folder (sorted by name) as an array of labelled items.
 * Throws a `ZodError` (misuse: the data is broken) when a file does not have the item shape.
 *
 * @example
 * loadLabelledSet('test/claims/labelled') // → [{file: 'attribution-past-tense.json', items: [...]}, …]
 */
export function loadLabelledSet(dir: string): LabelledFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({file, items: z.array(LabelledItem).parse(JSON.parse(readFileSync(join(dir, file), 'utf8')))}))
}
