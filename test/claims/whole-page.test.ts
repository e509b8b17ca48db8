import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {claimOf} from '../helpers/stages.js'

// The rules docs/claims.md adds for whole pages ("Attribution on whole pages"): each with made-up sentences in
// several forms, and the case the rule must leave alone.
function source(paragraphs: ReadonlyArray<string>, sentence?: string) {
  const claim = claimOf(paragraphs, sentence === undefined ? {} : {sentence})
  if (claim === undefined) return undefined
  const attribution = claim.attribution
  return attribution ? {source: attribution.source, entity: attribution.entity !== null} : null
}

describe('people named by what they do', () => {
  it.each([
    ['Importers say customs in Antwerp now hold terbium cargoes for weeks.', 'Importers'],
    ['Several refiners said the licence in Malaysia had been renewed.', 'Several refiners'],
    ['A coalition of mining towns said the Ontario rules were unfair.', 'coalition of mining towns'],
    ['Economists outside Japan report slower magnet orders from Osaka.', 'Economists outside Japan']
  ])('%s', (sentence, name) => {
    expect(source([sentence])).toEqual({source: name, entity: false})
  })

  it('never makes a thing or an event speak by its form', () => {
    expect(source(['The merger signals tighter control in Inner Mongolia.'])).toBeNull()
    expect(source(['The buffer highlights how exposed Vietnam is to Chinese feed.'])).toBeNull()
  })

  it('keeps names and people joined by and or listed with commas as one source', () => {
    expect(source(['Buyers in Osaka and Busan say dysprosium offers have dried up.'])).toEqual({source: 'Buyers in Osaka and Busan', entity: false})
    expect(source(['Farmers and herders near Bayan Obo said the tailings dam leaks.'])).toEqual({source: 'Farmers and herders near Bayan Obo', entity: false})
    expect(source(['Shipbuilders, drone makers and defence companies warned that Japan faces shortages.'])).toEqual({
      source: 'Shipbuilders, drone makers and defence companies',
      entity: false
    })
  })

  it('keeps an initialism and a hyphenated noun inside the phrase', () => {
    expect(source(['A trader at a U.K. metals start-up said the Rotterdam price was stale.'])).toEqual({source: 'trader at a U.K. metals start-up', entity: false})
  })
})

describe('a relayed saying with nothing else to check', () => {
  it('is a claim when its source is a name, not when it is a common noun', () => {
    expect(source(['Voltmark said the plant would use a new sorting line.'])).toEqual({source: 'Voltmark', entity: false})
    expect(claimOf(['Miners say the mood is grim.'])).toBeUndefined()
  })
})

describe('the speaker of a quotation that runs on', () => {
  it('gives a quoted sentence with no verb of saying the source of the quotation before it', () => {
    const paragraphs = ['“Korea cannot mine its way out,” said Mina Sorensen, an economist at Halden Bank.', '“Japan has to recycle.”']
    expect(source(paragraphs)).toEqual({source: 'Mina Sorensen', entity: true})
  })

  it('does not carry a speaker past the next paragraph, nor to an unquoted sentence', () => {
    const paragraphs = ['“Korea cannot mine its way out,” said Mina Sorensen, an economist at Halden Bank.', 'Japan has a recycling plant.']
    expect(source(paragraphs)).toBeNull()
    const later = ['“Korea cannot mine its way out,” said Mina Sorensen, an economist at Halden Bank.', 'Japan has a recycling plant.', 'China has several.', '“Japan has to recycle.”']
    expect(source(later)).toBeNull()
  })

  it('takes the speaker after the verb, not the start of what was said', () => {
    expect(source(['A broker in Baotou, who sells carbonate to Sichuan plants, said his clients “cannot wait.”'])).toEqual({source: 'broker in Baotou', entity: false})
  })
})

describe('documents and their issuers', () => {
  it('reads `X issued a statement … calling on` as X relaying, and a bare publication as no relay', () => {
    expect(source(['The Baotou Magnet Association (BMA) issued a statement on Friday urging members to hold prices.'])).toMatchObject({entity: true})
    expect(source(['Arafura Rare Earths published its annual report on Tuesday.'])).toBeNull()
  })

  it('finds the author of `a report published on Monday by X`', () => {
    expect(source(['Supply is tight, according to a study released last week by the Halden Institute for Materials.'])).toEqual({
      source: 'Halden Institute for Materials',
      entity: true
    })
  })

  it('skips a ticker in brackets after the subject', () => {
    expect(source(['Arafura Rare Earths (ASX: ARU), the Darwin-based developer, reported a loss of A$12 million.'])).toEqual({source: 'Arafura Rare Earths', entity: true})
  })

  it('drops where the words were said from an inverted speaker', () => {
    expect(source(['“We will not cut,” said the association’s chairman in an interview with Japan’s NHK.'])).toEqual({source: 'association’s chairman', entity: false})
  })
})

