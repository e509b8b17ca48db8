import {describe, expect, it} from 'vitest'
import {checkworthiness} from '../../src/claims/checkworthiness.js'
import {claimOf} from '../helpers/stages.js'

// The kind rules of docs/claims.md, one per case, through the mentions and claims stages (reference date
// 2025-11-20 unless a case says otherwise). Precedence: statement, strong judgment, plan, quantitative, event,
// fact, assessment.
const kind = (sentence: string, options: {highlight?: boolean; referenceDate?: string | null} = {}): string | undefined => claimOf([sentence], options)?.kind

describe('kinds, one rule each', () => {
  it.each([
    // statement: any attributed saying, whatever it relays (a forecast, a figure, a `should`)
    ['statement', 'Lynas said it would double output at Kalgoorlie by 2027.'],
    ['statement', 'Canberra should fund a refinery, Iluka Resources argued.'],
    // strong judgment beats a plan, a figure and a date
    ['assessment', 'Frankly, Lynas will struggle to hit 12,000 tonnes in 2026.'],
    ['assessment', 'Brussels should set a 2030 recycling target for magnets.'],
    ['assessment', 'In our view, MP Materials is the stronger bet.'],
    ['assessment', 'The export ban on gallium is a wake-up call for Japan.'],
    // plan: aims, targets, schedules, forecasts; beats a figure
    ['plan', 'Iluka Resources aims to separate 4,000 tonnes of oxide a year at Eneabba.'],
    ['plan', 'Lynas will build a heavy rare earth plant in Texas.'],
    ['plan', 'The ministry is set to publish new quotas for Jiangxi.'],
    ['plan', 'Arafura targets first concentrate at Nolans in 2028.'],
    ['plan', 'By 2030, Japan wants to halve its reliance on Chinese dysprosium.'],
    // quantitative: a figure, even with a past verb
    ['quantitative', 'Lynas sold 3,100 tonnes of NdPr oxide in the quarter.'],
    ['quantitative', 'By 2010, China’s share of refining had reached 95%.'],
    // event: a finite past or a perfect; a headline's present
    ['event', 'Solvay restarted its separation line at La Rochelle.'],
    ['event', 'Iluka Resources has secured a loan from Canberra.'],
    ['event', 'Shenghe Resources took a stake in a Tanzanian project.'],
    ['event', 'A storm cut power to the Kuantan plant on Friday.'],
    // whole pages: a relative clause's verbs describe a noun; a perfect of duration is a state; a target noun plans
    ['fact', 'The buyer, which Iluka Resources did not name, operates magnet plants in Slovenia.'],
    ['fact', 'Iluka Resources is studying a refinery in Western Australia, which would process its own monazite.'],
    ['fact', 'Solvay has operated a separation line at La Rochelle since 1990.'],
    ['fact', 'Solvay has long been the only separator in France.'],
    ['fact', 'Iluka Resources has been in talks with Japan about a supply deal.'],
    ['event', 'Terbium prices in Rotterdam have doubled since 2020.'],
    ['quantitative', 'Prices of dysprosium oxide have risen 40% since April.'],
    ['event', 'Iluka Resources has been approved for a Canberra loan.'],
    ['fact', 'Recycling is often mentioned in Japan as a hedge against China.'],
    ['fact', 'Neo Performance Materials processes monazite concentrate bought from producers in Africa.'],
    ['plan', 'Japan has set a goal of meeting 20% of magnet demand from recycling by 2035.'],
    ['quantitative', 'Lynas missed its target of 5,000 tonnes in 2024.'],
    ['plan', 'First production at Nolans is planned for 2028.'],
    // a future inside a `whether`/`if` clause is a question; a conditional's main clause is still a plan
    ['assessment', 'It remains unclear whether Lynas will build the Texas plant.'],
    ['plan', 'If quotas tighten, Lynas will raise prices in Japan.'],
    ['plan', 'The three refineries, if all were built, would add 5,000 tonnes of capacity in Europe.'],
    // fact: a neutral, checkable present state
    ['fact', 'Iluka Resources is listed on the Australian Securities Exchange.'],
    ['fact', 'China controls most of the world’s heavy rare earth refining.'],
    ['fact', 'Terbium is used in the magnets of wind turbines built in Denmark.'],
    ['fact', 'JL Mag holds a major share of the Chinese magnet market.'],
    // assessment: a present state the writer colours
    ['assessment', 'Lynas remains the most credible supplier outside China.'],
    ['assessment', 'Indeed, Japan holds more dysprosium than it admits.'],
    ['assessment', 'Kalgoorlie could become the heavy rare earth hub of Australia.'],
    ['assessment', 'The merger signals Beijing’s tighter grip on Jiangxi.'],
    ['assessment', 'The Myanmar closure poses a risk to magnet makers in Japan.'],
    ['assessment', 'Beijing’s quota system presents a stark contrast to Europe’s permits.'],
    ['fact', 'Lynas presents its annual results in Perth.']
  ])('%s: %s', (expected, sentence) => {
    expect(kind(sentence)).toBe(expected)
  })

  it('reads a headline’s present as an event in a Title Case highlight, not in body text', () => {
    expect(kind('Iluka Wins Canberra Loan for Eneabba Refinery', {highlight: true})).toBe('event')
    expect(kind('Cobalt Prices Slump in Rotterdam', {highlight: true})).toBe('event')
    expect(kind('Iluka Resources holds a stockpile of monazite at Eneabba.')).toBe('fact')
  })

  it('reads a headline verb’s base form after a plural subject as an event, not after a singular noun', () => {
    expect(kind('Ontario Regulators Approve Mining Lease for Nechalacho', {highlight: true})).toBe('event')
    expect(kind('Sojitz and Japanese Lender Take Stake in Lynas Rare Earths', {highlight: true})).toBe('event')
    expect(kind('Japan Magnet Order Book for Osaka Makers', {highlight: true})).toBe('fact')
  })

  it('does not read a participle as an event', () => {
    expect(kind('Called the Saudi Arabia of rare earths by analysts, Baotou hosts most of the trade.')).toBe('fact')
    expect(kind('Gallium, identified by Brussels as critical, is refined mostly in China.')).toBe('fact')
    expect(kind('A paper titled Magnet Shock is the best account of Japan’s exposure.')).not.toBe('event')
    expect(kind('Neo Performance Materials separates concentrate shipped from Brazil.')).toBe('fact')
  })

  it('reads the main verb after an aside as an event', () => {
    expect(kind('The cargo, loaded in Kuantan, arrived in Rotterdam in March.')).toBe('event')
  })

  it('does not read `By <year>` with a past verb as a plan', () => {
    expect(kind('By 2015, Baotou had become the centre of the magnet trade.')).toBe('event')
  })

  it('reads a present verb with a date still ahead as a plan, and a habitual one as a fact', () => {
    expect(kind('The new licence rules take effect in Beijing on December 1.')).toBe('plan')
    expect(kind('The monsoon closes the Kachin mines in July each year.')).toBe('fact')
  })

  it('does not read `must` stating a rule as the writer’s judgment', () => {
    expect(kind('Under the rules, exporters in China must report their buyers.')).toBe('fact')
    expect(kind('The notice takes effect on January 1, when exporters in China must file forms.')).toBe('plan')
  })

  it('does not read the noun `will` as a plan', () => {
    expect(kind('China can fine-tune supply at will.')).toBe('fact')
    expect(kind('Washington lacks the political will to fund Lynas.')).toBe('fact')
  })

  it('reads judgment inside a quotation as the speaker’s, not the writer’s', () => {
    expect(kind('“Frankly, it is a mess,” Lynas said.')).toBe('statement')
  })
})

describe('hedged', () => {
  it.each([
    ['Output at Mount Weld may rise in 2026.', true],
    ['Lynas could double output at Kalgoorlie.', true],
    ['Lynas reportedly doubled output at Kalgoorlie.', true],
    ['Lynas produced about 10,000 tonnes in 2024.', true],
    ['Lynas produced 10,000 tonnes in May 2024.', false],
    ['Lynas talked about Kalgoorlie in 2024.', false],
    ['Lynas said it would double output at Kalgoorlie.', false]
  ])('%s → %s', (sentence, hedged) => {
    expect(claimOf([sentence])?.hedged).toBe(hedged)
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

  it('puts a fact between an event and an assessment', () => {
    const fact = checkworthiness({...base, kind: 'fact'})
    expect(fact).toBeLessThan(checkworthiness(base))
    expect(fact).toBeGreaterThan(checkworthiness({...base, kind: 'assessment'}))
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
