/**
 * The closed word classes of English that the claim engine reads a clause by: determiners, pronouns,
 * prepositions, conjunctions and subordinators, auxiliaries and modals, and the adverbs that stand between a
 * subject and its verb. The basis is the closed classes of the standard reference grammars (Quirk et al. 1985,
 * A Comprehensive Grammar of the English Language, ch. 2 and 5-9; Biber et al. 1999, Longman Grammar §2.4): a
 * closed class is a short list that does not grow, so it can be listed whole. Lower case.
 *
 * These words never head a noun phrase, so a reader walking back from a verb to its subject stops at them
 * (`Beijing imposed controls after [Reuters] reported …`), and they never start a name.
 *
 * @example
 * determiners.has('its') // → true
 */
export const determiners: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some',
  'any', 'each', 'every', 'no', 'several', 'many', 'most', 'all', 'both', 'either', 'neither', 'few', 'one',
  'another', 'other', 'such', 'what', 'which', 'whose'
])

/**
 * Prepositions, single words (Quirk et al. 1985 §9.7). `per` and `via` are here as prepositions; whether they
 * introduce a source is for `lexicon/saying.ts` to say.
 *
 * @example
 * prepositions.has('amid') // → true
 */
export const prepositions: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'after', 'before',
  'since', 'during', 'through', 'across', 'against', 'between', 'among', 'amid', 'about', 'around', 'near',
  'outside', 'inside', 'within', 'without', 'per', 'via', 'than', 'as', 'like', 'toward', 'towards', 'upon',
  'despite', 'beyond', 'below', 'above', 'behind', 'beside', 'besides', 'until', 'till', 'throughout', 'off',
  'out', 'up', 'down', 'along', 'alongside', 'underneath', 'unlike', 'versus', 'vs', 'including', 'excluding',
  'following', 'regarding', 'concerning', 'plus', 'minus'
])

/**
 * Coordinating conjunctions and subordinators: they start a clause, so they end the noun phrase before them.
 *
 * @example
 * clauseWords.has('because') // → true
 */
export const clauseWords: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'yet', 'so', 'nor', 'that', 'which', 'who', 'whom', 'where', 'when', 'while', 'whereas',
  'if', 'unless', 'because', 'although', 'though', 'whether', 'once', 'as', 'after', 'before', 'since', 'until',
  'lest', 'how', 'why', 'what', 'then', 'than'
])

/**
 * Personal pronouns in subject form and the other pronouns that can stand as a subject (Quirk et al. 1985
 * §6.2). `we` and `i` are the writer outside quotations; `they`, `it`, `he`, `she` refer back (see
 * `lexicon/descriptors.ts` for their reference).
 *
 * @example
 * subjectPronouns.has('they') // → true
 */
export const subjectPronouns: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'these', 'those'])

/**
 * The primary verbs `be`, `have` and `do` by tense, and the modal auxiliaries (Quirk et al. 1985 §3.21-3.30).
 * Contracted forms are written as the tokenizer leaves them (`isn't` → `isn` + `t`), so only full words are
 * here.
 *
 * @example
 * auxiliaries.pastBe.has('were') // → true
 */
export const auxiliaries = Object.freeze({
  presentBe: new Set(['am', 'is', 'are']) as ReadonlySet<string>,
  pastBe: new Set(['was', 'were']) as ReadonlySet<string>,
  /** Non-finite `be`: tense comes from the auxiliary before it (`has been`, `will be`). */
  otherBe: new Set(['be', 'been', 'being']) as ReadonlySet<string>,
  presentHave: new Set(['has', 'have']) as ReadonlySet<string>,
  pastHave: new Set(['had']) as ReadonlySet<string>,
  presentDo: new Set(['do', 'does']) as ReadonlySet<string>,
  pastDo: new Set(['did']) as ReadonlySet<string>,
  modals: new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought']) as ReadonlySet<string>
})

/**
 * Adverbs and adverbials that stand between a subject and its verb without ending the subject (`Lynas also
 * said`, `Iluka Resources last year forecast`): frequency, time, focus and negation (Quirk et al. 1985 §8.
 * 58-8.87, the "medial" position). Words in `-ly` are adverbs too and are not listed; time adverbials are
 * read with `timeNouns`.
 *
 * @example
 * medialAdverbs.has('repeatedly') // → true
 */
export const medialAdverbs: ReadonlySet<string> = new Set([
  'also', 'now', 'still', 'already', 'again', 'further', 'earlier', 'later', 'once', 'long', 'often', 'never',
  'not', 'always', 'since', 'then', 'today', 'yesterday', 'separately', 'meanwhile', 'too', 'even', 'only',
  'just', 'first', 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately', 'openly',
  'quietly', 'formally', 'officially', 'jointly', 'ever'
])

/**
 * Time words of a medial time adverbial: `last`/`this`/`next` before a time noun, or `on` before a weekday
 * (`Iluka Resources last year forecast …`, `Lynas on Monday said …`).
 *
 * @example
 * timeNouns.has('quarter') // → true
 */
export const timeNouns: ReadonlySet<string> = new Set([
  'year', 'week', 'month', 'quarter', 'half', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night'
])

/**
 * Words that mark a present-tense sentence as habitual (a standing state, not a scheduled one): `The monsoon
 * closes the mines June-September each year` is a fact, not a plan (Quirk et al. 1985 §4.5 habitual present).
 *
 * @example
 * habitualCues.includes('every year') // → true
 */
export const habitualCues: ReadonlyArray<string> = Object.freeze([
  'each year', 'every year', 'each month', 'every month', 'each week', 'every week', 'each day', 'every day',
  'each season', 'every season', 'annually', 'yearly', 'monthly', 'weekly', 'daily', 'usually', 'typically',
  'normally', 'routinely', 'traditionally', 'habitually', 'always', 'generally', 'often', 'regularly',
  'seasonally', 'each quarter', 'every quarter', 'per year', 'a year'
])

/**
 * Words in `-ly` that are not adverbs: nouns, verbs and adjectives of business news (`supply`, `rely`,
 * `quarterly`, `early`, `costly`, `monopoly`). A reader that takes a lower-case `-ly` word for an adverb between a
 * subject and its verb must not take these (`the quarterly report`, `supply chains`).
 *
 * @example
 * lyNonAdverbs.has('supply') // → true
 */
export const lyNonAdverbs: ReadonlySet<string> = new Set([
  'supply', 'apply', 'comply', 'rely', 'reply', 'imply', 'multiply', 'ally', 'rally', 'family', 'assembly', 'monopoly',
  'oligopoly', 'duopoly', 'anomaly', 'italy', 'july', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly',
  'hourly', 'costly', 'timely', 'friendly', 'likely', 'unlikely', 'only', 'elderly', 'holy', 'fly', 'belly', 'jelly',
  'bully', 'homely', 'lonely', 'lovely', 'orderly', 'disorderly', 'manly', 'deadly', 'lively', 'kindly', 'ugly',
  'silly', 'curly', 'burly', 'surly', 'smelly', 'woolly', 'chilly', 'hilly', 'wobbly', 'assembly'
])
