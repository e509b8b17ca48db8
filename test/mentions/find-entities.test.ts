import {describe, expect, it} from 'vitest'
import {findEntities, findEntityMentions, isTitleCase} from '../../src/mentions/find-entities.js'
import {gazetteer} from '../../src/lexicon/gazetteer/index.js'
import {tokenize} from '../../src/mentions/tokenize.js'

// Labelled sentences: every entity, as `type:name`, in order of first mention.
const labelled: ReadonlyArray<readonly [string, string[]]> = [
  ['Lynas Rare Earths shipped oxide from Mount Weld to Kuantan.', ['organization:Lynas Rare Earths', 'place:Mount Weld', 'place:Kuantan']],
  ['MP Materials restarted Mountain Pass in California.', ['organization:MP Materials', 'place:Mountain Pass', 'place:California']],
  ['Iluka is building a refinery at Eneabba in Western Australia.', ['organization:Iluka Resources', 'place:Eneabba', 'place:Western Australia']],
  ['Arafura Rare Earths signed an offtake for the Nolans project.', ['organization:Arafura Rare Earths', 'place:Nolans']],
  ['Energy Fuels processes monazite at the White Mesa Mill in Utah.', ['organization:Energy Fuels', 'material:monazite', 'place:White Mesa', 'place:Utah']],
  ['Neo Performance Materials opened a magnet plant in Estonia.', ['organization:Neo Performance Materials', 'place:Estonia']],
  ['Shenghe Resources and JL Mag expanded NdFeB output.', ['organization:Shenghe Resources', 'organization:JL Mag Rare-Earth', 'material:NdFeB']],
  ['Ningbo Yunsheng buys NdPr oxide from China Rare Earth Group.', ['organization:Ningbo Yunsheng', 'material:NdPr', 'organization:China Rare Earth Group']],
  ['MIIT and MOFCOM tightened export controls on gallium and germanium.', ['organization:Ministry of Industry and Information Technology', 'organization:Ministry of Commerce', 'material:gallium', 'material:germanium']],
  ['The DoD funded Vulcan Elements and Noveon Magnetics.', ['organization:U.S. Department of Defense', 'organization:Vulcan Elements', 'organization:Noveon Magnetics']],
  ['The USGS lists dysprosium and terbium as critical.', ['organization:U.S. Geological Survey', 'material:dysprosium', 'material:terbium']],
  ['Dysprosium oxide prices rose in Ganzhou, Jiangxi.', ['material:dysprosium oxide', 'place:Ganzhou', 'place:Jiangxi']],
  ['Baotou Steel Rare Earth is the old name of Northern Rare Earth.', ['organization:China Northern Rare Earth Group High-Tech Co., Ltd.']],
  ['Nothen China Rare Earth Group posted a bulletin.', ['organization:China Northern Rare Earth Group High-Tech Co., Ltd.']],
  ['Ore from Bayan Obo feeds Baogang Group in Inner Mongolia.', ['place:Bayan Obo', 'organization:Baogang Group', 'place:Inner Mongolia']],
  ['The Shanghai Stock Exchange and the ASX list rare earth miners.', ['organization:Shanghai Stock Exchange', 'organization:Australian Securities Exchange']],
  ['CREIA pledged support, as reported by Reuters.', ['organization:China Rare Earth Industry Association', 'organization:Reuters']],
  ['Solvay runs a separation line in La Rochelle, France.', ['organization:Solvay', 'place:La Rochelle', 'place:France']],
  ['USA Rare Earth plans a magnet plant in Stillwater, Oklahoma.', ['organization:USA Rare Earth', 'place:Stillwater', 'place:Oklahoma']],
  ['Antimony, tungsten and graphite are on the list.', ['material:antimony', 'material:tungsten', 'material:graphite']],
  ['The European Commission met Japanese buyers in Brussels.', ['organization:European Commission', 'place:Brussels']],
  // Unknown names, found by their form.
  ['Ganzhou Rare Metals Group signed with Acme Magnetics Ltd.', ['organization:Ganzhou Rare Metals Group', 'organization:Acme Magnetics Ltd.']],
  ['Association President Song Zhiping praised the company.', ['person:Song Zhiping']],
  ['The meeting was chaired by Liu Peixun, Chairman of the board.', ['person:Liu Peixun']],
  ['Jane Roe said the plant would open soon.', ['person:Jane Roe']],
  ['CEO Tom Harris outlined the plan.', ['person:Tom Harris']],
  ['Prices will rise, according to Li Wei, an analyst.', ['person:Li Wei']],
  ['Demand is strong, said Maria Lopez of the firm.', ['person:Maria Lopez']],
  ['The plant opened, according to Acme Metals Group.', ['organization:Acme Metals Group']],
  ['Prices fell, according to Shanghai Traders.', ['place:Shanghai']],
  ['The Ministry of Ecology and Environment issued new rules.', ['organization:Ministry of Ecology and Environment']],
  ['Researchers at the Jiangxi Rare Earth Research Institute published data.', ['organization:Jiangxi Rare Earth Research Institute']],
  ['Commerce Secretary Howard Lutnick visited Texas.', ['person:Howard Lutnick', 'place:Texas']],
  ['The Western Rare Earth Association (WREA) met; WREA members voted.', ['organization:Western Rare Earth Association']],
  ['Inner Mongolia Xinghuo Rare Earth Co., Ltd. said output rose.', ['organization:Inner Mongolia Xinghuo Rare Earth Co., Ltd.']],
  ['The Department of Energy’s Office of Critical Minerals funded it.', ['organization:U.S. Department of Energy', 'organization:Office of Critical Minerals']],
  // `Rare Earth Magnet` names a class of products, not an entity (SPEC §5, src/lexicon/generic-classes.ts).
  ['China Rare Earth Magnet Exports Surge as South America and the Pilbara grow.', ['place:China', 'place:South America', 'place:Pilbara']],
  ['Dr. Jane Smith of the Colorado School of Mines spoke.', ['person:Jane Smith', 'organization:Colorado School of Mines']],
  ['REEx Editor Daniel O’Kane noted that Washington must move faster.', ['organization:Rare Earth Exchanges', 'person:Daniel O’Kane', 'place:Washington']],
  // A country code written into a currency symbol is the currency, not the country.
  ['JOGMEC invested ¥20 billion (about US$134 million) in Lynas.', ['organization:Japan Organization for Metals and Energy Security', 'organization:Lynas Rare Earths']],
  ['The US paid US$5 million; the UK paid nothing.', ['place:United States', 'place:United Kingdom']],
  // Two companies joined by `and` stay two; a lower-case title before a name makes a person.
  ['Vietnam Rare Earth JSC and Star Phoenix Group signed an MOU in Hanoi.', ['organization:Vietnam Rare Earth JSC', 'organization:Star Phoenix Group', 'place:Hanoi']],
  ['Acme Metals Ltd and Borealis Holdings merged.', ['organization:Acme Metals Ltd', 'organization:Borealis Holdings']],
  ['Prices will stay high, says analyst Neha Mukherjee of the firm.', ['person:Neha Mukherjee']],
  ['The company’s chief executive Jane Roe resigned.', ['person:Jane Roe']],
  // `Co` split from `SmCo` is no company word.
  ['Talks focused on NdFeB and SmCo magnets.', ['material:NdFeB', 'material:SmCo']],
  ['The Kachin Independence Army fought near Pangwa.', ['organization:Kachin Independence Army', 'place:Pangwa']],
  ['Executives from Honda and Nissan met.', ['organization:Honda', 'organization:Nissan']]
]