describe('descriptors and pronouns on whole pages', () => {
  it('refers `the ministry` only to a ministry, never to a company named before', () => {
    expect(source(['Arafura Rare Earths shipped its first oxide in May.', 'The ministry said the export licence would be reviewed in June.'])).toEqual({source: 'ministry', entity: false})
  })

  it('refers `the company` to the only company an article names, paragraphs back', () => {
    const paragraphs = ['Arafura Rare Earths plans a refinery in Darwin.', 'Prices rose in June.', 'Demand in Japan was strong.', 'The company said it had signed a term sheet.']
    expect(source(paragraphs)).toEqual({source: 'Arafura Rare Earths', entity: true})
  })

  it('leaves `the company` as written when the article names two', () => {
    const paragraphs = ['Arafura Rare Earths and Iluka Resources plan refineries.', 'Prices rose in June.', 'Demand in Japan was strong.', 'The company said it had signed a term sheet in May.']
    expect(source(paragraphs)).toEqual({source: 'company', entity: false})
  })

  it('makes a sentence whose subject is a descriptor of a party named before a claim about it', () => {
    const claim = claimOf(['Arafura Rare Earths plans a refinery in Darwin.', 'The company has not published a timetable.'])
    expect(claim?.entities.length).toBe(1)
  })

  it('prefers an organization to a place for `it` as the subject of a verb of saying', () => {
    expect(source(['Arafura Rare Earths wants to build a refinery in Tanzania.', 'It said it was in talks with lenders in Europe.'])).toEqual({source: 'Arafura Rare Earths', entity: true})
  })
})

describe('more forms of attribution', () => {
  it('reads `believes` and `thinks` as a party’s stated view, and the writer’s own with `we`', () => {
    expect(source(['Arafura Rare Earths believes Nolans can ship oxide to Japan in 2028.'])).toEqual({source: 'Arafura Rare Earths', entity: true})
    expect(source(['Sojitz thinks Japan will need more terbium by 2030.'])).toEqual({source: 'Sojitz', entity: true})
    expect(claimOf(['We think Japan will need more terbium by 2030.'])?.kind).toBe('assessment')
  })

  it('reads `was quoted as saying` as its subject’s word', () => {
    expect(source(['Arafura Rare Earths was quoted as saying that Nolans would ship to Japan in 2028.'])).toEqual({source: 'Arafura Rare Earths', entity: true})
  })

  it('finds the owner of a document named with a possessive, singular or plural', () => {
    expect(source(['According to Arafura’s latest filing, Nolans will cost A$1.6 billion.'])).toMatchObject({entity: true})
    expect(source(['According to Iluka Resources’ latest filing, Eneabba will cost A$1.7 billion.'])).toEqual({source: 'Iluka Resources', entity: true})
  })

  it('never takes an indefinite pronoun for a source', () => {
    expect(source(['Nothing in the Arafura filing suggests Nolans will open on time.'])).toBeNull()
  })

  it('shares no subject with a base form after `and` when the subject is singular', () => {
    expect(source(['Japan’s magnet industry shrank because rivals enjoy cheap energy and state support.'])).toBeNull()
  })
})

describe('roles and possessive documents', () => {
  it('takes the person named beside a role over the organization the role speaks for', () => {
    expect(source(['The head of the Japan Magnet Association, Kenji Mori, said exports to Korea would continue.'])).toEqual({source: 'Kenji Mori', entity: true})
  })

  it('never gives `the ministry’s statement` the author of another document', () => {
    const paragraphs = ['Arafura Rare Earths, in a filing to the ASX, said Nolans was on schedule.', 'The ministry’s statement said licences for Japan would be reviewed monthly.']
    expect(source(paragraphs)).toEqual({source: 'ministry', entity: false})
  })
})

describe('sayings denied, and the publisher as no author', () => {
  it('reads a negated verb of saying as no relay', () => {
    expect(source(['Arafura Rare Earths did not respond to a request for comment on Nolans.'])).toBeNull()
    expect(source(['Arafura Rare Earths has never said when Nolans will open.'])).toBeNull()
    expect(source(['Arafura Rare Earths didn’t say when Nolans will open.'])).toBeNull()
  })

  it('never makes the publisher the author of a document referred to later', () => {
    const paragraphs = ['REEx notes that Chinese quotas rose 6% in 2025.', 'The data show dysprosium prices in Japan rose 8% in October.']
    expect(source(paragraphs)).not.toMatchObject({entity: true})
  })
})

