import type {ClaimKind} from '../schema/claim.js'
import {tokenize, type Token} from '../mentions/tokenize.js'

// Cue patterns are matched on the lower-cased sentence (no `i` flag: case-folding makes V8's regexes slower).
// Judgments that make a sentence the writer's assessment whatever else it holds (`Frankly, …`, `should`).
const strongAssessment =
  /^(?:frankly|clearly|of course|importantly|obviously|undeniably|arguably|put simply|in short|in our view|the takeaway|the message|the lesson|the bottom line|make no mistake)\b|\b(?:should|must|ought to|unmistakabl[ey]|undeniabl[ey]|we believe|we think|in our view|in our opinion|it is (?:important|clear|interesting|worth|no longer)|it will be interesting|no longer optional)\b/u
// Evaluative words: an assessment only when no other kind fits.
const weakAssessment =
  /\b(?:significant(?:ly)?|striking|remarkabl[ey]|crucial|urgent|precisely|notabl[ey]|interesting(?:ly)?|reassuring|troubling|concerning|alarming|vulnerable|obsolete|stark|dominance|dominant|giant|superpower|vanguard|heart)\b/u
const planCue =
  /\b(?:aims? to|aiming to|aimed at|plans? to|plans (?:an|the|new|its|[\da])|planned|planning to|(?<!\bat |\bgood |\bfree |\bpolitical )will(?!\s*[.,;:!?])|intends? to|intending to|targets?|targeting|expects? to|expects (?:an|the|its|more|higher|lower|output|[\d$a])|expected to|by (?:the end of )?(?:19|20)\d{2}|is set to|are set to|forecasts?|forecasted|projected|seeks? to|seeking to|scheduled|slated|on track to|(?:goal|aim|plan|target|objective) is to|commits? to|committed to|going to|is to be|are to be)\b/u
const hedgeCue =
  /\b(?:may|might|could|appears?|appeared|seems?|seemed|suggests?|suggested|likely|unlikely|possibly|potentially|perhaps|reportedly|allegedly|expected to|believed to|rumou?red|uncertain|probably|presumably|estimated)\b/u
// Irregular past tenses of verbs REEx uses for what happened.
const irregularPast = new Set([
  'held', 'met', 'made', 'took', 'sent', 'began', 'won', 'sold', 'bought', 'rose', 'fell', 'grew', 'built', 'hit',
  'led', 'paid', 'spent', 'struck', 'became', 'came', 'went', 'gave', 'saw', 'chose', 'drew', 'brought', 'sought',
  'caught', 'found', 'left', 'lost', 'kept', 'ran', 'shut', 'swung', 'underwent', 'withdrew', 'overtook', 'slid'
])
// Headlines and highlights tell what happened in the present tense (`Northern Rare Earth holds meeting`).
const headlineEvents = new Set([
  'holds', 'hosts', 'signs', 'launches', 'acquires', 'invests', 'injects', 'announces', 'opens', 'increases', 'raises',
  'cuts', 'imposes', 'bans', 'approves', 'completes', 'secures', 'wins', 'buys', 'sells', 'reports', 'posts', 'unveils',
  'receives', 'begins', 'starts', 'halts', 'suspends', 'restricts', 'lifts', 'joins', 'merges', 'files', 'awards',
  'commissions', 'delivers', 'ships', 'exports', 'imports', 'closes', 'convenes', 'meets', 'visits', 'tightens',
  'doubles', 'triples', 'halves', 'nears', 'rises', 'falls', 'jumps', 'surges', 'slumps', 'drops', 'climbs', 'soars',
  'plunges', 'hits', 'reaches', 'expands', 'loses', 'breaks', 'sets', 'takes', 'makes'
])
// Modals and conditions: a headline present under one (`could rise if China cuts`) tells nothing that happened.
const modalWords: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'can', 'if', 'unless'])
// Words ending in `-ed` that are adjectives or nouns in this field, not past tenses.
const edAdjectives = new Set([
  'based', 'backed', 'owned', 'focused', 'integrated', 'advanced', 'listed', 'related', 'limited', 'united', 'needed',
  'aligned', 'driven', 'detailed', 'dedicated', 'coordinated', 'centralized', 'fragmented', 'affiliated', 'embedded',
  'interested', 'qualified', 'skilled', 'targeted', 'proposed', 'expected', 'planned', 'estimated', 'concerned', 'red',
  'bed', 'shed', 'speed', 'need', 'seed', 'feed', 'hundred', 'kindred', 'sacred', 'wicked', 'naked', 'rugged', 'biased'
])
// Before these an `-ed` word is an adjective (`of sintered magnets`, `Baogang's increased stake`), not a verb.
const determiners = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'more', 'most', 'highly', 'fully', 'well', 'less', 'newly',
  'state', 'so', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'and', 'or', 's', 'this', 'that',
  'these', 'those', 'very', 'already', 'long', 'self'
])

/**
 * Does the sentence say that something happened (a past tense or a perfect)? `tokens[first..last)` are the
 * sentence's words, with offsets into `text` (the sentence, or the whole unit it was cut from: the character
 * before a sentence is a space, so either reads the same).
 */