describe('findEntities on labelled sentences', () => {
  for (const [sentence, expected] of labelled) {
    it(`reads ${JSON.stringify(sentence)}`, () => {
      const found = findEntities(sentence)
      expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(expected)
      for (const entity of found) for (const m of entity.mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text)
    })
  }
})

describe('findEntities', () => {
  it('merges every name of one company into one entity with aliases', () => {
    const text =
      'Northern Rare Earth and China Northern Rare EarthGroup High-Tech Co., Ltd. and Northern Rare Earth Group are one.'
    const [entity, ...rest] = findEntities(text)
    expect(rest).toEqual([])
    expect(entity?.mentions.map((m) => m.text)).toEqual([
      'Northern Rare Earth',
      'China Northern Rare EarthGroup High-Tech Co., Ltd.',
      'Northern Rare Earth Group'
    ])
    expect(entity?.aliases).toContain('Northern Rare Earth')
  })

  it('works on unrepaired lossy-Thai text', () => {
    const found = findEntities('Northern Rare Earthโs board met in Chinaโs north.')
    expect(found.map((e) => e.mentions[0]?.text)).toEqual(['Northern Rare Earth', 'China'])
  })

  it('matches short names only in their own case', () => {
    expect(findEntities('Tell us about the plan.')).toEqual([])
    expect(findEntities('The US and the EU agreed.').map((e) => e.name)).toEqual(['United States', 'European Union'])
  })

  it('does not read a sentence-opening common noun before `said` as a name', () => {
    expect(findEntities('Leadership said it would grow.')).toEqual([])
  })

  it('keeps a bracketed acronym as another name of the organization', () => {
    const mentions = findEntityMentions('Acme Metals Group (AMG) grew. AMG said so.')
    expect(mentions.map((m) => m.text)).toEqual(['Acme Metals Group', 'AMG', 'AMG'])
    expect(new Set(mentions.map((m) => m.key)).size).toBe(1)
  })

  it('returns nothing for empty text', () => {
    expect(findEntities('')).toEqual([])
  })
})

