import {describe, expect, it} from 'vitest'
import {claimOf, readParagraphs} from '../helpers/stages.js'

// One rule of docs/claims.md "Attribution" per test: the source of the sentence (the last paragraph), the cue,
// and whether the source is an entity of the Article.
function source(paragraphs: ReadonlyArray<string>, options: {highlight?: boolean} = {}) {
  const claim = claimOf(paragraphs, options)
  const attribution = claim?.attribution
  return attribution ? {source: attribution.source, cue: attribution.cue, entity: attribution.entity !== null} : null
}

describe('attribution: verbs of saying in every tense and form', () => {
  it.each([
    ['Fastmarkets says spot prices in Rotterdam have eased.', 'Fastmarkets', 'says'],
    ['Fastmarkets said spot prices in Rotterdam had eased.', 'Fastmarkets', 'said'],
    ['Fastmarkets has warned that Rotterdam stocks are thin.', 'Fastmarkets', 'warned'],
    ['Fastmarkets had forecast a deficit in Rotterdam.', 'Fastmarkets', 'forecast'],
    ['Fastmarkets cautions that Rotterdam stocks are thin.', 'Fastmarkets', 'cautions'],
    ['Fastmarkets points out that Rotterdam stocks are thin.', 'Fastmarkets', 'points out'],
    ['Fastmarkets assessed terbium at $1,000/kg in Rotterdam.', 'Fastmarkets', 'assessed']
  ])('%s', (sentence, name, cue) => {
    expect(source([sentence])).toEqual({source: name, cue, entity: true})
  })

  it('takes a base form after a plural subject, not after a singular one', () => {
    expect(source(['Traders at Glencore report that cobalt stocks in Rotterdam are thin.'])).toEqual({source: 'Glencore', cue: 'report', entity: true})
    expect(source(['Its Utah project report lists reserves in Utah.'])).toBeNull()
  })

  it('reads a headline verb in Title Case', () => {
    expect(source(['Iluka Confirms Eneabba Refinery Start Date'], {highlight: true})).toEqual({source: 'Iluka Resources', cue: 'Confirms', entity: true})
  })

  it('takes the agent of a passive, and no source from an agentless one', () => {
    expect(source(['The halt was confirmed by the Ministry of Commerce in a notice.'])).toMatchObject({source: 'Ministry of Commerce', cue: 'confirmed by'})
    expect(source(['Output at Mount Weld is expected to rise in 2026.'])).toBeNull()
  })

  it('reads a verb with a sense of doing as saying only before what was said, or after a document', () => {
    expect(claimOf(['Iluka Resources found a buyer in Japan for its monazite.'])?.attribution).toBeNull()
    expect(claimOf(['Iluka Resources maintains a stockpile at Eneabba.'])).toMatchObject({kind: 'fact', attribution: null})
    expect(source(['Iluka Resources maintains that Eneabba is on schedule.'])).toMatchObject({source: 'Iluka Resources', cue: 'maintains'})
    expect(source(['A CSIS study found Japan holds six months of dysprosium.'])).toMatchObject({source: 'Center for Strategic and International Studies', cue: 'found'})
  })

  it('reads `added` as saying only before what was said', () => {
    expect(source(['Lynas added that Kalgoorlie was running at capacity.'])).toMatchObject({source: 'Lynas Rare Earths', cue: 'added'})
    expect(source(['MOFCOM added seven elements to its control list in April.'])).toBeNull()
  })
})

