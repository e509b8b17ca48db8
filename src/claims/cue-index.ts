import {futureCues, type FutureGroup} from '../lexicon/future.js'
import {habitualCues} from '../lexicon/grammar.js'
import type {Grade} from '../lexicon/graded.js'
import {hedges, type HedgeGroup} from '../lexicon/hedges.js'
import {boosters, evaluativeAdjectives, evaluativePhrases, interpretiveVerbs, normativeCues, publisherNames, selfMentions, stanceAdverbs} from '../lexicon/judgment.js'
import {reportingNouns} from '../lexicon/reporting-nouns.js'
import {sayingHomographs, sayingVerbs, sourceBeforeCues, type SayingSense} from '../lexicon/saying.js'
import {participleOnlyForms} from '../lexicon/tense.js'
import {tokenize, type Token} from '../mentions/tokenize.js'
import {anyEd, anyTense, tenseMask, wordClasses} from './word-classes.js'

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

/**
 * The judgment list a cue comes from (`lexicon/judgment.ts`).
 *
 * @example
 * const list: JudgmentList = 'stance'
 */
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
  /** At the root: the word's class bits (`word-classes.ts`), so one lookup serves the cues and the rules. */
  word: number
}

const newNode = (): Node => ({next: new Map(), cues: [], word: 0})

const filterSize = 1 << 15

/** A cheap hash of a word from its length and three of its letters, below `filterSize`. */
function wordHash(word: string): number {
  const length = word.length
  return (length * 7919 + word.charCodeAt(0) * 131 + word.charCodeAt(length >> 1) * 31 + word.charCodeAt(length - 1)) & (filterSize - 1)
}

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
  // The publisher's one-word names (`REEx`); its full name is a gazetteer entity, read from the mentions.
  const publisher: Cue = Object.freeze({type: 'publisher'})
  for (const name of publisherNames) if (!name.includes(' ')) add(node, name, publisher)
  const reporting: Cue = Object.freeze({type: 'reporting-noun'})
  for (const noun of reportingNouns) add(node, noun, reporting)
  for (const [word, bits] of wordClasses) {
    let child = node.next.get(word)
    if (!child) {
      child = newNode()
      node.next.set(word, child)
    }
    child.word = bits
  }
  return node
})()

// Two Bloom filters (one hash each, 4 KB each, so they stay in the cache): the words that are a cue or have a class
// on their own, and the first two words of the longer cues. Most words (names, nouns, figures, and the frequent
// `the`, `of`, `to` that only start longer cues) are passed over without a look into the large index.
const filters = ((): {single: Uint8Array; pairs: Uint8Array} => {
  const single = new Uint8Array(filterSize >> 3)
  const pairs = new Uint8Array(filterSize >> 3)
  const set = (bits: Uint8Array, hash: number): void => {
    bits[hash >> 3] = (bits[hash >> 3] ?? 0) | (1 << (hash & 7))
  }
  for (const [word, node] of root.next) {
    const hash = wordHash(word)
    if (node.cues.length > 0 || node.word !== 0) set(single, hash)
    for (const second of node.next.keys()) set(pairs, pairHash(hash, wordHash(second)))
  }
  return {single, pairs}
})()

function pairHash(first: number, second: number): number {
  return (first * 31 + second * 7) & (filterSize - 1)
}

function has(bits: Uint8Array, hash: number): boolean {
  return ((bits[hash >> 3] ?? 0) & (1 << (hash & 7))) !== 0
}

/**
 * A sentence's cues, and the class bits of each of its words (`word-classes.ts`; `0` for a word with none or a
 * capitalized word mid-sentence), indexed like the unit's tokens.
 *
 * @example
 * const scan: SentenceScan = {hits: [], classes: new Uint8Array(3), summary: 0}
 */
export interface SentenceScan {
  readonly hits: CueHit[]
  readonly classes: Uint8Array
  /**
   * The class bits of all the sentence's words outside quotations together (a tense class as `anyTense`), and
   * `anyEd` when a lower-case word ends in `-ed`: a rule whose words are absent need not read the sentence.
   */
  readonly summary: number
}

/**
 * Every cue of the lexicon in tokens `[first, last)` of a unit, and every word's class: one walk of a phrase trie
 * built once from the lexicon, from each token, so a sentence costs one lookup per word whatever the size of the
 * lexicon. Overlapping cues are all reported (`is expected to` is a schedule; `expected to` is also a hedge).
 *
 * @param tokens the unit's tokens
 * @param first the sentence's first token
 * @param last one past the sentence's last token
 * @param titleCase (optional) the text is a Title Case line, where cues are capitalized too (default: `false`)
 * @param classes (optional) where to write the words' class bits, indexed like `tokens`: one buffer serves all the
 *   sentences of a unit (default: a new one)
 * @param quoted (optional) per token, 1 inside a quotation: no cue starts there
 * @returns the hits, ordered by first token, then by length; and the words' class bits
 * @example
 * const tokens = tokenize('Lynas aims to grow.')
 * scanCues(tokens, 0, tokens.length).hits.map((hit) => hit.cue.type) // → ['future']
 */
export function scanCues(
  tokens: ReadonlyArray<Token>,
  first: number,
  last: number,
  titleCase = false,
  classes: Uint8Array = new Uint8Array(tokens.length),
  quoted?: Uint8Array
): SentenceScan {
  let hits: CueHit[] | undefined
  let summary = 0
  const starts = root.next
  for (let start = first; start < last; start++) {
    // A quotation is the speaker's words: no rule reads its cues.
    if (quoted !== undefined && quoted[start] === 1) continue
    const token = tokens[start] as Token
    // Every cue starts with a lower-case word: a name or a figure mid-sentence starts none (in a Title Case line
    // every word is capitalized, and the sentence's first word always may be).
    const code = token.text.charCodeAt(0)
    if ((code < 0x61 || code > 0x7a) && start !== first && !titleCase && code < 0x80) continue
    const lower = token.lower
    const length = lower.length
    if (length > 4 && lower.charCodeAt(length - 1) === 0x64 && lower.charCodeAt(length - 2) === 0x65) summary |= anyEd
    const hash = wordHash(lower)
    if (!has(filters.single, hash) && !(start + 1 < last && has(filters.pairs, pairHash(hash, wordHash((tokens[start + 1] as Token).lower))))) continue
    let node = starts.get(lower)
    if (node === undefined) continue
    if (node.word !== 0) {
      classes[start] = node.word
      summary |= (node.word & tenseMask) === 0 ? node.word : (node.word & ~tenseMask) | anyTense
    }
    let end = start
    while (node !== undefined) {
      const cues = node.cues
      for (let index = 0; index < cues.length; index++) (hits ??= []).push({cue: cues[index] as Cue, first: start, last: end})
      end += 1
      if (end >= last || node.next.size === 0) break
      node = node.next.get((tokens[end] as Token).lower)
    }
  }
  return {hits: hits ?? [], classes, summary}
}
