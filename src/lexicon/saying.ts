/**
 * Verbs of saying and reporting: the words news English uses to relay what another party said, wrote, found
 * or forecast (`X says`, `X warned`, `X points out`). A claim is attributed when one of these has a source.
 *
 * What belongs: verbs whose subject is a speaker or a document and whose complement is what was said (a `that`
 * clause, a quotation, a reported question or command). The senses follow the standard grouping of reporting
 * verbs in the linguistics of news and academic reporting (Thompson & Ye 1991; Caldas-Coulthard 1994; Hyland
 * 2002 "discourse acts"), reduced to the distinctions a reader of a claim needs:
 *
 * - `say`: neutral saying and structuring (`say`, `tell`, `note`, `add`, `explain`, `emphasize`, `point out`)
 * - `argue`: asserting a position another could dispute (`argue`, `claim`, `contend`, `frame`, `call`, `allege`)
 * - `report`: relaying findings or information (`report`, `find`, `show`, `reveal`, `disclose`, `cite`, `confirm`)
 * - `announce`: making something public or committing to it (`announce`, `declare`, `pledge`, `vow`, `promise`)
 * - `estimate`: a figure or outcome forecast or valued (`estimate`, `forecast`, `predict`, `project`, `expect`,
 *   `assess`: price reporters assess a price)
 * - `warn`: a risk pointed out (`warn`, `caution`, `alert`, `flag`, `threaten`)
 * - `agree`: assent or praise (`agree`, `acknowledge`, `admit`, `concede`, `welcome`, `praise`)
 * - `deny`: dissent or criticism (`deny`, `reject`, `dispute`, `counter`, `criticize`, `dismiss`)
 * - `ask`: questions, requests and calls to act (`ask`, `urge`, `call for`, `recommend`, `demand`)
 *
 * Left out on purpose: most verbs of mental state (`feel`, `hope`, `fear`, `doubt`, `know`). They report what
 * someone holds, not something someone said (Hyland's "cognition acts"), and with `we` they are the writer's own
 * judgment (`lexicon/judgment.ts`). The exceptions are the ones business news uses for a party's stated position:
 * `expect` (published guidance or a forecast, as `estimate`), and `believe` and `think` (`Iluka believes the
 * refinery can open in 2027` is Iluka's view, which an analyst attributes to Iluka; as `argue`). With `we` or `I`
 * outside a quotation they stay the writer's (an assessment). Verbs of doing that
 * only sometimes carry a message (`unveil`, `publish`, `release`, `issue`, `propose`, `support`, `hold`) are
 * events, not sayings.
 *
 * Every row lists every inflected form (base, third person `-s`, past, past participle when it differs,
 * `-ing`), and British spellings in the same row (`emphasise`, `labelled`, `signalling`). Phrasal verbs keep
 * their particle (`points out`, `called for`).
 *
 * @example
 * sayingVerbs.find((verb) => verb.lemma === 'say')
 * // → {lemma: 'say', forms: ['say', 'says', 'said', 'saying'], sense: 'say'}
 */
