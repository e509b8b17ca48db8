import type {GazetteerEntry} from '../lexicon/gazetteer/types.js'
import {tokenize} from './tokenize.js'

/** A known organization's alias as a sorted bag of folded words. */
interface Bag {
  readonly entry: GazetteerEntry
  readonly words: ReadonlyArray<string>
}

/** Known organization names of at least this many words are matched as bags (shorter ones are too loose). */
const minBagWords = 3
/** A misspelt word must be at least this long and within this many edits of the known word. */
const minTypoLength = 5
const maxTypoEdits = 2

/**
 * Index the organization names and aliases of the gazetteer as bags of words, by word count, once: a name
 * written in another word order or with one misspelt word (`Northen China Rare Earth Group` for `China Northern
 * Rare Earth Group`) is then still recognised as the known organization.
 *
 * @param entries the gazetteer
 * @returns the bags, by number of words
 * @example
 * buildBags(gazetteer).get(5)?.length // → how many five-word organization names there are
 */
export function buildBags(entries: ReadonlyArray<GazetteerEntry>): ReadonlyMap<number, ReadonlyArray<Bag>> {
  const bags = new Map<number, Bag[]>()
  for (const entry of entries) {
    if (entry.type !== 'organization') continue
    for (const name of [entry.name, ...entry.aliases]) {
      const words = tokenize(name).map((token) => token.lower)
      if (words.length < minBagWords) continue
      const list = bags.get(words.length) ?? []
      list.push({entry, words: [...words].sort()})
      bags.set(words.length, list)
    }
  }
  return bags
}

/**
 * The known organization whose name has the same words as `words` in any order, all but at most one exactly and
 * that one misspelt (same first letter, at most two edits, five letters or more), else `undefined`.
 *
 * @param bags the index of `buildBags`
 * @param words the folded words of a name
 * @example
 * matchBag(bags, ['northen', 'china', 'rare', 'earth', 'group'])?.name // → 'China Northern Rare Earth Group High-Tech Co., Ltd.'
 */
export function matchBag(bags: ReadonlyMap<number, ReadonlyArray<Bag>>, words: ReadonlyArray<string>): GazetteerEntry | undefined {
  const candidates = bags.get(words.length)
  if (!candidates) return undefined
  const sorted = [...words].sort()
  for (const bag of candidates) if (fits(sorted, bag.words)) return bag.entry
  return undefined
}

/** Both lists sorted: equal but for at most one pair of close words. */
function fits(words: ReadonlyArray<string>, known: ReadonlyArray<string>): boolean {
  const leftWords = words.filter((word) => !known.includes(word))
  if (leftWords.length > 1) return false
  if (leftWords.length === 0) return words.every((word, index) => word === known[index])
  const leftKnown = known.filter((word) => !words.includes(word))
  if (leftKnown.length !== 1) return false
  const typo = leftWords[0] as string
  const word = leftKnown[0] as string
  return typo.length >= minTypoLength && typo.charAt(0) === word.charAt(0) && withinEdits(typo, word, maxTypoEdits)
}

/** Whether the edit (Levenshtein) distance of two short words is at most `limit`. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return false
    previous = current
  }
  return (previous[b.length] as number) <= limit
}