describe('a progressive verb of saying', () => {
  it('relays the subject before `is`/`are`', () => {
    expect(source(['Arafura Rare Earths is emphasizing its Nolans timetable to Japan.'])).toEqual({source: 'Arafura Rare Earths', entity: true})
    expect(claimOf(['Arafura Rare Earths is emphasizing its Nolans timetable to Japan.'])?.attribution?.cue).toBe('is emphasizing')
  })

  it('leaves a progressive of doing alone', () => {
    expect(source(['Arafura Rare Earths is finding buyers in Japan.'])).toBeNull()
  })
})

describe('a lead-in and its list', () => {
  const dump = (lines: ReadonlyArray<string>): string => ['Highlights', '- Japan buys more terbium.', ...lines].join('\n')
  const sourced = (text: string) => parseArticle(text, {referenceDate: '2025-11-20'}).claims.map((claim) => [claim.text, claim.attribution?.source ?? null])

  it('lends a sourced lead-in’s source to the list right after it', () => {
    const claims = sourced(dump(['A study by the Halden Institute for Materials came out on Monday.', 'The authors find that:', '1. Japan refines 5% of its own terbium.', '2. Korea refines none.']))
    expect(claims).toContainEqual(['Japan refines 5% of its own terbium.', 'Halden Institute for Materials'])
    expect(claims.map(([text]) => text)).not.toContain('The authors find that:')
  })

  it('takes a party that sets out content as the source of its lead-in and list', () => {
    const claims = sourced(dump(['The analysts at Macquarie Group set out two cases for 2026:', '1. Base case: NdPr oxide averages $80/kg.', '2. Bear case: prices slip to $60/kg.']))
    expect(claims).toContainEqual(['Base case: NdPr oxide averages $80/kg.', 'Macquarie Group'])
  })

  it('reads a lead-in that is only a colon, or a colon with one word, without failing', () => {
    expect(() => parseArticle(dump([':', '1. Japan refines terbium.', 'So:', '2. Korea does not.']))).not.toThrow()
  })

  it('lends nothing from a lead-in that only lists the writer’s facts about a party', () => {
    const claims = sourced(dump(['Lynas Rare Earths operates two plants:', '1. Mount Weld in Australia.', '2. Kuantan in Malaysia.']))
    expect(claims).toContainEqual(['Mount Weld in Australia.', null])
  })
})

describe('documents and their writers across an article', () => {
  it('prefers `according to X` to a verb of asking or saying it reports', () => {
    expect(source(['But Japan asked Lynas to halt new export commitments last year, according to two officials in Tokyo.'])).toEqual({source: 'two officials in Tokyo', entity: false})
  })

  it('gives `the analysts` the author of the note named before', () => {
    const paragraphs = ['A note from Macquarie Group on Monday looked at NdPr prices.', 'Japan bought less oxide in May.', 'The analysts expect prices in Japan to rise 10% in 2026.']
    expect(source(paragraphs)).toEqual({source: 'Macquarie Group', entity: true})
  })

  it('gives `the report` the only author the article named, paragraphs later, but not `the comments`', () => {
    const report = ['A report by the Halden Institute for Materials came out on Monday.', 'Japan bought less oxide in May.', 'Korea bought more.', 'China sold less.', 'The report calls for a fund of $10 billion in Japan.']
    expect(source(report)).toEqual({source: 'Halden Institute for Materials', entity: true})
    const comments = ['A report by the Halden Institute for Materials came out on Monday.', 'Japan bought less oxide in May.', 'Korea bought more.', 'China sold less.', 'The comments show a divided industry in Japan.']
    expect(source(comments)).not.toMatchObject({entity: true})
  })
})

describe('the publisher as the subject', () => {
  it('is the writer speaking, an assessment, whatever the verb', () => {
    expect(claimOf(['Rare Earth Exchanges will watch for new quotas from MIIT in 2026.'])?.kind).toBe('assessment')
    expect(claimOf(['REEx shares some of that scepticism about Japan.'])?.kind).toBe('assessment')
  })

  it('is no subject when it only names something of the publisher’s', () => {
    expect(claimOf(['Rare Earth Exchanges Podcast: Japan and the Magnet Gap'], {highlight: true})?.kind).not.toBe('assessment')
  })
})
