import {describe, expect, it} from 'vitest'
import {mentionsAndClaims as articleToClaims} from '../helpers/stages.js'

// Untrusted input must not cost quadratic time. Ten times the input may cost about ten times the time; the
// bound of 40 leaves room for a loaded machine and still fails a quadratic path (a hundred times).
const paragraph = (text: string) => ({
  title: null,
  highlights: [],
  sections: [{heading: null, blocks: [{type: 'paragraph' as const, text}]}],
  links: [],
  publishedAt: '2025-01-01',
  copyright: null
})

/** A distinct capitalized word per index (`Vaa`, `Vab`, …): a surname no earlier sentence used. */
function surname(index: number): string {
  let word = ''
  for (let rest = index; word.length < 4; rest = Math.floor(rest / 26)) word = String.fromCharCode(97 + (rest % 26)) + word
  return `V${word}`
}

function bestOf(text: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    articleToClaims(paragraph(text), {referenceDate: undefined})
    best = Math.min(best, performance.now() - started)
  }
  return Math.max(best, 0.5)
}

describe('articleToClaims on adversarial input', () => {
  it.each([
    ['a run-on sentence of names and verbs of saying', (n: number) => 'Lynas said '.repeat(n)],
    ['thousands of unclosed brackets', (n: number) => '( Lynas grew. '.repeat(n)],
    ['an acronym used thousands of times', (n: number) => `Acme Metals Group (AMG) grew. ${'AMG Lynas '.repeat(n)}`],
    ['dense figures and dates', (n: number) => 'Lynas grew 5% to $3 million on May 3, 2025. '.repeat(n)],
    ['a line of mojibake', (n: number) => 'โ'.repeat(n * 10)],
    ['distinct names shaped like people, then a pronoun', (n: number) => `${Array.from({length: n}, (_, index) => `Elliot ${surname(index)} met them.`).join(' ')} She agreed.`]
  ])('stays linear on %s', (_, make) => {
    bestOf(make(200))
    const small = bestOf(make(1000))
    const large = bestOf(make(10000))
    expect(large / small).toBeLessThan(40)
  })
})
