import {graded, type GradedCue} from './graded.js'

/**
 * Evaluative adjectives: the writer's attitude to a thing or an act (Hyland 2005 attitude markers; Martin &
 * White 2005 appraisal, "appreciation" and "judgement"). Groups:
 *
 * - `judgement`, praise or blame that no neutral description carries (`misguided`, `reckless`, `shrewd`,
 *   `disappointing`, `unmistakable`, `remarkable`): strong.
 * - `appraisal`, a valuation the writer makes of a thing (Martin & White's "appreciation: valuation": `credible`,
 *   `realistic`, `promising`, `premature`, `overdue`, `vulnerable`): weak. They leave a figure, a plan or an
 *   event checkable, but a present-state sentence that holds one is the writer's assessment, not a fact
 *   (`Lynas remains the most credible non-Chinese producer`).
 * - `salience`, importance, size or intensity (Martin & White's "graduation": `significant`, `key`, `major`,
 *   `critical`, `stark`, `massive`): weak; these also describe (`a major source of feed`), so they colour a claim
 *   without making it an opinion, even in a present-state sentence.
 *
 * Left out on purpose: gradable words that state a checkable fact (`large`, `high`, `largest`, `dominant`,
 * `leading`, `new`, `first`), and `concerning`, which is also a preposition (`concerning the ban`). `critical`
 * and `strategic` in the class names `critical minerals`, `strategic metals` are no judgment: match the classes
 * of `generic-classes.ts` first.
 *
 * @example
 * evaluativeAdjectives.find((cue) => cue.text === 'misguided')?.grade // → 'strong'
 */
export const evaluativeAdjectives: ReadonlyArray<GradedCue<'judgement' | 'appraisal' | 'salience'>> = Object.freeze([
  ...graded('judgement', 'strong', [
    // negative
    'misguided', 'reckless', 'naive', 'naïve', 'foolish', 'short-sighted', 'shortsighted', 'ill-advised',
    'ill-conceived', 'wrongheaded', 'misplaced', 'absurd', 'ridiculous', 'laughable', 'outrageous', 'shameful',
    'disgraceful', 'deplorable', 'appalling', 'dismal', 'abysmal', 'disappointing', 'alarming', 'troubling',
    'worrying', 'worrisome', 'disturbing', 'irresponsible', 'unwise', 'cynical', 'hypocritical', 'disingenuous',
    'misleading', 'dubious', 'questionable', 'flawed', 'hollow', 'meaningless', 'pointless', 'futile', 'hopeless',
    'untenable', 'unacceptable', 'intolerable', 'inexcusable', 'overblown', 'overhyped', 'exaggerated', 'overstated',
    'inept', 'incompetent', 'lackluster', 'lacklustre', 'underwhelming', 'mediocre', 'sobering', 'damning',
    'disastrous', 'ruinous', 'self-defeating', 'counterproductive', 'heavy-handed', 'draconian', 'opportunistic',
    'implausible', 'unrealistic', 'overambitious', 'complacent', 'negligent', 'careless', 'unfair', 'unjust',
    'illegitimate', 'irrational', 'illogical', 'incoherent', 'one-sided', 'alarmist', 'baseless', 'groundless',
    'unfounded', 'specious', 'long-overdue',
    // positive
    'unmistakable', 'remarkable', 'impressive', 'shrewd', 'astonishing', 'astounding', 'stunning', 'extraordinary',
    'brilliant', 'excellent', 'admirable', 'commendable', 'laudable', 'encouraging', 'heartening', 'wise', 'prudent',
    'sensible', 'savvy', 'clever', 'smart', 'bold', 'visionary', 'far-sighted', 'farsighted', 'stellar', 'spectacular',
    'superb', 'outstanding', 'welcome', 'surprising', 'unsurprising'
  ]),
  ...graded('appraisal', 'weak', [
    'vulnerable', 'fragile', 'precarious', 'robust', 'resilient', 'modest', 'meaningful', 'insufficient',
    'inadequate', 'excessive', 'reasonable', 'realistic', 'credible', 'legitimate', 'ambitious', 'aggressive',
    'dangerous', 'risky', 'grim', 'bleak', 'dire', 'promising', 'interesting', 'tough', 'challenging', 'costly',
    'premature', 'timely', 'belated', 'overdue', 'exceptional', 'attractive', 'compelling', 'convincing',
    'unconvincing', 'plausible', 'overvalued', 'undervalued', 'generous', 'effective', 'ineffective', 'efficient',
    'inefficient', 'competitive', 'uncompetitive', 'clumsy', 'worthwhile', 'useful', 'useless', 'successful',
    'unsuccessful', 'shaky'
  ]),
  ...graded('salience', 'weak', [
    'significant', 'notable', 'noteworthy', 'important', 'key', 'major', 'critical', 'crucial', 'vital', 'essential',
    'fundamental', 'striking', 'stark', 'dramatic', 'massive', 'huge', 'enormous', 'vast', 'substantial',
    'considerable', 'serious', 'severe', 'acute', 'urgent', 'pressing', 'profound', 'unprecedented', 'historic',
    'landmark', 'pivotal', 'marginal', 'negligible', 'unique', 'unparalleled', 'unrivalled', 'unrivaled', 'unmatched',
    'inevitable'
  ])
])