export const sayingVerbs: ReadonlyArray<SayingVerb> = freezeRows([
  // say: neutral saying and structuring
  {lemma: 'say', sense: 'say', forms: ['say', 'says', 'said', 'saying']},
  {lemma: 'tell', sense: 'say', forms: ['tell', 'tells', 'told', 'telling']},
  {lemma: 'state', sense: 'say', forms: ['state', 'states', 'stated', 'stating']},
  {lemma: 'add', sense: 'say', forms: ['add', 'adds', 'added', 'adding']},
  {lemma: 'note', sense: 'say', forms: ['note', 'notes', 'noted', 'noting']},
  {lemma: 'explain', sense: 'say', forms: ['explain', 'explains', 'explained', 'explaining']},
  {lemma: 'write', sense: 'say', forms: ['write', 'writes', 'wrote', 'written', 'writing']},
  {lemma: 'speak', sense: 'say', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking']},
  {lemma: 'comment', sense: 'say', forms: ['comment', 'comments', 'commented', 'commenting']},
  {lemma: 'remark', sense: 'say', forms: ['remark', 'remarks', 'remarked', 'remarking']},
  {lemma: 'observe', sense: 'say', forms: ['observe', 'observes', 'observed', 'observing']},
  {lemma: 'mention', sense: 'say', forms: ['mention', 'mentions', 'mentioned', 'mentioning']},
  {lemma: 'point out', sense: 'say', forms: ['point out', 'points out', 'pointed out', 'pointing out']},
  {lemma: 'describe', sense: 'say', forms: ['describe', 'describes', 'described', 'describing']},
  {lemma: 'reiterate', sense: 'say', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating']},
  {lemma: 'emphasize', sense: 'say', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising']},
  {lemma: 'stress', sense: 'say', forms: ['stress', 'stresses', 'stressed', 'stressing']},
  {lemma: 'highlight', sense: 'say', forms: ['highlight', 'highlights', 'highlighted', 'highlighting']},
  {lemma: 'underscore', sense: 'say', forms: ['underscore', 'underscores', 'underscored', 'underscoring']},
  {lemma: 'underline', sense: 'say', forms: ['underline', 'underlines', 'underlined', 'underlining']},
  {lemma: 'summarize', sense: 'say', forms: ['summarize', 'summarizes', 'summarized', 'summarizing', 'summarise', 'summarises', 'summarised', 'summarising']},
  {lemma: 'respond', sense: 'say', forms: ['respond', 'responds', 'responded', 'responding']},
  {lemma: 'reply', sense: 'say', forms: ['reply', 'replies', 'replied', 'replying']},
  {lemma: 'answer', sense: 'say', forms: ['answer', 'answers', 'answered', 'answering']},
  {lemma: 'testify', sense: 'say', forms: ['testify', 'testifies', 'testified', 'testifying']},
  {lemma: 'brief', sense: 'say', forms: ['brief', 'briefs', 'briefed', 'briefing']},
  {lemma: 'inform', sense: 'say', forms: ['inform', 'informs', 'informed', 'informing']},
  {lemma: 'indicate', sense: 'say', forms: ['indicate', 'indicates', 'indicated', 'indicating']},
  {lemma: 'affirm', sense: 'say', forms: ['affirm', 'affirms', 'affirmed', 'affirming']},
  {lemma: 'reaffirm', sense: 'say', forms: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming']},
  {lemma: 'assure', sense: 'say', forms: ['assure', 'assures', 'assured', 'assuring']},
  // argue: a position another could dispute
  {lemma: 'argue', sense: 'argue', forms: ['argue', 'argues', 'argued', 'arguing']},
  {lemma: 'claim', sense: 'argue', forms: ['claim', 'claims', 'claimed', 'claiming']},
  {lemma: 'contend', sense: 'argue', forms: ['contend', 'contends', 'contended', 'contending']},
  {lemma: 'maintain', sense: 'argue', forms: ['maintain', 'maintains', 'maintained', 'maintaining']},
  {lemma: 'assert', sense: 'argue', forms: ['assert', 'asserts', 'asserted', 'asserting']},
  {lemma: 'insist', sense: 'argue', forms: ['insist', 'insists', 'insisted', 'insisting']},
  {lemma: 'believe', sense: 'argue', forms: ['believe', 'believes', 'believed', 'believing']},
  {lemma: 'think', sense: 'argue', forms: ['think', 'thinks', 'thought', 'thinking']},
  {lemma: 'suggest', sense: 'argue', forms: ['suggest', 'suggests', 'suggested', 'suggesting']},
  {lemma: 'posit', sense: 'argue', forms: ['posit', 'posits', 'posited', 'positing']},
  {lemma: 'conclude', sense: 'argue', forms: ['conclude', 'concludes', 'concluded', 'concluding']},
  {lemma: 'allege', sense: 'argue', forms: ['allege', 'alleges', 'alleged', 'alleging']},
  {lemma: 'accuse', sense: 'argue', forms: ['accuse', 'accuses', 'accused', 'accusing']},
  {lemma: 'blame', sense: 'argue', forms: ['blame', 'blames', 'blamed', 'blaming']},
  {lemma: 'characterize', sense: 'argue', forms: ['characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterises', 'characterised', 'characterising']},
  {lemma: 'frame', sense: 'argue', forms: ['frame', 'frames', 'framed', 'framing']},
  {lemma: 'call', sense: 'argue', forms: ['call', 'calls', 'called', 'calling']},
  {lemma: 'label', sense: 'argue', forms: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling']},
  {lemma: 'dub', sense: 'argue', forms: ['dub', 'dubs', 'dubbed', 'dubbing']},
  {lemma: 'term', sense: 'argue', forms: ['term', 'terms', 'termed', 'terming']},
  {lemma: 'tout', sense: 'argue', forms: ['tout', 'touts', 'touted', 'touting']},
  {lemma: 'opine', sense: 'argue', forms: ['opine', 'opines', 'opined', 'opining']},
  // report: findings and information relayed
  {lemma: 'report', sense: 'report', forms: ['report', 'reports', 'reported', 'reporting']},
  {lemma: 'find', sense: 'report', forms: ['find', 'finds', 'found', 'finding']},
  {lemma: 'show', sense: 'report', forms: ['show', 'shows', 'showed', 'shown', 'showing']},
  {lemma: 'reveal', sense: 'report', forms: ['reveal', 'reveals', 'revealed', 'revealing']},
  {lemma: 'disclose', sense: 'report', forms: ['disclose', 'discloses', 'disclosed', 'disclosing']},
  {lemma: 'confirm', sense: 'report', forms: ['confirm', 'confirms', 'confirmed', 'confirming']},
  {lemma: 'cite', sense: 'report', forms: ['cite', 'cites', 'cited', 'citing']},
  {lemma: 'quote', sense: 'report', forms: ['quote', 'quotes', 'quoted', 'quoting']},
  {lemma: 'detail', sense: 'report', forms: ['detail', 'details', 'detailed', 'detailing']},
  {lemma: 'outline', sense: 'report', forms: ['outline', 'outlines', 'outlined', 'outlining']},
  {lemma: 'document', sense: 'report', forms: ['document', 'documents', 'documented', 'documenting']},
  // announce: made public, or a commitment
  {lemma: 'announce', sense: 'announce', forms: ['announce', 'announces', 'announced', 'announcing']},
  {lemma: 'declare', sense: 'announce', forms: ['declare', 'declares', 'declared', 'declaring']},
  {lemma: 'proclaim', sense: 'announce', forms: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming']},
  {lemma: 'notify', sense: 'announce', forms: ['notify', 'notifies', 'notified', 'notifying']},
  {lemma: 'signal', sense: 'announce', forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling']},
  {lemma: 'pledge', sense: 'announce', forms: ['pledge', 'pledges', 'pledged', 'pledging']},
  {lemma: 'vow', sense: 'announce', forms: ['vow', 'vows', 'vowed', 'vowing']},
  {lemma: 'promise', sense: 'announce', forms: ['promise', 'promises', 'promised', 'promising']},
  // estimate: a figure or an outcome forecast
  {lemma: 'estimate', sense: 'estimate', forms: ['estimate', 'estimates', 'estimated', 'estimating']},
  {lemma: 'forecast', sense: 'estimate', forms: ['forecast', 'forecasts', 'forecasted', 'forecasting']},
  {lemma: 'predict', sense: 'estimate', forms: ['predict', 'predicts', 'predicted', 'predicting']},
  {lemma: 'project', sense: 'estimate', forms: ['project', 'projects', 'projected', 'projecting']},
  {lemma: 'expect', sense: 'estimate', forms: ['expect', 'expects', 'expected', 'expecting']},
  {lemma: 'anticipate', sense: 'estimate', forms: ['anticipate', 'anticipates', 'anticipated', 'anticipating']},
  {lemma: 'calculate', sense: 'estimate', forms: ['calculate', 'calculates', 'calculated', 'calculating']},
  {lemma: 'assess', sense: 'estimate', forms: ['assess', 'assesses', 'assessed', 'assessing']},
  {lemma: 'reckon', sense: 'estimate', forms: ['reckon', 'reckons', 'reckoned', 'reckoning']},
  {lemma: 'foresee', sense: 'estimate', forms: ['foresee', 'foresees', 'foresaw', 'foreseen', 'foreseeing']},
  // warn: a risk pointed out
  {lemma: 'warn', sense: 'warn', forms: ['warn', 'warns', 'warned', 'warning']},
  {lemma: 'caution', sense: 'warn', forms: ['caution', 'cautions', 'cautioned', 'cautioning']},
  {lemma: 'alert', sense: 'warn', forms: ['alert', 'alerts', 'alerted', 'alerting']},
  {lemma: 'flag', sense: 'warn', forms: ['flag', 'flags', 'flagged', 'flagging']},
  {lemma: 'threaten', sense: 'warn', forms: ['threaten', 'threatens', 'threatened', 'threatening']},
  // agree: assent and praise
  {lemma: 'agree', sense: 'agree', forms: ['agree', 'agrees', 'agreed', 'agreeing']},
  {lemma: 'concur', sense: 'agree', forms: ['concur', 'concurs', 'concurred', 'concurring']},
  {lemma: 'acknowledge', sense: 'agree', forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']},
  {lemma: 'admit', sense: 'agree', forms: ['admit', 'admits', 'admitted', 'admitting']},
  {lemma: 'concede', sense: 'agree', forms: ['concede', 'concedes', 'conceded', 'conceding']},
  {lemma: 'welcome', sense: 'agree', forms: ['welcome', 'welcomes', 'welcomed', 'welcoming']},
  {lemma: 'praise', sense: 'agree', forms: ['praise', 'praises', 'praised', 'praising']},
  {lemma: 'hail', sense: 'agree', forms: ['hail', 'hails', 'hailed', 'hailing']},
  {lemma: 'endorse', sense: 'agree', forms: ['endorse', 'endorses', 'endorsed', 'endorsing']},
  {lemma: 'commend', sense: 'agree', forms: ['commend', 'commends', 'commended', 'commending']},
  // deny: dissent and criticism
  {lemma: 'deny', sense: 'deny', forms: ['deny', 'denies', 'denied', 'denying']},
  {lemma: 'reject', sense: 'deny', forms: ['reject', 'rejects', 'rejected', 'rejecting']},
  {lemma: 'dispute', sense: 'deny', forms: ['dispute', 'disputes', 'disputed', 'disputing']},
  {lemma: 'refute', sense: 'deny', forms: ['refute', 'refutes', 'refuted', 'refuting']},
  {lemma: 'rebut', sense: 'deny', forms: ['rebut', 'rebuts', 'rebutted', 'rebutting']},
  {lemma: 'counter', sense: 'deny', forms: ['counter', 'counters', 'countered', 'countering']},
  {lemma: 'contradict', sense: 'deny', forms: ['contradict', 'contradicts', 'contradicted', 'contradicting']},
  {lemma: 'dismiss', sense: 'deny', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing']},
  {lemma: 'retort', sense: 'deny', forms: ['retort', 'retorts', 'retorted', 'retorting']},
  {lemma: 'object', sense: 'deny', forms: ['object', 'objects', 'objected', 'objecting']},
  {lemma: 'protest', sense: 'deny', forms: ['protest', 'protests', 'protested', 'protesting']},
  {lemma: 'criticize', sense: 'deny', forms: ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising']},
  {lemma: 'condemn', sense: 'deny', forms: ['condemn', 'condemns', 'condemned', 'condemning']},
  {lemma: 'slam', sense: 'deny', forms: ['slam', 'slams', 'slammed', 'slamming']},
  // ask: questions, requests and calls to act
  {lemma: 'ask', sense: 'ask', forms: ['ask', 'asks', 'asked', 'asking']},
  {lemma: 'question', sense: 'ask', forms: ['question', 'questions', 'questioned', 'questioning']},
  {lemma: 'inquire', sense: 'ask', forms: ['inquire', 'inquires', 'inquired', 'inquiring', 'enquire', 'enquires', 'enquired', 'enquiring']},
  {lemma: 'urge', sense: 'ask', forms: ['urge', 'urges', 'urged', 'urging']},
  {lemma: 'call for', sense: 'ask', forms: ['call for', 'calls for', 'called for', 'calling for']},
  {lemma: 'call on', sense: 'ask', forms: ['call on', 'calls on', 'called on', 'calling on']},
  {lemma: 'demand', sense: 'ask', forms: ['demand', 'demands', 'demanded', 'demanding']},
  {lemma: 'request', sense: 'ask', forms: ['request', 'requests', 'requested', 'requesting']},
  {lemma: 'recommend', sense: 'ask', forms: ['recommend', 'recommends', 'recommended', 'recommending']},
  {lemma: 'advise', sense: 'ask', forms: ['advise', 'advises', 'advised', 'advising']}
])

/**
 * Every form of every verb of saying, for a quick membership test. Multiword forms (`points out`, `called
 * for`) are in it as written, with one space.
 *
 * @example
 * sayingForms.has('emphasised') // → true
 * sayingForms.has('fears') // → false (a mental state, not a saying)
 */
export const sayingForms: ReadonlySet<string> = new Set(sayingVerbs.flatMap((verb) => verb.forms))

/**
 * The finite forms of the verbs of saying that need no auxiliary: third person `-s` and past (`says`, `said`,
 * `argues`, `warned`, `points out`), not the base (`say`, which needs a plural subject or `to`) nor `-ing`.
 *
 * @example
 * finiteSayingForms.has('argues') // → true
 * finiteSayingForms.has('argue') // → false
 */
export const finiteSayingForms: ReadonlySet<string> = new Set(
  sayingVerbs.flatMap((verb) => {
    const words = new Set(verb.forms.map((form) => form.split(' ')[0] ?? form))
    // A base form is the one whose `-s` form is in the row too (`say`/`says`, `enquire`/`enquires`).
    return verb.forms.filter((form) => {
      const word = form.split(' ')[0] ?? form
      return !word.endsWith('ing') && !words.has(`${word}s`) && !words.has(`${word}es`) && !words.has(`${word.slice(0, -1)}ies`)
    })
  })
)

/**
 * Forms of verbs of saying that are just as often a noun or an adjective in this field's news: `reports`,
 * `estimates`, `projects`, `demand` and `states` are usually nouns, `expected`, `detailed` and `promising`
 * adjectives. A form in this set says something only where a verb can stand (after its subject, before `that`
 * or a quotation), not where a noun or adjective can.
 *
 * @example
 * sayingHomographs.has('projects') // → true ('its projects in Texas')
 */
export const sayingHomographs: ReadonlySet<string> = new Set([
  'state', 'states', 'note', 'notes', 'noted', 'comment', 'comments', 'remark', 'remarks', 'brief', 'briefs', 'briefing',
  'answer', 'answers', 'highlight', 'highlights', 'stress', 'point out', 'claim', 'claims', 'frame', 'frames', 'call',
  'calls', 'label', 'labels', 'term', 'terms', 'report', 'reports', 'reporting', 'finding', 'show', 'shows', 'quote',
  'quotes', 'detail', 'details', 'detailed', 'outline', 'outlines', 'document', 'documents', 'signal', 'signals',
  'pledge', 'pledges', 'promise', 'promises', 'promising', 'estimate', 'estimates', 'estimated', 'forecast',
  'forecasts', 'project', 'projects', 'projected', 'expected', 'warning', 'caution', 'alert', 'alerts', 'flag',
  'flags', 'welcome', 'praise', 'dispute', 'disputes', 'counter', 'object', 'objects', 'protest', 'protests',
  'question', 'questions', 'demand', 'demands', 'demanding', 'request', 'requests', 'alleged', 'said', 'thought',
  'thinking'
])

/**
 * Verbs of saying with a common second sense of doing, whose object is a thing, not what was said (`Lynas found a
 * buyer`, `Iluka maintains a stockpile`, `output showed strength`, `the miner added a shift`, `Shenghe agreed to
 * buy a stake`). They relay a saying
 * only before a `that` clause, a quotation or a colon, or with a document as their subject (`the study found
 * prices fell`). Lemmas, as in `sayingVerbs`.
 *
 * @example
 * actionSenseLemmas.has('maintain') // → true
 */
export const actionSenseLemmas: ReadonlySet<string> = new Set([
  'add', 'find', 'show', 'maintain', 'observe', 'document', 'answer', 'brief', 'inform', 'question', 'counter',
  'object', 'protest', 'flag', 'alert', 'project', 'indicate', 'agree'
])

/**
 * Verbs of saying whose subject is as often a thing, a document or an event as a party (`The merger signals …`,
 * `The data show …`, `The deal underlines …`): with one of them, a common noun subject speaks only when a lexicon
 * lists it as a party, never by its form alone (`isAgentNoun`).
 *
 * @example
 * evidenceLemmas.has('signal') // → true
 */
export const evidenceLemmas: ReadonlySet<string> = new Set([
  'highlight', 'underline', 'indicate', 'suggest', 'show', 'signal', 'emphasize', 'reflect', 'point', 'mark',
  'illustrate', 'demonstrate', 'reveal', 'confirm', 'imply', 'hint'
])

/**
 * Multiword cues that put the source AFTER them: `according to Reuters`, `as reported by the Global Times`,
 * `in the words of one trader`. The source is the noun phrase that follows the cue.
 *
 * `per` is a cue only when a party follows it: a name or a determiner with a reporting noun (`per Reuters`,
 * `per the filing`, `per company data`). It is never a cue after a figure or currency or before a unit or a
 * Latin fixed phrase (`$900 per tonne`, `per cent`, `per capita`, `per annum`, `per share`, `as per the
 * contract`). `as per` is left out: it names the terms something follows, not who said it.
 *
 * Left out on purpose: `in an interview with X` and `speaking to X` (X is the audience, the speaker is the
 * subject), `citing X` (X is the source of the source: `Bloomberg reported, citing people familiar`), and
 * `via` (see `notSourceCues`).
 *
 * @example
 * sourceBeforeCues.includes('according to') // → true
 */
export const sourceBeforeCues: ReadonlyArray<string> = Object.freeze([
  'according to',
  'as reported by',
  'as reported in',
  'reported by',
  'as first reported by',
  'as first reported in',
  'first reported by',
  'first reported in',
  'reported in',
  'as cited by',
  'as cited in',
  'cited by',
  'as quoted by',
  'as quoted in',
  'quoted by',
  'quoted in',
  'as stated by',
  'as stated in',
  'as noted by',
  'as noted in',
  'as described by',
  'as described in',
  'as outlined by',
  'as outlined in',
  'as estimated by',
  'as forecast by',
  'as told to',
  'in the words of',
  'per'
])

/**
 * Words that look like source cues and are not. `via` names a channel or a credit (`via Reuters` under a
 * photo, `a story via a local news site`, `shipped via Rotterdam`): the party that said something is not
 * the one after `via`, and a place or material after it is never a source.
 *
 * @example
 * notSourceCues.includes('via') // → true
 */
export const notSourceCues: ReadonlyArray<string> = Object.freeze(['via'])

/**
 * The sense of a verb of saying (see `sayingVerbs`).
 *
 * @example
 * const sense: SayingSense = 'warn'
 */
export type SayingSense = 'say' | 'argue' | 'report' | 'announce' | 'estimate' | 'warn' | 'agree' | 'deny' | 'ask'

/**
 * One verb of saying: its lemma, every inflected form, and its sense.
 *
 * @example
 * const verb: SayingVerb = {lemma: 'warn', forms: ['warn', 'warns', 'warned', 'warning'], sense: 'warn'}
 */
export interface SayingVerb {
  readonly lemma: string
  readonly forms: ReadonlyArray<string>
  readonly sense: SayingSense
}

function freezeRows(rows: ReadonlyArray<SayingVerb>): ReadonlyArray<SayingVerb> {
  return Object.freeze(rows.map((row) => Object.freeze({...row, forms: Object.freeze([...row.forms])})))
}
