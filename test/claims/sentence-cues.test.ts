import {describe, expect, it} from 'vitest'
import {claimKind, isHedged} from '../../src/claims/sentence-cues.js'
import {findAttribution} from '../../src/claims/attribution.js'
import {checkworthiness} from '../../src/claims/checkworthiness.js'

const none = {attributed: false, hasQuantity: false, hasDayDate: false}

describe('claimKind on labelled sentences', () => {
  it.each([
    ['plan', 'The company aims to establish two rare earth bases in Baotou.', none],
    ['plan', 'Targets industry output exceeding 100 billion yuan by 2024.', {...none, hasQuantity: true}],
    ['plan', 'Lynas will build a heavy rare earth plant in Texas.', none],
    ['plan', 'Arafura plans to start production at Nolans.', none],
    ['plan', 'The ministry is set to publish new quotas.', none],
    ['quantitative', 'Baogang Group has invested ¥1 billion in Northern Rare Earth.', {...none, hasQuantity: true}],
    ['quantitative', 'NdPr oxide rose 12% in Shanghai.', {...none, hasQuantity: true}],
    ['event', 'Northern Rare Earth Group hosted a national delegation.', none],
    ['event', 'MP Materials signed a deal with the Pentagon.', none],
    ['event', 'China imposed export controls on seven elements.', none],
    ['event', 'Baogang and CREIA held a meeting on November 17.', {...none, hasDayDate: true}],
    ['event', 'China’s Northern Rare Earth holds strategic economic review meeting.', none],
    ['statement', 'Song Zhiping praised Northern Rare Earth for its leadership.', {...none, attributed: true}],
    ['statement', 'Output will rise, according to Reuters.', {...none, attributed: true}],
    ['assessment', 'Frankly, it is in financial markets that the USA has a significant edge, so it will be interesting to see.', none],
    ['assessment', 'For Washington, the takeaway is unmistakable: China is modernizing its monopoly.', none],
    ['assessment', 'Western policymakers should recognize that every ton of rare earths is a controlled asset.', none],
    ['assessment', 'Baotou remains the beating heart of China’s rare earth industry.', none],
    ['assessment', 'Of course, the shareholders of Northern Rare Earth are not typical holders.', none],
    ['assessment', 'Northern Rare Earth represents an extension of Beijing.', none],
    // A headline present under a modal or a condition tells no event (a past tense still does).
    ['assessment', 'Prices could rise sharply if China cuts quotas again.', none],
    ['assessment', 'If Beijing imposes new limits, Lynas gains.', none],
    ['event', 'If anything, China imposed tighter limits.', none],
    ['event', 'Northern Rare Earth holds its review meeting in May.', none]
  ] as const)('%s: %s', (kind, sentence, facts) => {
    expect(claimKind(sentence, facts)).toBe(kind)
  })
})

describe('isHedged', () => {
  it.each([
    ['It may appear routine to casual observers.', true],
    ['This could make it harder for Western firms.', true],
    ['The output reportedly doubled.', true],
    ['Prices are likely to rise.', true],
    ['Baogang invested ¥1 billion.', false],
    ['The meeting was held in May 2025.', false]
  ])('%s → %s', (sentence, hedged) => {
    expect(isHedged(sentence)).toBe(hedged)
  })
})

