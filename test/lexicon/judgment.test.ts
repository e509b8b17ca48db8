import {describe, expect, it} from 'vitest'
import {hedgeTexts} from '../../src/lexicon/hedges.js'
import {
  boosters,
  evaluativeAdjectives,
  evaluativePhrases,
  interpretiveVerbs,
  normativeCues,
  publisherNames,
  selfMentions,
  stanceAdverbs
} from '../../src/lexicon/judgment.js'
import {gazetteer} from '../../src/lexicon/gazetteer/index.js'
import {malformed} from './well-formed.js'

const lists = {stanceAdverbs, normativeCues, evaluativeAdjectives, evaluativePhrases, boosters, selfMentions}
const interpretive = {interpretiveVerbs}

describe('judgment lists', () => {
  for (const [name, list] of Object.entries(lists)) {
    it(`${name}: well formed, graded, grouped, frozen, with both grades or a reason for one`, () => {
      expect(malformed(list.map((cue) => cue.text))).toEqual([])
      expect(list.filter((cue) => (cue.grade !== 'strong' && cue.grade !== 'weak') || cue.group.length === 0)).toEqual([])
      expect(list.some((cue) => cue.grade === 'strong')).toBe(true)
      expect(list.some((cue) => cue.grade === 'weak')).toBe(true)
      expect(Object.isFrozen(list)).toBe(true)
      expect(Object.isFrozen(list[0])).toBe(true)
    })
  }

  it('interpretiveVerbs: well formed, weak (a reason for one grade: they colour, never decide), frozen', () => {
    expect(malformed(interpretiveVerbs.map((cue) => cue.text))).toEqual([])
    expect(interpretiveVerbs.every((cue) => cue.grade === 'weak' && cue.group === 'interpretation')).toBe(true)
    expect(Object.isFrozen(interpretiveVerbs)).toBe(true)
  })

  it('never gives one cue to two lists, nor to a list and the hedges', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const [name, list] of Object.entries({...lists, ...interpretive})) {
      for (const cue of list) {
        const previous = owner.get(cue.text)
        if (previous) clashes.push(`${cue.text}: ${previous} / ${name}`)
        owner.set(cue.text, name)
        if (hedgeTexts.has(cue.text)) clashes.push(`${cue.text}: ${name} / hedges`)
      }
    }
    expect(clashes).toEqual([])
  })

  it('holds at least 40 idioms of judgment', () => {
    expect(evaluativePhrases.length).toBeGreaterThanOrEqual(40)
    for (const idiom of ['misses the mark', 'wake-up call', 'game changer', 'house of cards', 'double-edged sword', 'writing on the wall', 'tip of the iceberg']) {
      expect(evaluativePhrases.map((cue) => cue.text)).toContain(idiom)
    }
  })

  it('grades the examples of SPEC §5 strong and the colour words weak', () => {
    const grade = (text: string): string | undefined =>
      Object.values(lists).flatMap((list) => list as ReadonlyArray<{text: string; grade: string}>).find((cue) => cue.text === text)?.grade
    for (const text of ['frankly', 'unmistakable', 'should', 'misses the mark', 'in our view', 'we believe']) expect(grade(text)).toBe('strong')
    for (const text of ['significant', 'notable', 'key', 'indeed', 'in fact', 'we']) expect(grade(text)).toBe('weak')
  })
})

describe('publisherNames', () => {
  it('names the publisher, lower case, once each', () => {
    expect(publisherNames).toEqual(['rare earth exchanges', 'reex', 'rareearthexchanges.com'])
    expect(malformed(publisherNames)).toEqual([])
  })

  it('agrees with the publisher entry of the gazetteer', () => {
    const entry = gazetteer.find((row) => row.key === 'organization:rare earth exchanges')
    expect(entry).toBeDefined()
    expect(publisherNames).toContain(entry?.name.toLowerCase())
    expect(publisherNames).toContain('reex')
    expect(entry?.aliases.map((alias) => alias.toLowerCase())).toContain('reex')
  })
})
