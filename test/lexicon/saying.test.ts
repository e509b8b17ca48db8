import {describe, expect, it} from 'vitest'
import {notSourceCues, sayingForms, sayingHomographs, sayingVerbs, sourceBeforeCues} from '../../src/lexicon/saying.js'
import {malformed} from './well-formed.js'

// Past tenses and participles that are not `-ed`: the only forms the regular rules below cannot make.
const irregularPast: Readonly<Record<string, ReadonlyArray<string>>> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], speak: ['spoke', 'spoken'], find: ['found'],
  foresee: ['foresaw', 'foreseen'], forecast: ['forecast', 'forecasted'], think: ['thought']
}
const consonantY = /[^aeiou]y$/u
const sibilant = /(?:[sxz]|sh|ch)$/u

/** The third-person, past and `-ing` forms English spelling allows for a base verb (doubling included). */
function regularForms(base: string): {third: string; past: string[]; ing: string[]} {
  const last = base.at(-1) ?? ''
  const third = consonantY.test(base) ? `${base.slice(0, -1)}ies` : sibilant.test(base) ? `${base}es` : `${base}s`
  const past = consonantY.test(base) ? [`${base.slice(0, -1)}ied`] : base.endsWith('e') ? [`${base}d`] : [`${base}ed`, `${base}${last}ed`]
  const ing = base.endsWith('ee') ? [`${base}ing`] : base.endsWith('e') ? [`${base.slice(0, -1)}ing`] : [`${base}ing`, `${base}${last}ing`]
  return {third, past: [...past, ...(irregularPast[base] ?? [])], ing}
}

describe('sayingVerbs', () => {
  it('has at least 70 lemmas, each once', () => {
    expect(sayingVerbs.length).toBeGreaterThanOrEqual(70)
    expect(malformed(sayingVerbs.map((verb) => verb.lemma))).toEqual([])
  })

  it('writes every form lower case, trimmed and once per verb', () => {
    expect(sayingVerbs.flatMap((verb) => malformed(verb.forms).map((problem) => `${verb.lemma}: ${problem}`))).toEqual([])
  })

  it('gives every lemma its base, -s, past and -ing forms (phrasal verbs inflect the verb, keep the particle)', () => {
    const missing: string[] = []
    for (const verb of sayingVerbs) {
      const [base = '', ...particle] = verb.lemma.split(' ')
      const tail = particle.length > 0 ? ` ${particle.join(' ')}` : ''
      const {third, past, ing} = regularForms(base)
      const has = (form: string): boolean => verb.forms.includes(`${form}${tail}`)
      if (!has(base)) missing.push(`${verb.lemma}: base`)
      if (!has(third)) missing.push(`${verb.lemma}: ${third}`)
      if (!past.some(has)) missing.push(`${verb.lemma}: past (${past.join('/')})`)
      if (!ing.some(has)) missing.push(`${verb.lemma}: -ing (${ing.join('/')})`)
    }
    expect(missing).toEqual([])
  })

  it('lists the British spelling beside every -ize form, and both -l- and -ll- where British doubles', () => {
    const missing = sayingVerbs.flatMap((verb) =>
      verb.forms.filter((form) => form.includes('iz')).map((form) => form.replace('iz', 'is')).filter((form) => !verb.forms.includes(form))
    )
    expect(missing).toEqual([])
    for (const form of ['emphasise', 'characterised', 'criticising', 'summarises', 'labelled', 'signalling']) expect(sayingForms.has(form)).toBe(true)
  })

  it('covers the cues news English relays sayings with, in every tense', () => {
    const cues = [
      'says', 'said', 'notes', 'warns', 'warned', 'reports', 'confirms', 'argues', 'estimates', 'emphasizes',
      'highlights', 'claims', 'states', 'announces', 'expects', 'told', 'wrote', 'writes', 'adds', 'explains',
      'stresses', 'insists', 'predicts', 'forecasts', 'projects', 'acknowledges', 'admits', 'concedes', 'contends',
      'maintains', 'asserts', 'observes', 'points out', 'pointed out', 'frames', 'describes', 'characterizes',
      'calls', 'cautions', 'suggests', 'indicates', 'reveals', 'discloses', 'cites', 'quotes', 'urges', 'pledges',
      'vows', 'promises', 'denies', 'rejects', 'disputes', 'counters', 'responds', 'replies', 'tells', 'briefs',
      'testifies', 'alleges'
    ]
    expect(cues.filter((cue) => !sayingForms.has(cue))).toEqual([])
  })

  it('leaves out verbs of mental state and verbs of doing, but not a party’s stated belief', () => {
    for (const form of ['feels', 'hopes', 'fears', 'knows', 'doubts', 'unveils', 'publishes', 'holds']) {
      expect(sayingForms.has(form)).toBe(false)
    }
    for (const form of ['believes', 'thinks', 'expects']) expect(sayingForms.has(form)).toBe(true)
  })

  it('is frozen', () => {
    expect(Object.isFrozen(sayingVerbs)).toBe(true)
    expect(Object.isFrozen(sayingVerbs[0])).toBe(true)
    expect(Object.isFrozen(sayingVerbs[0]?.forms)).toBe(true)
  })
})

describe('sayingForms and sayingHomographs', () => {
  it('sayingForms holds every form of every verb', () => {
    expect(sayingForms.size).toBe(new Set(sayingVerbs.flatMap((verb) => verb.forms)).size)
    expect(sayingForms.has('calls for')).toBe(true)
  })

  it('marks only forms of verbs of saying as homographs', () => {
    expect([...sayingHomographs].filter((form) => !sayingForms.has(form))).toEqual([])
    expect(malformed(sayingHomographs)).toEqual([])
  })
})

describe('sourceBeforeCues and notSourceCues', () => {
  it('are well formed', () => {
    expect(malformed(sourceBeforeCues)).toEqual([])
    expect(malformed(notSourceCues)).toEqual([])
  })

  it('hold the cues that put the source after them, `per` included', () => {
    for (const cue of ['according to', 'as reported by', 'as reported in', 'reported by', 'as cited by', 'cited by', 'quoted by', 'quoted in', 'as stated by', 'in the words of', 'per']) {
      expect(sourceBeforeCues).toContain(cue)
    }
  })

  it('never count `via` as a cue', () => {
    expect(notSourceCues).toContain('via')
    expect(sourceBeforeCues.filter((cue) => cue.split(' ').includes('via'))).toEqual([])
  })
})
