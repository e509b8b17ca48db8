import type {Attribution} from '../schema/claim.js'
import type {EntityType} from '../schema/mentions.js'

/**
 * A party a sentence names: an organization, person or place entity of the Article (or a `other` name found
 * before a verb of saying), with the name the Article gives it.
 *
 * @example
 * const party: Party = {id: 'e1', name: 'Lynas Rare Earths', type: 'organization'}
 */
export interface Party {
  readonly id: string
  readonly name: string
  readonly type: EntityType
}

/** What one earlier sentence leaves for the sentences after it. */
interface Remembered {
  /** Its parties in order of first mention: the subject first in most news sentences. */
  readonly parties: ReadonlyArray<Party>
  /** The author of a document it names (`Lynas published its quarterly report`), if any. */
  readonly author: Party | null
}

/**
 * What a pronoun or a descriptor may refer to: the parties of the sentence before the word, then of the earlier
 * sentences of its paragraph (nearest first), then of the paragraph before (SPEC §5: the same or the previous
 * paragraph). Within one sentence the first-named party comes first: news puts the subject first, and a
 * subject is the likeliest antecedent (centering: Grosz, Joshi & Weinstein 1995).
 *
 * @example
 * const memory = createDiscourse()
 * memory.enterUnit('body')
 * memory.remember([{id: 'e1', name: 'Ganzhou', type: 'place'}], null)
 * memory.enterUnit('body')
 * memory.find([], (party) => party.type === 'place')?.name // → 'Ganzhou'
 */
export interface Discourse {
  /** Start a new text unit (`from` its region: a highlight's antecedents are in the highlights, not the body). */
  enterUnit(from: string): void
  /** Record a finished sentence of the current unit. */
  remember(parties: ReadonlyArray<Party>, author: Party | null): void
  /** The nearest party that `accepts` takes, looking first at `before` (the current sentence's parties before the word). */
  find(before: ReadonlyArray<Party>, accepts: (party: Party) => boolean): Party | undefined
  /**
   * The one party of the whole article so far that `accepts` takes, when there is exactly one (`the company` in
   * an article about one company, its name paragraphs back); `undefined` when none or several are.
   */
  findOnly(accepts: (party: Party) => boolean): Party | undefined
  /** A party remembered anywhere in the article so far, by id. */
  known(id: string): Party | undefined
  /**
   * The author of the nearest document named in the current or the previous paragraph; else, when `anywhere`,
   * the only author the article has named a document of (an article about one report calls it `the report`
   * paragraphs later).
   */
  findAuthor(anywhere?: boolean): Party | undefined
  /** Is any party of the current or the previous paragraph remembered? */
  remembers(): boolean
  /** Record the source of a sentence that quotes its speaker's words. */
  rememberSpeaker(attribution: Attribution): void
  /** The speaker last quoted in the current or the previous paragraph, if any. */
  speaker(): Attribution | undefined
}

/**
 * A fresh discourse memory for one Article: it keeps only the current and the previous unit, so it costs the
 * same whatever the article's length.
 *
 * @returns the memory
 * @example
 * createDiscourse().find([], () => true) // → undefined
 */
export function createDiscourse(): Discourse {
  let current: Remembered[] = []
  let previous: Remembered[] = []
  // Whether the current and the previous unit remember any party: `remembers` runs for every sentence.
  let currentNamed = false
  let previousNamed = false
  let region: string | undefined
  // The last quoted speaker and how many units ago it was quoted (0: this unit).
  let lastSpeaker: Attribution | undefined
  let speakerAge = 0
  // At most this many earlier sentences are searched: a long paragraph of names stays linear.
  const reach = 12
  // Every distinct party of the article so far, up to a bound past which `findOnly` gives up (an article naming
  // that many parties has no one party `the company` must mean, and the search stays linear).
  const seen = new Map<string, Party>()
  const seenLimit = 64
  let overflow = false
  // The distinct authors of documents named so far (more than one: `findAuthor` only looks near).
  let onlyAuthor: Party | undefined
  let authors = 0
  /** The `step`-th earlier sentence, nearest first (plain indexing: this runs for every pronoun and descriptor). */
  const earlier = (step: number): Remembered | undefined =>
    step < current.length ? current[current.length - 1 - step] : previous[previous.length - 1 - (step - current.length)]
  return {
    enterUnit(from) {
      previous = from === region ? current : []
      previousNamed = from === region && currentNamed
      current = []
      currentNamed = false
      speakerAge = from === region ? speakerAge + 1 : 2
      region = from
    },
    remember(parties, author) {
      current.push({parties, author})
      if (author !== null && author.id !== onlyAuthor?.id) {
        authors += 1
        onlyAuthor = author
      }
      if (parties.length > 0) currentNamed = true
      for (const party of parties) {
        if (overflow || seen.has(party.id)) continue
        if (seen.size >= seenLimit) overflow = true
        else seen.set(party.id, party)
      }
    },
    known(id) {
      return seen.get(id)
    },
    findOnly(accepts) {
      if (overflow) return undefined
      let only: Party | undefined
      for (const party of seen.values()) {
        if (!accepts(party)) continue
        if (only !== undefined) return undefined
        only = party
      }
      return only
    },
    find(before, accepts) {
      for (const party of before) if (accepts(party)) return party
      for (let step = 0; step < reach; step++) {
        const sentence = earlier(step)
        if (sentence === undefined) break
        for (const party of sentence.parties) if (accepts(party)) return party
      }
      return undefined
    },
    findAuthor(anywhere = false) {
      for (let step = 0; step < reach; step++) {
        const sentence = earlier(step)
        if (sentence === undefined) break
        if (sentence.author) return sentence.author
      }
      return anywhere && authors === 1 ? onlyAuthor : undefined
    },
    remembers() {
      return currentNamed || previousNamed
    },
    rememberSpeaker(attribution) {
      lastSpeaker = attribution
      speakerAge = 0
    },
    speaker() {
      return speakerAge <= 1 ? lastSpeaker : undefined
    }
  }
}
