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
    ['a line of mojibake', (n: number) => 'โ'.repeat(n * 10)]
  ])('stays linear on %s', (_, make) => {
    bestOf(make(200))
    const small = bestOf(make(1000))
    const large = bestOf(make(10000))
    expect(large / small).toBeLessThan(40)
  })
})
