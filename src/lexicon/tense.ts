/**
 * Tense cues: what tells that a verb is a finite past tense (something happened) rather than a participle used
 * as an adjective (`a report titled …`, `concentrate shipped from Mount Weld`) or a present state.
 *
 * The basis is the list of irregular verbs of the reference grammars (Quirk et al. 1985 §3.12-3.19, Appendix;
 * Biber et al. 1999 §6.2), kept to verbs that occur in business, policy and trade news, and the headline
 * convention of the simple present for a past event (the "historical present" of headlines; AP Stylebook
 * "headlines", Reuters Handbook "headlines"). Regular verbs form both tenses with `-ed`; they are not listed.
 *
 * Every row is `[base, past, past participle]`; a row whose past and participle differ (`rose` / `risen`) gives a
 * past form that is always finite, which is what makes it worth listing: `Demand for magnets from wind makers
 * fell in 2024` holds `fell`, never a participle. Forms that are also common nouns or another verb's base
 * (`saw`, `bit`, `lay`, `found`, `bore`) are left out of `pastOnlyForms`.
 *
 * @example
 * irregularVerbs.find(([base]) => base === 'rise') // → ['rise', 'rose', 'risen']
 */
export const irregularVerbs: ReadonlyArray<readonly [base: string, past: string, participle: string]> = Object.freeze(
  (
    [
      ['arise', 'arose', 'arisen'], ['be', 'was', 'been'], ['bear', 'bore', 'borne'], ['beat', 'beat', 'beaten'],
      ['become', 'became', 'become'], ['begin', 'began', 'begun'], ['bend', 'bent', 'bent'], ['bet', 'bet', 'bet'],
      ['bid', 'bid', 'bid'], ['bind', 'bound', 'bound'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'],
      ['bring', 'brought', 'brought'], ['broadcast', 'broadcast', 'broadcast'], ['build', 'built', 'built'],
      ['burn', 'burnt', 'burnt'], ['burst', 'burst', 'burst'], ['buy', 'bought', 'bought'], ['cast', 'cast', 'cast'],
      ['catch', 'caught', 'caught'], ['choose', 'chose', 'chosen'], ['cling', 'clung', 'clung'], ['come', 'came', 'come'],
      ['cost', 'cost', 'cost'], ['cut', 'cut', 'cut'], ['deal', 'dealt', 'dealt'], ['dig', 'dug', 'dug'],
      ['do', 'did', 'done'], ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'],
      ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'], ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'],
      ['fight', 'fought', 'fought'], ['find', 'found', 'found'], ['flee', 'fled', 'fled'], ['fly', 'flew', 'flown'],
      ['forbid', 'forbade', 'forbidden'], ['forecast', 'forecast', 'forecast'], ['foresee', 'foresaw', 'foreseen'],
      ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'], ['forgo', 'forwent', 'forgone'],
      ['freeze', 'froze', 'frozen'], ['get', 'got', 'gotten'], ['give', 'gave', 'given'], ['go', 'went', 'gone'],
      ['grind', 'ground', 'ground'], ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'], ['have', 'had', 'had'],
      ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'], ['hit', 'hit', 'hit'], ['hold', 'held', 'held'],
      ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'], ['know', 'knew', 'known'], ['lay', 'laid', 'laid'],
      ['lead', 'led', 'led'], ['leave', 'left', 'left'], ['lend', 'lent', 'lent'], ['let', 'let', 'let'],
      ['lie', 'lay', 'lain'], ['light', 'lit', 'lit'], ['lose', 'lost', 'lost'], ['make', 'made', 'made'],
      ['mean', 'meant', 'meant'], ['meet', 'met', 'met'], ['mislead', 'misled', 'misled'],
      ['outgrow', 'outgrew', 'outgrown'], ['outsell', 'outsold', 'outsold'], ['overcome', 'overcame', 'overcome'],
      ['overpay', 'overpaid', 'overpaid'], ['override', 'overrode', 'overridden'], ['overrun', 'overran', 'overrun'],
      ['oversee', 'oversaw', 'overseen'], ['overtake', 'overtook', 'overtaken'], ['overthrow', 'overthrew', 'overthrown'],
      ['pay', 'paid', 'paid'], ['prove', 'proved', 'proven'], ['put', 'put', 'put'], ['quit', 'quit', 'quit'],
      ['read', 'read', 'read'], ['rebuild', 'rebuilt', 'rebuilt'], ['resell', 'resold', 'resold'],
      ['rethink', 'rethought', 'rethought'], ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'],
      ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'],
      ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'],
      ['shake', 'shook', 'shaken'], ['shed', 'shed', 'shed'], ['shine', 'shone', 'shone'], ['shoot', 'shot', 'shot'],
      ['show', 'showed', 'shown'], ['shrink', 'shrank', 'shrunk'], ['shut', 'shut', 'shut'], ['sing', 'sang', 'sung'],
      ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'], ['slide', 'slid', 'slid'], ['slay', 'slew', 'slain'],
      ['speak', 'spoke', 'spoken'], ['speed', 'sped', 'sped'], ['spend', 'spent', 'spent'], ['spin', 'spun', 'spun'],
      ['split', 'split', 'split'], ['spread', 'spread', 'spread'], ['spring', 'sprang', 'sprung'],
      ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'],
      ['strike', 'struck', 'struck'], ['strive', 'strove', 'striven'], ['swear', 'swore', 'sworn'],
      ['sweep', 'swept', 'swept'], ['swell', 'swelled', 'swollen'], ['swim', 'swam', 'swum'], ['swing', 'swung', 'swung'],
      ['take', 'took', 'taken'], ['teach', 'taught', 'taught'], ['tear', 'tore', 'torn'], ['tell', 'told', 'told'],
      ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'], ['thrust', 'thrust', 'thrust'],
      ['undercut', 'undercut', 'undercut'], ['undergo', 'underwent', 'undergone'], ['understand', 'understood', 'understood'],
      ['undertake', 'undertook', 'undertaken'], ['underwrite', 'underwrote', 'underwritten'], ['uphold', 'upheld', 'upheld'],
      ['upset', 'upset', 'upset'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'], ['weave', 'wove', 'woven'],
      ['win', 'won', 'won'], ['wind', 'wound', 'wound'], ['withdraw', 'withdrew', 'withdrawn'],
      ['withhold', 'withheld', 'withheld'], ['withstand', 'withstood', 'withstood'], ['write', 'wrote', 'written']
    ] as const
  ).map((row) => Object.freeze(row))
)

// Past forms that are also a common noun, adjective or another verb's base: never counted on their own.
const ambiguousPasts = new Set(['saw', 'bore', 'lay', 'found', 'ground', 'wound', 'bound', 'left', 'lit', 'beat', 'read', 'set', 'put', 'cut', 'hit', 'cast', 'cost'])

/**
 * Irregular past forms that are never a participle (`rose`, `fell`, `took`, `began`, `withdrew`): a finite past
 * wherever they stand. Built from `irregularVerbs`, without the ambiguous forms.
 *
 * @example
 * pastOnlyForms.has('fell') // → true
 * pastOnlyForms.has('made') // → false (also the participle: `magnets made in China`)
 */
export const pastOnlyForms: ReadonlySet<string> = new Set(
  irregularVerbs.filter(([base, past, participle]) => past !== participle && past !== base && !ambiguousPasts.has(past)).map(([, past]) => past)
)

/**
 * Irregular forms that are both past and participle (`made`, `held`, `sold`, `built`, `shut`): finite only where a
 * past tense can stand, like a regular `-ed` form.
 *
 * @example
 * pastOrParticipleForms.has('held') // → true
 */
export const pastOrParticipleForms: ReadonlySet<string> = new Set(
  irregularVerbs.filter(([base, past, participle]) => past === participle && past !== base && !ambiguousPasts.has(past)).map(([, past]) => past)
)

/**
 * Verbs whose base, past and participle are one form (`cut`, `shut`, `hit`, `set`): past only where the present
 * would need `-s` (after a singular subject: `A fire shut the concentrator`).
 *
 * @example
 * unchangedPastForms.has('shut') // → true
 */
export const unchangedPastForms: ReadonlySet<string> = new Set(
  irregularVerbs.filter(([base, past, participle]) => base === past && past === participle && base !== 'read' && base !== 'forecast' && base !== 'broadcast').map(([base]) => base)
)

/**
 * Participles that are never a past tense (`taken`, `written`, `risen`): a perfect or a passive, never finite on
 * their own.
 *
 * @example
 * participleOnlyForms.has('taken') // → true
 */
export const participleOnlyForms: ReadonlySet<string> = new Set(
  irregularVerbs.filter(([base, past, participle]) => past !== participle && participle !== base).map(([, , participle]) => participle)
)

/**
 * Words in `-ed` that are adjectives or nouns in this field's news, not past tenses: participial adjectives
 * used as attributes or predicates (`listed`, `based`, `owned`, `integrated`, `advanced`), the planning words
 * that describe rather than report (`proposed`, `planned`, `expected`), and nouns or adjectives that merely
 * end in `-ed` (`hundred`, `red`, `speed`). Left out: participles that are as often a past tense in news
 * (`processed`, `refined`, `increased`, `restricted`): the position rules of the kind reader tell those apart
 * (`the refined oxide`, `of separated oxides`). The basis is the participial adjectives of Quirk et al. 1985 §7.
 * 15-7.16 that occur in company and market description.
 *
 * @example
 * edAdjectives.has('listed') // → true
 */
export const edAdjectives: ReadonlySet<string> = new Set([
  'based', 'backed', 'owned', 'focused', 'integrated', 'advanced', 'listed', 'unlisted', 'related', 'limited', 'united',
  'needed', 'aligned', 'detailed', 'dedicated', 'coordinated', 'centralized', 'centralised', 'fragmented',
  'affiliated', 'embedded', 'interested', 'qualified', 'skilled', 'targeted', 'proposed', 'expected', 'planned',
  'estimated', 'concerned', 'biased', 'headquartered', 'diversified', 'specialized', 'specialised', 'unnamed',
  'undisclosed', 'unprecedented', 'unexpected', 'unresolved', 'sophisticated', 'complicated', 'experienced',
  'talented', 'so-called', 'red', 'bed', 'shed', 'speed', 'need', 'seed', 'feed', 'hundred', 'kindred', 'sacred',
  'wicked', 'naked', 'rugged', 'ragged', 'jagged'
])

/**
 * Verbs of events that headlines and highlights write in the simple present for what happened (`Lynas Wins
 * Pentagon Contract`, `Northern Rare Earth holds review meeting`): the actions of companies, governments and
 * markets that news reports, with their third-person `-s` form, and the base form of the market moves that
 * headlines give plural subjects (`Terbium Prices Climb`). In body text the simple present is a state or
 * a habit (`JL Mag supplies magnets to carmakers`), so only a headline reads these as events.
 *
 * @example
 * headlineVerbs.has('signs') // → true
 */
export const headlineVerbs: ReadonlySet<string> = new Set([
  'acquires', 'adds', 'agrees', 'approves', 'awards', 'bans', 'begins', 'blocks', 'boosts', 'breaks', 'buys',
  'clears', 'climbs', 'closes', 'commissions', 'completes', 'convenes', 'cuts', 'delays', 'delivers', 'doubles',
  'drops', 'ends', 'enters', 'expands', 'exports', 'extends', 'falls', 'files', 'finalizes', 'finalises', 'gains',
  'grants', 'halts', 'halves', 'hikes', 'hits', 'holds', 'hosts', 'imports', 'imposes', 'injects', 'invests',
  'joins', 'jumps', 'launches', 'lifts', 'loses', 'lowers', 'meets', 'merges', 'nears', 'opens', 'orders', 'pays',
  'plunges', 'posts', 'raises', 'reaches', 'receives', 'restarts', 'resumes', 'rises', 'seals', 'secures', 'seizes',
  'sells', 'shuts', 'signs', 'slashes', 'slides', 'slumps', 'soars', 'starts', 'strikes', 'suspends', 'surges',
  'tightens', 'tops', 'triples', 'unveils', 'visits', 'wins', 'withdraws', 'grows', 'builds', 'ramps', 'eases',
  'slows', 'narrows', 'widens', 'trims', 'renews', 'revises', 'restructures', 'recovers', 'rebounds', 'returns',
  'pauses', 'scraps', 'shelves', 'hires', 'appoints', 'names', 'elects', 'settles', 'sues', 'fines', 'probes',
  // market moves after a plural subject (`Terbium Prices Climb`, `Exports Slump`)
  'climb', 'jump', 'slump', 'surge', 'soar', 'plunge', 'tumble', 'rally', 'slide', 'sink', 'plummet', 'rebound'
])

/**
 * Verbs of change and level: what figures do (`output should reach 5,000 t`, `prices should ease`). After
 * `should` one of these makes the modal epistemic (a forecast: a `plan`), not the writer's advice (Quirk et al.
 * 1985 §4.57, epistemic `should`). Base forms, as they stand after a modal.
 *
 * @example
 * changeVerbs.has('reach') // → true
 */
export const changeVerbs: ReadonlySet<string> = new Set([
  'reach', 'rise', 'fall', 'exceed', 'top', 'hit', 'climb', 'grow', 'increase', 'decrease', 'decline', 'drop', 'remain',
  'stay', 'average', 'double', 'triple', 'halve', 'ease', 'recover', 'rebound', 'peak', 'surpass', 'slow', 'accelerate',
  'improve', 'worsen', 'stabilize', 'stabilise', 'tighten', 'loosen', 'narrow', 'widen', 'come', 'arrive', 'follow',
  'start', 'begin', 'resume', 'be'
])

/**
 * The participles of verbs of change whose stem `changeVerbs` does not give by stripping `-ed` (`risen`, `fallen`),
 * and a few regular ones of market moves: a perfect of change is an event however long it took (`have risen 40%
 * since April`), unlike a perfect of state (`has operated since 2016`).
 *
 * @example
 * changeParticiples.has('risen') // → true
 */
export const changeParticiples: ReadonlySet<string> = new Set([
  'risen', 'fallen', 'grown', 'shrunk', 'sunk', 'slid', 'hit', 'cut', 'soared', 'plunged', 'surged', 'jumped', 'climbed',
  'tumbled', 'slumped'
])