describe('attribution: cues with the source after them', () => {
  it.each([
    ['Cobalt stocks in Rotterdam are thin, according to Fastmarkets.', 'Fastmarkets', 'according to'],
    ['As reported by Reuters, Lynas will expand Kalgoorlie.', 'Reuters', 'As reported by'],
    ['Lynas will expand Kalgoorlie, as reported in the Financial Times.', 'Financial Times', 'as reported in'],
    ['Per Reuters, Lynas will expand Kalgoorlie.', 'Reuters', 'Per'],
    ['The figures cited by the USGS show a rise in US imports.', 'U.S. Geological Survey', 'cited by']
  ])('%s', (sentence, name, cue) => {
    expect(source([sentence])).toMatchObject({source: name, cue, entity: true})
  })

  it('reads a passive `reported in/by X`, and a title written with its capital `The`', () => {
    expect(source(['The deal was first reported in The Economist last week.'])).toMatchObject({source: 'The Economist', cue: 'first reported in', entity: true})
    expect(source(['The outage was reported by Reuters on Monday.'])).toMatchObject({source: 'Reuters', cue: 'reported by'})
    expect(claimOf(['Losses reported in 2024 were smaller than feared at Lynas.'])?.attribution).toBeNull()
  })

  it('never reads `per` after a figure or before a unit', () => {
    expect(source(['NdPr traded at $60 per kilogram in Shanghai.'])).toBeNull()
  })

  it('takes the author of a reporting noun that is the subject: `An assessment by X`, `a study from X`', () => {
    expect(source(['An analysis by Wood Mackenzie puts the 2030 gap at 8,000 tonnes.'])).toMatchObject({source: 'Wood Mackenzie', cue: 'An analysis by'})
    expect(claimOf(['Lynas shares fell after a report by Reuters on its Texas plans.'])?.attribution).toBeNull()
  })

  it('takes the owner of a document: `a Reuters report`, `data from Asian Metal`', () => {
    expect(source(['A Bloomberg analysis shows Chinese magnet exports fell in March.'])).toMatchObject({source: 'Bloomberg', cue: 'shows'})
    expect(source(['Lithium prices fell 4% last week, according to data from Fastmarkets.'])).toMatchObject({source: 'Fastmarkets', cue: 'according to'})
  })
})

describe('attribution: the source is any noun phrase', () => {
  it.each([
    ['According to customs statistics, exports to Japan rose in October.', 'customs statistics'],
    ['Local media reported that Ganzhou had suspended two smelters.', 'Local media'],
    ['According to three people briefed on the talks, Lynas will sign in December.', 'three people briefed on the talks'],
    ['A Shanghai-based broker told Reuters that NdPr offers had dried up.', 'Shanghai-based broker'],
    ['Officials in Jiangxi said the inspections would continue into 2026.', 'Officials in Jiangxi']
  ])('%s', (sentence, name) => {
    expect(source([sentence])).toMatchObject({source: name, entity: false})
  })

  it('names the organization behind `analysts at X`, `a spokeswoman for X`, `X analysts`', () => {
    expect(source(['Analysts at Macquarie expect NdPr to average $75/kg in 2026.'])).toMatchObject({source: 'Macquarie Group', entity: true})
    expect(source(['A spokeswoman for Toyota said supplies in Japan were adequate.'])).toMatchObject({source: 'Toyota', entity: true})
    expect(source(['UBS analysts estimate that Lynas will lift output in 2026.'])).toMatchObject({source: 'UBS', entity: true})
  })
})

describe('attribution: asides, shared subjects, inversion, quotations', () => {
  it('skips an apposition, a relative clause, a dashed aside and a bracket between source and verb', () => {
    expect(source(['Iluka Resources, the Perth-based miner, said Eneabba was on schedule.'])).toMatchObject({source: 'Iluka Resources'})
    expect(source(['Iluka Resources, which owns Eneabba, said the refinery was on schedule.'])).toMatchObject({source: 'Iluka Resources'})
    expect(source(['Baotou—the capital of the light rare earth trade—reported a fall in output in October.'])).toMatchObject({source: 'Baotou'})
    expect(source(['MP Materials (NYSE: MP) said Fort Worth had begun shipping.'])).toMatchObject({source: 'MP Materials'})
  })

  it('shares the subject between coordinated verbs', () => {
    expect(source(['Arafura Rare Earths delayed its Nolans decision in June but says funding is close.'])).toMatchObject({source: 'Arafura Rare Earths', cue: 'says'})
  })

  it('takes the source after an inverted verb, past a role', () => {
    expect(source(['“Supply is tight,” said Hana Kobayashi, a trader at Sojitz.'])).toMatchObject({source: 'Hana Kobayashi', cue: 'said', entity: true})
  })

  it('skips verbs inside a quotation: the speaker is the one outside it', () => {
    expect(source(['“We expect to ship in 2026,” Iluka Resources said in a filing.'])).toMatchObject({source: 'Iluka Resources', cue: 'said'})
  })

  it('takes the subject of a clause ending in a colon before a quotation', () => {
    expect(source(['Iluka Resources was direct: “Eneabba will open in 2027.”'])).toMatchObject({source: 'Iluka Resources', cue: 'was direct'})
  })

  it('names the person beside a role (`the company’s spokesman, Tom Reid, said`)', () => {
    expect(source(['Iluka Resources expanded Eneabba.', 'The company’s spokesman, Tom Reid, said the work was done.'])).toMatchObject({source: 'Tom Reid', entity: true})
  })
})

