import {futureCues, type FutureGroup} from '../lexicon/future.js'
import {habitualCues} from '../lexicon/grammar.js'
import type {Grade} from '../lexicon/graded.js'
import {hedges, type HedgeGroup} from '../lexicon/hedges.js'
import {boosters, evaluativeAdjectives, evaluativePhrases, interpretiveVerbs, normativeCues, publisherNames, selfMentions, stanceAdverbs} from '../lexicon/judgment.js'
import {reportingNouns} from '../lexicon/reporting-nouns.js'
import {sayingHomographs, sayingVerbs, sourceBeforeCues, type SayingSense} from '../lexicon/saying.js'
import {participleOnlyForms} from '../lexicon/tense.js'
import {tokenize, type Token} from '../mentions/tokenize.js'

/**
 * The grammatical form of a verb of saying as written: `base` (`say`), `third` (`says`), `past` (`said`, also a
 * participle), `participle` (`written`, never a past) or `ing` (`saying`).
 *
 * @example
 * const form: VerbForm = 'third'
 */
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing'

/**
 * What a run of tokens is in the lexicon. One run may be several cues (`estimated` is a verb of saying and a
 * hedge); each is a hit of its own.
 *
 * @example
 * const cue: Cue = {type: 'saying', lemma: 'say', sense: 'say', form: 'past', homograph: false}
 */
export type Cue =
  | {readonly type: 'saying'; readonly lemma: string; readonly sense: SayingSense; readonly form: VerbForm; readonly homograph: boolean}
  | {readonly type: 'source-after'}
  | {readonly type: 'judgment'; readonly list: JudgmentList; readonly grade: Grade; readonly group: string}
  | {readonly type: 'hedge'; readonly group: HedgeGroup}
  | {readonly type: 'future'; readonly group: FutureGroup}
  | {readonly type: 'habitual'}
  | {readonly type: 'publisher'}
  | {readonly type: 'reporting-noun'}

/** The judgment list a cue comes from (`lexicon/judgment.ts`). */
export type JudgmentList = 'stance' | 'normative' | 'adjective' | 'phrase' | 'interpretive' | 'booster' | 'self'

/**
 * A cue found in a sentence: tokens `[first, last]` (inclusive, indices into the unit's tokens).
 *
 * @example
 * const hit: CueHit = {cue: {type: 'source-after'}, first: 4, last: 5}
 */
export interface CueHit {
  readonly cue: Cue
  readonly first: number
  readonly last: number
}

interface Node {
  readonly next: Map<string, Node>
  readonly cues: Cue[]
}

const newNode = (): Node => ({next: new Map(), cues: []})

/** Add a phrase, tokenized as the text is (so `band-aid` and `can't` match the way they are written). */
function add(root: Node, phrase: string, cue: Cue): void {
  let node = root
  for (const token of tokenize(phrase)) {
    let child = node.next.get(token.lower)
    if (!child) {
      child = newNode()
      node.next.set(token.lower, child)
    }
    node = child
  }
  if (node !== root) node.cues.push(cue)
}

/**
 * The form of a verb of saying within its row (`lexicon/saying.ts` lists base, -s, past, participle, -ing, and a
 * British spelling beside each): a base form is one whose `-s` form is in the row, a third-person form is a base
 * form's `-s` form.
 */
function verbForm(form: string, row: ReadonlyArray<string>): VerbForm {
  const firstWord = (text: string): string => text.split(' ')[0] ?? text
  const word = firstWord(form)
  const words = new Set(row.map(firstWord))
  const isBase = (candidate: string): boolean => words.has(`${candidate}s`) || words.has(`${candidate}es`) || words.has(`${candidate.slice(0, -1)}ies`)
  if (isBase(word)) return 'base'
  if (word.endsWith('ing')) return 'ing'
  if (participleOnlyForms.has(word)) return 'participle'
  if (word.endsWith('s') && (isBase(word.slice(0, -1)) || isBase(word.slice(0, -2)) || (word.endsWith('ies') && isBase(`${word.slice(0, -3)}y`)))) return 'third'
  return 'past'
}

/** Built once at load from the frozen lexicon, never changed after. */
const root: Node = (() => {
  const node = newNode()
  for (const verb of sayingVerbs) {
    for (const form of verb.forms) {
      add(node, form, Object.freeze({type: 'saying', lemma: verb.lemma, sense: verb.sense, form: verbForm(form, verb.forms), homograph: sayingHomographs.has(form)}))
      // `forecast` is its own past: the base row also reads as a past after a subject (`Iluka last year forecast`).
      if (form === 'forecast') add(node, form, Object.freeze({type: 'saying', lemma: verb.lemma, sense: verb.sense, form: 'past', homograph: true}))
    }
  }
  const sourceAfter: Cue = Object.freeze({type: 'source-after'})
  for (const phrase of sourceBeforeCues) add(node, phrase, sourceAfter)
  const judgmentLists: ReadonlyArray<[JudgmentList, ReadonlyArray<{text: string; grade: Grade; group: string}>]> = [
    ['stance', stanceAdverbs],
    ['normative', normativeCues],
    ['adjective', evaluativeAdjectives],
    ['phrase', evaluativePhrases],
    ['interpretive', interpretiveVerbs],
    ['booster', boosters],
    ['self', selfMentions]
  ]
  for (const [list, cues] of judgmentLists) {
    for (const cue of cues) add(node, cue.text, Object.freeze({type: 'judgment', list, grade: cue.grade, group: cue.group}))
  }
  for (const hedge of hedges) add(node, hedge.text, Object.freeze({type: 'hedge', group: hedge.group}))
  for (const cue of futureCues) add(node, cue.text, Object.freeze({type: 'future', group: cue.group}))
  const habitual: Cue = Object.freeze({type: 'habitual'})
  for (const phrase of habitualCues) add(node, phrase, habitual)
  const publisher: Cue = Object.freeze({type: 'publisher'})
  for (const name of publisherNames) add(node, name, publisher)
  const reporting: Cue = Object.freeze({type: 'reporting-noun'})
  for (const noun of reportingNouns) add(node, noun, reporting)
  return node
})()

/**
 * Every cue of the lexicon in tokens `[first, last)` of a unit: one walk of a phrase trie built once from the
 * lexicon, from each token, so a sentence costs one pass over its words whatever the size of the lexicon.
 * Overlapping cues are all reported (`is expected to` is a schedule; `expected to` is also a hedge).
 *
 * @param tokens the unit's tokens
 * @param first the sentence's first token
 * @param last one past the sentence's last token
 * @returns the hits, ordered by first token, then by length
 * @example
 * const tokens = tokenize('Lynas aims to grow.')
 * scanCues(tokens, 0, tokens.length).map((hit) => hit.cue.type) // → ['future']
 */
export function scanCues(tokens: ReadonlyArray<Token>, first: number, last: number): CueHit[] {
  const hits: CueHit[] = []
  for (let start = first; start < last; start++) {
    let node = root.next.get((tokens[start] as Token).lower)
    let end = start
    while (node) {
      for (const cue of node.cues) hits.push({cue, first: start, last: end})
      end += 1
      if (end >= last || node.next.size === 0) break
      node = node.next.get((tokens[end] as Token).lower)
    }
  }
  return hits
}