/**
 * Idioms of judgment: fixed phrases of general news English that evaluate (`misses the mark`, `a wake-up
 * call`, `a house of cards`). Written without a leading article and lower case; a verbal idiom lists its
 * forms (`misses the mark`, `missed the mark`) or its invariant core (`the can down the road` for every form of
 * `kick the can down the road`). Groups:
 *
 * - `verdict`, the phrase is a judgment (`wake-up call`, `double-edged sword`, `pipe dream`): strong.
 * - `framing`, a metaphor that also describes (`turning point`, `bargaining chip`, `zero-sum game`), a reframing
 *   (`not just a`, `more than just`, `raises concerns`), and the opinion of unnamed many (`widely regarded as`,
 *   `widely seen as`: no party to check it with): weak.
 *
 * Left out on purpose: idioms that only hedge (`remains to be seen`: see `hedges.ts`) and figures of the field
 * that name things (`arms race`, `cold war`).
 *
 * @example
 * evaluativePhrases.find((cue) => cue.text === 'wake-up call')?.grade // → 'strong'
 */
export const evaluativePhrases: ReadonlyArray<GradedCue<'verdict' | 'framing'>> = Object.freeze([
  ...graded('verdict', 'strong', [
    'miss the mark', 'misses the mark', 'missed the mark', 'missing the mark', 'wake-up call', 'wakeup call',
    'game changer', 'game-changer', 'house of cards', 'double-edged sword', 'double edged sword',
    'writing on the wall', 'writing is on the wall', 'tip of the iceberg', 'drop in the bucket', 'drop in the ocean',
    'step in the right direction', 'too little, too late', 'too little too late', 'far cry from',
    'recipe for disaster', 'red flag', 'red flags', 'smoking gun', 'silver bullet', 'band-aid', 'band aid',
    'paper tiger', 'pipe dream', 'race to the bottom', 'elephant in the room', 'pyrrhic victory', 'hollow victory',
    "achilles' heel", 'achilles heel', 'blind spot', 'double standard', 'lip service', 'the can down the road',
    'the goalposts', 'bridge too far', 'shot in the arm', 'slap on the wrist', 'smoke and mirrors', 'smokescreen',
    'smoke screen', "fool's errand", 'lost cause', 'own goal', 'self-inflicted wound', 'poisoned chalice',
    'trojan horse', 'cautionary tale', 'false dawn', 'bitter pill', 'easier said than done',
    'cart before the horse', 'cold comfort', 'mixed blessing', 'golden opportunity', 'missed opportunity',
    'damp squib', 'fall short', 'falls short', 'fell short', 'falling short', 'rings hollow', 'rang hollow',
    'ring hollow', 'beggars belief', 'flies in the face of', 'flew in the face of', 'fly in the face of',
    'no-brainer', 'no brainer', 'non-starter', 'dead in the water', 'tough sell', 'uphill battle', 'tall order',
    'long shot', 'sputnik moment', 'cause for concern', 'cause for alarm', 'raises eyebrows', 'raised eyebrows',
    'catch-22', 'built on sand', 'wishful thinking', 'window dressing', 'on borrowed time', 'playing with fire',
    'good money after bad', 'emperor has no clothes', 'reinvent the wheel', 'reinventing the wheel'
  ]),
  ...graded('framing', 'weak', [
    'turning point', 'tipping point', 'watershed moment', 'sea change', 'shot across the bow', 'bargaining chip',
    'zero-sum game', 'low-hanging fruit', 'perfect storm', 'sign of the times', 'the jury is still out',
    'devil is in the details', 'raises questions', 'raised questions', 'double down', 'doubled down', 'doubles down',
    'widely regarded', 'widely seen as', 'widely viewed as', 'widely considered', 'widely believed', 'regarded as',
    'raises concerns', 'raise concerns', 'raised concerns', 'not just a', 'not merely', 'not simply', 'more than just',
    'is more than a'
  ])
])

/**
 * Verbs of interpretation: the writer reading a fact as a sign of something (`This move signals Baogang’s deeper
 * integration`, `The acquisition represents China’s strategy`, `The tour highlights Beijing’s coordination`). The
 * basis is the "verbs of significance" of analytical writing (Hyland 2005, attitude and evidential markers; Biber
 * et al. 1999 §10.2.2, stance verbs with a non-human subject). Group `interpretation`, weak: with a party as
 * subject some are verbs of saying (`Lynas highlights a 20% cut` relays Lynas); with a thing as subject, in a
 * present-state sentence, they make it the writer's assessment rather than a fact.
 *
 * Left out on purpose: `marks` (`marks the largest deal in a decade` is checkable), `shows` and `finds` (a
 * document's findings), and the hedging evidentials (`suggests`, `indicates`: `hedges.ts`).
 *
 * @example
 * interpretiveVerbs.find((cue) => cue.text === 'signals')?.grade // → 'weak'
 */
export const interpretiveVerbs: ReadonlyArray<GradedCue<'interpretation'>> = Object.freeze([
  ...graded('interpretation', 'weak', [
    'signals', 'signal', 'represents', 'represent', 'reflects', 'reflect', 'underscores', 'underscore', 'underlines',
    'highlights', 'illustrates', 'illustrate', 'demonstrates', 'demonstrate', 'epitomizes', 'epitomises', 'exemplifies',
    'embodies', 'amounts to', 'amount to', 'points to', 'speaks to', 'is a reminder', 'is a sign of', 'is a testament to',
    'is emblematic of', 'is symptomatic of', 'is a symbol of',
    // a thing weighed as a risk or a challenge (`The plan poses a risk to Japan`, `presents a stark contrast`)
    'poses', 'pose', 'posed', 'presents a challenge', 'presents a significant', 'presents a serious', 'presents a major',
    'presents a stark', 'presents a clear', 'presents a risk', 'presents a threat', 'presents an opportunity',
    'presents a contrast', 'present a challenge', 'present a risk'
  ])
])