describe('findAttribution', () => {
  it('takes the person before a verb of saying', () => {
    const sentence = 'Association President Song Zhiping praised Northern Rare Earth.'
    expect(
      findAttribution(sentence, [
        {name: 'Song Zhiping', type: 'person', start: 22, end: 34},
        {name: 'Northern Rare Earth', type: 'organization', start: 43, end: 62}
      ])
    ).toEqual({source: 'Song Zhiping', cue: 'praised'})
  })

  it('takes the source after `as reported in`', () => {
    const sentence = 'Output should exceed 100 billion yuan, as reported in Yicai Global.'
    expect(findAttribution(sentence, [{name: 'Yicai Global', type: 'organization', start: 54, end: 66}])).toEqual({
      source: 'Yicai Global',
      cue: 'as reported in'
    })
  })

  it('takes a name across an appositive', () => {
    const sentence = 'Liu Peixun, Chairman of the group, said output rose.'
    expect(findAttribution(sentence, [{name: 'Liu Peixun', type: 'person', start: 0, end: 10}])?.source).toBe('Liu Peixun')
  })

  it('takes a link anchor after `according to`', () => {
    const sentence = 'Prices fell, according to a ministry notice.'
    expect(findAttribution(sentence, [{name: 'a ministry notice', type: 'link', start: 26, end: 43}])).toEqual({
      source: 'a ministry notice',
      cue: 'according to'
    })
  })

  it('takes the source after an inverted verb', () => {
    const sentence = 'The plant is on track, said Jane Roe.'
    expect(findAttribution(sentence, [{name: 'Jane Roe', type: 'person', start: 28, end: 36}])?.source).toBe('Jane Roe')
  })

  it('takes the source after a quotation and an inverted verb, past a title', () => {
    const sentence = '“We cannot wait,” said Senator Tom Cotton, who introduced the bill.'
    expect(findAttribution(sentence, [{name: 'Tom Cotton', type: 'person', start: 31, end: 41}])).toEqual({source: 'Tom Cotton', cue: 'said'})
    const question = '“Why now?” asked no one; “Is it final?” said CEO Jane Roe.'
    expect(findAttribution(question, [{name: 'Jane Roe', type: 'person', start: 49, end: 57}])?.source).toBe('Jane Roe')
    // Not across a verb's object: `said the company would …` is no inverted attribution to a later name.
    expect(findAttribution('It said Monday that Lynas would grow.', [{name: 'Lynas Rare Earths', type: 'organization', start: 20, end: 25}])).toBeNull()
  })

  it('steps over a ticker in brackets', () => {
    const sentence = 'MP Materials (NYSE: MP) announced a deal.'
    expect(
      findAttribution(sentence, [
        {name: 'MP Materials', type: 'organization', start: 0, end: 12},
        {name: 'New York Stock Exchange', type: 'organization', start: 14, end: 18}
      ])
    ).toEqual({source: 'MP Materials', cue: 'announced'})
  })

  it('reads `added` as saying only before what was said', () => {
    const names = [{name: 'Ministry of Commerce', type: 'organization', start: 0, end: 6}]
    expect(findAttribution('MOFCOM added seven elements to its list.', names)).toBeNull()
    expect(findAttribution('MOFCOM added that the list is final.', names)?.cue).toBe('added')
  })

  it('gives none for the writer or a pronoun', () => {
    expect(findAttribution('As we stated above, China leads.', [{name: 'China', type: 'place', start: 20, end: 25}])).toBeNull()
    expect(findAttribution('He said China leads.', [{name: 'China', type: 'place', start: 8, end: 13}])).toBeNull()
  })
})

describe('checkworthiness', () => {
  const base = {kind: 'event', quantityKinds: [], datePrecisions: [], namedEntities: 1, attributed: false, linked: false, hedged: false, evaluative: false, words: 12} as const

  it('scores a sourced figure above a bare judgment', () => {
    const figure = checkworthiness({...base, kind: 'quantitative', quantityKinds: ['money'], attributed: true, linked: true})
    const judgment = checkworthiness({...base, kind: 'assessment', evaluative: true})
    expect(figure).toBeGreaterThan(judgment)
    expect(figure).toBe(0.8)
  })

  it('lowers hedged claims', () => {
    expect(checkworthiness({...base, hedged: true})).toBeLessThan(checkworthiness(base))
  })

  it('stays within 0..1', () => {
    expect(checkworthiness({...base, kind: 'assessment', namedEntities: 0, hedged: true, evaluative: true, words: 3})).toBe(0)
    const max = checkworthiness({...base, kind: 'quantitative', quantityKinds: ['money', 'price'], datePrecisions: ['day'], namedEntities: 3, attributed: true, linked: true})
    expect(max).toBeLessThanOrEqual(1)
  })
})

describe('claimKind, the noun `will`', () => {
  it('does not read `at will` or `political will` as a plan', () => {
    expect(claimKind('China can fine-tune supply at will.', none)).toBe('assessment')
    expect(claimKind('Washington lacks the political will to act.', none)).toBe('assessment')
    expect(claimKind('China will fine-tune supply.', none)).toBe('plan')
  })
})

describe('claimKind, plans and headlines', () => {
  it.each([
    ['plan', 'MP Materials plans 10,000 tonnes of magnets a year by 2028.', {...none, hasQuantity: true}],
    ['plan', 'The company expects 1,500 tpa of heavy rare earths.', {...none, hasQuantity: true}],
    ['statement', 'Output should be doubled by 2027, the ministry said.', {...none, attributed: true}],
    ['plan', 'Baotou output hits 5,000 tonnes by 2027 in the ministry roadmap.', {...none, hasQuantity: true}],
    ['event', 'Lynas Doubles Heavy Rare Earth Output as Pentagon Deal Nears', none],
    ['event', 'NdPr Prices Hit Two-Year High in Shanghai', none],
    ['event', 'Northern Rare Earth Group hosted a delegation to highlight its expansion plans.', none]
  ] as const)('%s: %s', (kind, sentence, facts) => {
    expect(claimKind(sentence, facts)).toBe(kind)
  })
})