describe('gazetteer', () => {
  it('has unique keys', () => {
    const keys = gazetteer.map((entry) => entry.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('never gives one name to two entries', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const entry of gazetteer) {
      for (const name of [entry.name, ...entry.aliases]) {
        const folded = tokenize(name).map((t) => t.text).join(' ')
        const previous = owner.get(folded)
        if (previous && previous !== entry.key) clashes.push(`${name}: ${previous} / ${entry.key}`)
        owner.set(folded, entry.key)
      }
    }
    expect(clashes).toEqual([])
  })

  it('covers the 17 rare earth elements', () => {
    const elements = ['lanthanum', 'cerium', 'praseodymium', 'neodymium', 'promethium', 'samarium', 'europium', 'gadolinium',
      'terbium', 'dysprosium', 'holmium', 'erbium', 'thulium', 'ytterbium', 'lutetium', 'scandium', 'yttrium']
    const names = new Set(gazetteer.filter((e) => e.type === 'material').map((e) => e.name))
    expect(elements.filter((e) => !names.has(e))).toEqual([])
  })

  it('is frozen', () => {
    expect(Object.isFrozen(gazetteer)).toBe(true)
    expect(Object.isFrozen(gazetteer[0])).toBe(true)
  })
})

describe('linkShortNames', () => {
  it('gives a surname the person named in full in the same text', () => {
    const mentions = findEntityMentions('CEO Jane Roe spoke. Later, Roe said it would grow.')
    expect(mentions.map((m) => [m.text, m.name, m.type])).toEqual([
      ['Jane Roe', 'Jane Roe', 'person'],
      ['Roe', 'Jane Roe', 'person']
    ])
  })
})

describe('names in Title Case', () => {
  it('trusts only the gazetteer in a headline', () => {
    expect(findEntities('USA Rare Earth Secures Funding From Export Bank').map((e) => e.name)).toEqual(['USA Rare Earth'])
  })

  it('ends a name at a capitalized function word', () => {
    expect(findEntities('The loan came from the Export-Import Bank With Support.').map((e) => e.name)).toEqual(['Export-Import Bank'])
  })

  it('still reads a sentence dense with names', () => {
    expect(isTitleCase(tokenize('Ganzhou Rare Metals Group signed with Acme Ltd.'), 'Ganzhou Rare Metals Group signed with Acme Ltd.')).toBe(false)
    expect(isTitleCase(tokenize('Baogang Group Injects Billions Into Northern'), 'Baogang Group Injects Billions Into Northern')).toBe(true)
  })
})