describe('attribution: pronouns, descriptors and surnames', () => {
  it('resolves a pronoun to the subject of the previous paragraph', () => {
    expect(source(['Wood Mackenzie published its cobalt outlook in Perth.', 'It says demand from Chinese refiners will slow.'])).toMatchObject({source: 'Wood Mackenzie', entity: true})
    expect(source(['Priya Natarajan, an analyst at CRU, spoke in Singapore.', 'She said cobalt demand would recover in 2026.'])).toMatchObject({source: 'Priya Natarajan'})
  })

  it('resolves a descriptor to the nearest party of its type', () => {
    expect(source(['Shenghe Resources opened an office in Chengdu.', 'The company said the office would serve Sichuan buyers.'])).toMatchObject({source: 'Shenghe Resources'})
    expect(source(['Ganzhou sits at the heart of the ionic clay trade in Jiangxi.', 'The city says its quota will not change.'])).toMatchObject({source: 'Ganzhou'})
  })

  it('resolves `the report` to the author of the document named before', () => {
    expect(source(['Benchmark Mineral Intelligence issued a report on graphite in Shanghai.', 'The report says Chinese anode output will double.'])).toMatchObject({source: 'Benchmark Mineral Intelligence'})
  })

  it('keeps an unresolved descriptor as written', () => {
    expect(source(['The regulator said quotas in Jiangxi were unchanged.'])).toEqual({source: 'regulator', cue: 'said', entity: false})
  })

  it('makes a sentence whose only party is a resolved source a claim', () => {
    const result = readParagraphs(['China’s Ministry of Commerce issued new licence rules.', '“The rules are fair,” the ministry said.'])
    expect(result.claims.at(-1)).toMatchObject({kind: 'statement', attribution: {source: 'Ministry of Commerce'}})
  })

  it('links a surname to the full name given earlier', () => {
    expect(source(['Dmitri Orlov, chief executive of Ural Magnetics, visited Perth.', 'Orlov said Ural would buy Australian oxide.'])).toMatchObject({source: 'Dmitri Orlov', entity: true})
  })
})

describe('attribution: what is never a source', () => {
  it('does not read `via` as a cue', () => {
    expect(claimOf(['The concentrate reached Rotterdam via Singapore in March.'])?.attribution).toBeNull()
  })

  it('never makes a material a source, and a place only as the subject of a verb of saying', () => {
    expect(claimOf(['Dysprosium shows why Japan stockpiles.'])?.attribution).toBeNull()
    expect(claimOf(['Output rose, according to Inner Mongolia.'])?.attribution).toBeNull()
    expect(source(['Beijing said the rules apply to all buyers.'])).toMatchObject({source: 'Beijing', entity: true})
  })

  it('reads the publisher speaking of itself as the writer: an assessment, no source', () => {
    const claim = claimOf(['Rare Earth Exchanges finds that Lynas is undervalued against MP Materials.'])
    expect(claim).toMatchObject({kind: 'assessment', attribution: null})
    expect(claimOf(['We estimate that Lynas will double output by 2027.'])).toMatchObject({kind: 'assessment', attribution: null})
  })

  it('does not read a capitalized word inside a name as a verb (`the United States rose`)', () => {
    expect(claimOf(['Imports into the United States rose 9% in September.'])?.attribution).toBeNull()
  })
})
