import {graded, type GradedCue} from './graded.js'

// The writer's judgment, as lists of cues graded `strong` or `weak` (see `Grade`). The bases: Hyland (2005),
// Metadiscourse, appendix lists of attitude markers, boosters, self-mentions and engagement markers; Biber et
// al. (1999), Longman Grammar of Spoken and Written English, §10.2.3 stance adverbials (epistemic, attitude,
// style). Only general English is here: no word is listed because one article used it. The lists are disjoint
// (test/lexicon checks it); hedges are in `hedges.ts`, evaluative adjectives and idioms in `evaluative.ts`.

/**
 * Stance adverbials (Biber et al. 1999): the writer's comment on a whole proposition, usually sentence-initial
 * or set off by commas (`Frankly, …`, `…, ironically, …`). Groups:
 *
 * - `style`, how the writer is speaking (`frankly`, `put simply`, `to be fair`): strong.
 * - `attitude`, the writer's feeling or evaluation (`unfortunately`, `ironically`, `tellingly`): strong, except
 *   the salience markers (`notably`, `importantly`, `interestingly`), which only point at a checkable fact: weak.
 * - `certainty`, the writer's inference or concession (`clearly`, `obviously`, `arguably`, `admittedly`):
 *   strong; the intensifiers of a modal (`certainly`, `definitely`, `inevitably`: `will certainly rise`): weak.
 *
 * `clearly`, `plainly` and `obviously` also modify a verb or adjective (`clearly labelled`); as stance they
 * stand first or between commas. `hopefully` is the writer's hope only as a sentence adverb.
 *
 * @example
 * stanceAdverbs.find((cue) => cue.text === 'frankly') // → {text: 'frankly', grade: 'strong', group: 'style'}
 */
export const stanceAdverbs: ReadonlyArray<GradedCue<'style' | 'attitude' | 'certainty'>> = Object.freeze([
  ...graded('style', 'strong', [
    'frankly', 'candidly', 'bluntly', 'honestly', 'simply put', 'put simply', 'to put it simply', 'to put it bluntly',
    'to put it mildly', 'in short', 'in a word', 'in sum', 'to be fair', 'to be clear', 'truth be told',
    'quite simply', 'the bottom line is', 'the takeaway is', 'the lesson is'
  ]),
  ...graded('attitude', 'strong', [
    'unfortunately', 'fortunately', 'sadly', 'regrettably', 'thankfully', 'happily', 'mercifully', 'ironically',
    'tellingly', 'predictably', 'surprisingly', 'unsurprisingly', 'not surprisingly', 'astonishingly',
    'remarkably', 'strikingly', 'alarmingly', 'worryingly', 'disturbingly', 'troublingly', 'encouragingly',
    'curiously', 'oddly', 'strangely', 'paradoxically', 'rightly', 'wrongly', 'wisely', 'foolishly',
    'understandably', 'hopefully', 'conveniently', 'tragically', 'at best', 'at worst', 'for better or worse'
  ]),
  ...graded('attitude', 'weak', ['notably', 'importantly', 'more importantly', 'most importantly', 'interestingly', 'crucially', 'significantly']),
  ...graded('certainty', 'strong', [
    'clearly', 'obviously', 'plainly', 'evidently', 'undeniably', 'undoubtedly', 'unquestionably', 'indisputably',
    'surely', 'arguably', 'admittedly', 'doubtless'
  ]),
  ...graded('certainty', 'weak', ['certainly', 'definitely', 'inevitably', 'necessarily', 'decidedly'])
])

/**
 * Normative cues: the writer's prescription, what ought to be done (Hyland 2005 deontic attitude markers and
 * directives; Biber et al. 1999 necessity modals). Groups:
 *
 * - `modal`: `should`, `ought to`, `must`, `had better` are strong; `need to`, `has to`, `have to` are weak,
 *   because news English uses them as often for a rule laid on a party (`exporters have to apply for a
 *   licence`) as for the writer's advice.
 * - `verdict`: the writer's verdict on what a party has earned (`deserves`, `is to blame`): strong.
 * - `extraposed`: `it is essential to/that …`, `it is time to …`, `cannot afford to` put the writer's
 *   necessity up front: strong. The predicate forms (`is essential`, `are vital`) also describe a fact
 *   (`boron is essential to magnets`): weak.
 *
 * Where strong cues are not the writer's: inside a quotation or an attributed clause (the source's
 * prescription: a `statement`); `must` and `should` stating a rule (`under the rules, exporters must …`);
 * epistemic `should` with a forecast (`output should reach 5,000 t by 2026` is a plan).
 *
 * @example
 * normativeCues.find((cue) => cue.text === 'ought to')?.grade // → 'strong'
 */
