import {describe, expect, it} from 'vitest'
import {groupNouns, spokesNouns} from '../../src/lexicon/descriptors.js'
import {exchangeCodes} from '../../src/lexicon/exchanges.js'
import {futureCues} from '../../src/lexicon/future.js'
import {auxiliaries, clauseWords, determiners, habitualCues, medialAdverbs, prepositions, subjectPronouns, timeNouns} from '../../src/lexicon/grammar.js'
import {organizationWords} from '../../src/lexicon/organization-words.js'
import {finiteSayingForms, sayingForms} from '../../src/lexicon/saying.js'
import {
  changeVerbs,
  edAdjectives,
  headlineVerbs,
  irregularVerbs,
  participleOnlyForms,
  pastOnlyForms,
  pastOrParticipleForms,
  unchangedPastForms
} from '../../src/lexicon/tense.js'
import {malformed} from './well-formed.js'

describe('grammar: closed classes', () => {
  it('lists each class well formed', () => {
    for (const list of [determiners, prepositions, clauseWords, subjectPronouns, medialAdverbs, timeNouns, ...Object.values(auxiliaries)]) {
      expect(malformed(list)).toEqual([])
    }
    expect(malformed(habitualCues)).toEqual([])
  })

  it('keeps tense apart in the auxiliaries', () => {
    expect([...auxiliaries.presentBe].some((form) => auxiliaries.pastBe.has(form))).toBe(false)
    expect(auxiliaries.modals.has('will')).toBe(true)
  })
})

describe('tense', () => {
  it('gives every irregular verb three lower-case forms, each verb once', () => {
    expect(irregularVerbs.length).toBeGreaterThanOrEqual(120)
    expect(malformed(irregularVerbs.map(([base]) => base))).toEqual([])
    expect(irregularVerbs.filter((row) => row.length !== 3 || row.some((form) => form !== form.toLowerCase()))).toEqual([])
  })

  it('never counts a participle or a base form as a past-only form', () => {
    const bases = new Set(irregularVerbs.map(([base]) => base))
    expect([...pastOnlyForms].filter((form) => participleOnlyForms.has(form) || pastOrParticipleForms.has(form) || bases.has(form))).toEqual([])
    for (const form of ['rose', 'fell', 'took', 'began', 'withdrew']) expect(pastOnlyForms.has(form)).toBe(true)
    for (const form of ['made', 'held', 'sold']) expect(pastOrParticipleForms.has(form)).toBe(true)
    for (const form of ['cut', 'shut', 'hit']) expect(unchangedPastForms.has(form)).toBe(true)
  })

  it('lists adjectives in -ed, headline verbs and verbs of change well formed', () => {
    expect(malformed(edAdjectives)).toEqual([])
    expect(malformed(headlineVerbs)).toEqual([])
    expect(malformed(changeVerbs)).toEqual([])
    expect([...edAdjectives].filter((word) => !word.endsWith('ed'))).toEqual([])
  })
})

describe('future', () => {
  it('groups every cue, well formed, and leaves the verbs of saying to the attribution', () => {
    expect(malformed(futureCues.map((cue) => cue.text))).toEqual([])
    expect(futureCues.filter((cue) => !['modal', 'schedule', 'intention'].includes(cue.group))).toEqual([])
    expect(futureCues.filter((cue) => sayingForms.has(cue.text)).map((cue) => cue.text)).toEqual([])
  })
})

describe('speakers, organizations, exchanges', () => {
  it('lists group nouns and spokes nouns well formed, spokes nouns among the groups', () => {
    expect(malformed(groupNouns)).toEqual([])
    expect(malformed(spokesNouns)).toEqual([])
    expect([...spokesNouns].filter((noun) => !noun.includes(' ') && !groupNouns.has(noun))).toEqual([])
  })

  it('lists the words that name organizations well formed', () => {
    expect(malformed(organizationWords)).toEqual([])
    for (const word of ['ltd', 'ministry', 'group', 'minerals', 'capital', 'research']) expect(organizationWords.has(word)).toBe(true)
  })

  it('lists exchange codes as written, without a common word', () => {
    expect([...exchangeCodes].filter((code) => code.trim() !== code || code === '')).toEqual([])
    for (const code of ['ASX', 'SSE', 'SZSE', 'HKEX', 'NYSE', 'TSX']) expect(exchangeCodes.has(code)).toBe(true)
    expect(exchangeCodes.has('Capacity')).toBe(false)
  })

  it('reads the finite forms of the verbs of saying: -s and past, never the base or -ing', () => {
    for (const form of ['says', 'said', 'argues', 'warned', 'points out', 'told', 'wrote']) expect(finiteSayingForms.has(form)).toBe(true)
    for (const form of ['say', 'argue', 'saying', 'enquire', 'reply']) expect(finiteSayingForms.has(form)).toBe(false)
  })
})