function tellsEvent(text: string, tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  let headlinePresent = false
  let modal = false
  for (let index = first; index < last; index++) {
    const token = tokens[index] as Token
    const lower = token.lower
    if (irregularPast.has(lower)) return true
    if (headlineEvents.has(lower)) headlinePresent = true
    // The month `May` is no modal: only the verb is written in lower case.
    else if (modalWords.has(lower) && (lower !== 'may' || token.text === 'may')) modal = true
    // Cheap checks first: most words do not end in `-ed`.
    if (lower.length < 5 || lower.charCodeAt(lower.length - 1) !== 100 || lower.charCodeAt(lower.length - 2) !== 101 || edAdjectives.has(lower)) continue
    // `state-owned`, `a targeted output`: a participle used as an adjective.
    if (text.charCodeAt(token.start - 1) === 45) continue
    const previous = index > first ? tokens[index - 1] : undefined
    if (!previous || !determiners.has(previous.lower)) return true
  }
  return headlinePresent && !modal
}

/**
 * What a sentence holds, as the kind rules need it.
 *
 * @example
 * const facts: SentenceFacts = {attributed: false, hasQuantity: true, hasDayDate: false}
 */
export interface SentenceFacts {
  readonly attributed: boolean
  readonly hasQuantity: boolean
  readonly hasDayDate: boolean
}

/**
 * Decide the kind of a claim, by this precedence (docs/claims.md): `statement` (attributed to a named
 * source) > `assessment` (a strong judgment cue: `Frankly`, `should`, `unmistakable`) > `plan` (an aim, target
 * or forecast: `aims to`, `will`, `targets`) > `quantitative` (a figure) > `event` (a past tense, a perfect or
 * a day date) > `assessment` (anything else: a description or judgment in the present).
 *
 * @param sentence the sentence text
 * @param facts what the sentence holds
 * @returns the kind
 * @example
 * claimKind('Lynas will build a plant in Texas.', {attributed: false, hasQuantity: false, hasDayDate: false}) // → 'plan'
 */
export function claimKind(sentence: string, facts: SentenceFacts): ClaimKind {
  const lower = sentence.toLowerCase()
  return kindOf(
    lower,
    facts,
    () => strongAssessment.test(lower),
    () => {
      const tokens = tokenize(sentence)
      return tellsEvent(sentence, tokens, 0, tokens.length)
    }
  )
}

function kindOf(lower: string, facts: SentenceFacts, strong: () => boolean, event: () => boolean): ClaimKind {
  if (facts.attributed) return 'statement'
  if (strong()) return 'assessment'
  if (planCue.test(lower)) return 'plan'
  if (facts.hasQuantity) return 'quantitative'
  if (facts.hasDayDate || event()) return 'event'
  return 'assessment'
}

/**
 * The cue-word features of a claim: its kind, whether it hedges, whether it carries an evaluative word. The
 * same answers as `claimKind`, `isHedged` and `isEvaluative`, with the sentence lower-cased once and the words
 * taken from the unit's tokens instead of tokenizing the sentence again.
 *
 * @param sentence the sentence text
 * @param facts what the sentence holds
 * @param words the unit the sentence was cut from: its text, its tokens, and the range `[first, last)` of
 *   them that lies in the sentence
 * @returns `{kind, hedged, evaluative}`
 * @example
 * const text = 'Output could fall.'
 * sentenceCues(text, none, {text, tokens: tokenize(text), first: 0, last: 3})
 * // → {kind: 'assessment', hedged: true, evaluative: false}
 */
export function sentenceCues(
  sentence: string,
  facts: SentenceFacts,
  words: {readonly text: string; readonly tokens: ReadonlyArray<Token>; readonly first: number; readonly last: number}
): {kind: ClaimKind; hedged: boolean; evaluative: boolean} {
  const lower = sentence.toLowerCase()
  // The strong cues decide the kind and count as evaluative: test them once.
  let strongCue: boolean | undefined
  const strong = (): boolean => (strongCue ??= strongAssessment.test(lower))
  const kind = kindOf(lower, facts, strong, () => tellsEvent(words.text, words.tokens, words.first, words.last))
  return {kind, hedged: hedgeCue.test(sentence), evaluative: weakAssessment.test(lower) || strong()}
}

/**
 * True when the sentence hedges (`may`, `could`, `appears`, `reportedly`, `potentially`, `likely`). The
 * month `May` is capitalized and so is not a hedge.
 *
 * @example
 * isHedged('Output could fall.') // → true
 */
export function isHedged(sentence: string): boolean {
  return hedgeCue.test(sentence)
}

/**
 * True when the sentence carries an evaluative word (`significant`, `dominance`); a feature of
 * checkworthiness, not of kind.
 *
 * @example
 * isEvaluative('A stark contrast.') // → true
 */
export function isEvaluative(sentence: string): boolean {
  const lower = sentence.toLowerCase()
  return weakAssessment.test(lower) || strongAssessment.test(lower)
}
