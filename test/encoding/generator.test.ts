import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/encoding/fix-text.js'
import {paragraphs, hardCases} from './corpus.js'
import {damage, scoreWords, type DamageName} from './damage.js'

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds')
const cleanSeeds = ['001_e16b4e15b2dc4d72.txt', '002_f64e4f3f47774a07.txt', '003_4a4bb7463cb7c402.txt'].map((name) =>
  readFileSync(join(seedsDir, name), 'utf8')
)
/** Clean English news text: the clean seeds and our own paragraphs. */
const clean = [...cleanSeeds, paragraphs.join('\n')].join('\n')

/** The thresholds: share of damaged words that must come back exactly. */
const thresholds: ReadonlyArray<readonly [DamageName, number]> = [
  ['k1', 0.99],
  ['k2', 0.995],
  ['k3', 0.999],
  ['k3plain', 0.999],
  ['k4', 0.999],
  ['k5', 0.999],
  ['k5latin', 0.999],
  ['k5thai', 0.999],
  ['k5latin1', 0.999],
  ['k5to874', 0.999],
  // A space that 0xA0 became in the inner layer sits outside the outer span, so `à` + space can be lost.
  ['k5sloppy', 0.995],
  // Lossy Thai inside keeps K1's limits (its threshold).
  ['k5k1', 0.99]
]

const accuracy = (damaged: number, correct: number): number => (damaged === 0 ? 1 : correct / damaged)

describe('the damage generator, undone', () => {
  for (const [name, threshold] of thresholds) {
    it(`restores at least ${threshold * 100}% of the words that ${name} damages`, () => {
      const damaged = damage[name](clean)
      expect(damaged).not.toBe(clean)
      const score = scoreWords(clean, fixText(damaged).text, damage[name])
      expect(score.damaged).toBeGreaterThan(200)
      console.info(`${name}: ${score.correct}/${score.damaged} words (${(accuracy(score.damaged, score.correct) * 100).toFixed(2)}%)`, score.wrong.slice(0, 5))
      expect(accuracy(score.damaged, score.correct)).toBeGreaterThanOrEqual(threshold)
    })
  }

  it('restores documents that mix damaged and clean paragraphs (at least 99%)', () => {
    const kinds: ReadonlyArray<DamageName> = ['k1', 'k2', 'k3', 'k4', 'k5']
    const lines = clean.split('\n')
    // Every third line stays clean; the others take the damage kinds in turn.
    const mixed = lines.map((line, index) => (index % 3 === 0 ? line : damage[kinds[index % kinds.length] ?? 'k1'](line)))
    const repaired = fixText(mixed.join('\n')).text.split('\n')
    let damagedWords = 0
    let correct = 0
    lines.forEach((line, index) => {
      const name = kinds[index % kinds.length] ?? 'k1'
      if (index % 3 === 0) {
        expect(repaired[index]).toBe(line)
        return
      }
      const score = scoreWords(line, repaired[index] ?? '', damage[name])
      damagedWords += score.damaged
      correct += score.correct
    })
    console.info(`mixed: ${correct}/${damagedWords} words`)
    expect(damagedWords).toBeGreaterThan(100)
    expect(accuracy(damagedWords, correct)).toBeGreaterThanOrEqual(0.99)
  })

  it('restores the K1 hard cases only in part, and says so (docs/encoding.md, Limits)', () => {
    const text = hardCases.join('\n')
    const score = scoreWords(text, fixText(damage.k1(text)).text, damage.k1)
    console.info(`K1 hard cases: ${score.correct}/${score.damaged} words`, score.wrong)
    expect(score.damaged).toBeGreaterThan(0)
    // Lossless kinds have no such limits: the same text comes back whole.
    for (const name of ['k2', 'k3', 'k4', 'k5'] as const) expect(fixText(damage[name](text)).text).toBe(text)
  })
})