export const normativeCues: ReadonlyArray<GradedCue<'modal' | 'verdict' | 'extraposed'>> = Object.freeze([
  ...graded('modal', 'strong', [
    'should', 'should not', "shouldn't", 'ought to', 'ought not to', 'must', 'must not', "mustn't", 'had better',
    'would do well to'
  ]),
  ...graded('modal', 'weak', ['need to', 'needs to', 'has to', 'have to']),
  ...graded('verdict', 'strong', ['deserves', 'deserve', 'deserved', 'merits praise', 'is to blame', 'are to blame']),
  ...graded('extraposed', 'strong', [
    'it is essential', 'it is vital', 'it is imperative', 'it is crucial', 'it is critical that', 'it is incumbent on',
    'it is high time', 'it is time to', 'it is time for', 'cannot afford to', "can't afford to", 'can ill afford',
    'there is no excuse', 'it would be a mistake', 'it would be wise'
  ]),
  ...graded('extraposed', 'weak', [
    'is essential', 'are essential', 'is vital', 'are vital', 'is imperative', 'is crucial', 'are crucial', 'is urgent',
    'are urgent', "it's urgent", 'is mandatory', 'is non-negotiable', 'is no longer optional', 'are no longer optional'
  ])
])

/**
 * Boosters (Hyland 2005): words that close off alternatives and raise the writer's commitment. Groups:
 *
 * - `overt`, the writer's own claim to certainty or to what matters (`make no mistake`, `there is no doubt`, `the
 *   fact is`, `hard to overstate`, `the real question`): strong.
 * - `emphatic`, an intensifier of a statement that stays checkable (`indeed`, `in fact`, `of course`,
 *   `really`): weak.
 *
 * The certainty adverbs of Hyland's list (`clearly`, `obviously`, `certainly`, `undoubtedly`) are in
 * `stanceAdverbs`; `always` and `never` are left out (in news they mostly state frequency); the booster verbs
 * (`show`, `prove`, `demonstrate`) are verbs of saying or of doing.
 *
 * @example
 * boosters.find((cue) => cue.text === 'indeed')?.grade // → 'weak'
 */
export const boosters: ReadonlyArray<GradedCue<'overt' | 'emphatic'>> = Object.freeze([
  ...graded('overt', 'strong', [
    'make no mistake', 'there is no doubt', 'there is little doubt', 'there can be no doubt', 'no doubt',
    'without doubt', 'without a doubt', 'beyond doubt', 'beyond question', 'the fact is', 'the truth is',
    'the reality is', 'needless to say', 'it goes without saying', 'it is clear that', 'it is evident that',
    'it is obvious that', 'it is no secret', 'no wonder', 'by any measure', 'by any standard', 'nothing short of',
    'hard to overstate', 'difficult to overstate', 'impossible to overstate', 'cannot be overstated', 'hard to ignore',
    'impossible to ignore', 'hard to deny', 'the real story', 'the real question', 'the real issue', 'the real problem',
    'the real test', 'what matters is', 'the message is clear', 'the message was clear', 'the lesson is clear',
    'the takeaway is clear', 'the conclusion is clear', 'the answer is clear', 'the signal is clear'
  ]),
  ...graded('emphatic', 'weak', [
    'indeed', 'in fact', 'of course', 'in reality', 'in truth', 'actually', 'really', 'truly', 'above all',
    'even more', 'especially', 'particularly'
  ])
])

/**
 * Self-mentions (Hyland 2005): the writer or the publisher speaking of itself. Groups:
 *
 * - `stance`, the writer's view announced (`in our view`, `we believe`, `our analysis`): strong.
 * - `reference`, the writer present without a stance (`we`, `our`, `as we reported`): weak.
 *
 * A self-mention counts only outside quotations and attributed clauses (in `"We will build it," the CEO said`
 * the `we` is the speaker's). The publisher named as a speaker is a self-mention too (`Rare Earth Exchanges
 * finds`, `REEx notes`): see `publisherNames`.
 *
 * @example
 * selfMentions.find((cue) => cue.text === 'in our view')?.grade // → 'strong'
 */
export const selfMentions: ReadonlyArray<GradedCue<'stance' | 'reference'>> = Object.freeze([
  ...graded('stance', 'strong', [
    'in our view', 'in our opinion', 'in our assessment', 'in our judgment', 'our view', 'our take', 'our assessment',
    'our analysis', 'our reading', 'we believe', 'we think', 'we argue', 'we contend', 'we suspect', 'we expect',
    'we estimate', 'we see', 'we would argue', 'we have long argued', 'as we have argued', 'this publication',
    'this writer', 'this author', 'the author', 'the present author'
  ]),
  ...graded('reference', 'weak', ['we', 'us', 'our', 'ours', 'ourselves', 'as we reported', 'as we noted', 'this site', 'this newsletter'])
])

/**
 * The publisher's own names, lower case: the one place the publisher is named for judgment. `<name> finds /
 * notes / believes` is the writer speaking (an assessment), not a source relayed. The singular `rare earth
 * exchange` is left out: it is also a common noun (an exchange for rare earth products).
 *
 * @example
 * publisherNames.includes('reex') // → true
 */
export const publisherNames: ReadonlyArray<string> = Object.freeze(['rare earth exchanges', 'reex', 'rareearthexchanges.com'])

export {evaluativeAdjectives, evaluativePhrases, interpretiveVerbs} from './evaluative.js'
