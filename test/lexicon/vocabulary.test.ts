import {describe, expect, it} from 'vitest'
import {descriptors, pronouns} from '../../src/lexicon/descriptors.js'
import {hedges, hedgeTexts} from '../../src/lexicon/hedges.js'
import {reportingNounPatterns, reportingNouns} from '../../src/lexicon/reporting-nouns.js'
import {honorifics, personTitles, titleModifiers} from '../../src/lexicon/titles.js'
import {malformed} from './well-formed.js'

describe('reportingNouns', () => {
  it('is well formed and holds the genres news cites', () => {
    expect(malformed(reportingNouns)).toEqual([])
    const genres = [
      'report', 'study', 'assessment', 'analysis', 'survey', 'estimate', 'forecast', 'note', 'statement', 'filing',
      'release', 'bulletin', 'column', 'editorial', 'op-ed', 'commentary', 'interview', 'briefing', 'memo',
      'presentation', 'review', 'paper', 'white paper', 'data', 'figures', 'outlook', 'guidance', 'disclosure',
      'announcement', 'notice', 'circular'
    ]
    expect(genres.filter((noun) => !reportingNouns.has(noun))).toEqual([])
  })

  it('documents each pattern with both slots and an example', () => {
    for (const row of reportingNounPatterns) {
      expect(row.shape).toContain('<noun>')
      expect(row.shape).toContain('<source>')
      expect(row.example.length).toBeGreaterThan(0)
    }
    expect(Object.isFrozen(reportingNounPatterns)).toBe(true)
  })
})

describe('titles', () => {
  it('has at least 60 person titles, single and multiword, well formed', () => {
    expect(personTitles.length).toBeGreaterThanOrEqual(60)
    expect(malformed(personTitles)).toEqual([])
    expect(personTitles.some((title) => title.includes(' '))).toBe(true)
    const required = [
      'chairman', 'chairwoman', 'chair', 'president', 'vice president', 'chief executive', 'chief executive officer',
      'ceo', 'cfo', 'coo', 'founder', 'managing director', 'general manager', 'director', 'minister', 'secretary',
      'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'governor', 'mayor', 'premier', 'ambassador',
      'commissioner', 'analyst', 'economist', 'strategist', 'researcher', 'professor', 'fellow', 'editor',
      'columnist', 'correspondent', 'journalist', 'geologist', 'consultant', 'adviser', 'advisor', 'head', 'partner',
      'lawmaker', 'official', 'executive', 'chief'
    ]
    expect(required.filter((title) => !personTitles.includes(title))).toEqual([])
  })

  it('writes honorifics without their period, apart from the titles', () => {
    expect(malformed(honorifics)).toEqual([])
    expect(honorifics.filter((word) => word.includes('.'))).toEqual([])
    expect(honorifics.filter((word) => personTitles.includes(word))).toEqual([])
    for (const word of ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt']) expect(honorifics).toContain(word)
  })

  it('lists the modifiers a title may carry, `co-` with its hyphen', () => {
    expect(malformed(titleModifiers)).toEqual([])
    for (const word of ['deputy', 'vice', 'senior', 'acting', 'former', 'incoming', 'outgoing', 'assistant', 'co-']) expect(titleModifiers).toContain(word)
  })
})

describe('descriptors and pronouns', () => {
  it('gives each descriptor noun once, with at least one known type', () => {
    expect(malformed(descriptors.map((row) => row.noun))).toEqual([])
    const types = new Set(['organization', 'person', 'place', 'document'])
    expect(descriptors.filter((row) => row.refersTo.length === 0 || row.refersTo.some((type) => !types.has(type)))).toEqual([])
  })

  it('refers the usual descriptors to the usual types', () => {
    const refersTo = (noun: string): ReadonlyArray<string> | undefined => descriptors.find((row) => row.noun === noun)?.refersTo
    expect(refersTo('company')).toEqual(['organization'])
    expect(refersTo('regulator')).toEqual(['organization'])
    expect(refersTo('city')).toEqual(['place'])
    expect(refersTo('report')).toEqual(['document'])
    expect(refersTo('analyst')).toEqual(['person'])
    expect(refersTo('paper')).toEqual(['organization', 'document'])
  })

  it('gives each pronoun its number and reference', () => {
    expect(malformed(pronouns.map((row) => row.form))).toEqual([])
    const of = (form: string) => pronouns.find((row) => row.form === form)
    expect(of('they')).toEqual({form: 'they', number: 'plural', reference: 'any'})
    expect(of('its')).toEqual({form: 'its', number: 'singular', reference: 'nonperson'})
    expect(of('his')).toEqual({form: 'his', number: 'singular', reference: 'person'})
    expect(of('hers')).toEqual({form: 'hers', number: 'singular', reference: 'person'})
    expect(of('we')).toBeUndefined()
  })

  it('is frozen', () => {
    expect(Object.isFrozen(descriptors)).toBe(true)
    expect(Object.isFrozen(descriptors[0]?.refersTo)).toBe(true)
    expect(Object.isFrozen(pronouns[0])).toBe(true)
  })
})

describe('hedges', () => {
  it('is well formed, every hedge in one group', () => {
    expect(malformed(hedges.map((hedge) => hedge.text))).toEqual([])
    expect(hedgeTexts.size).toBe(hedges.length)
  })

  it('holds the modals, evidentials, hearsay and approximators, in both spellings', () => {
    const required = [
      'may', 'might', 'could', 'would', 'appears', 'seems', 'suggests', 'likely', 'unlikely', 'possibly',
      'potentially', 'perhaps', 'reportedly', 'allegedly', 'apparently', 'roughly', 'about', 'approximately',
      'estimated', 'believed to', 'expected to', 'rumoured', 'rumored'
    ]
    expect(required.filter((text) => !hedgeTexts.has(text))).toEqual([])
  })
})
