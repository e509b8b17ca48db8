import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixText} from '../../src/encoding/fix-text.js'

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds')
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({name, text: readFileSync(join(seedsDir, name), 'utf8')}))
const seed = (prefix: string): {name: string; text: string} => {
  const found = seeds.find((s) => s.name.startsWith(prefix))
  if (!found) throw new Error(`seed ${prefix} missing`)
  return found
}

describe('seed acceptance (issue 3)', () => {
  it('has the five seeds', () => {
    expect(seeds.map((s) => s.name.slice(0, 3))).toEqual(['000', '001', '002', '003', '004'])
  })

  for (const prefix of ['000', '004']) {
    it(`repairs every โ, ยฉ and โข of seed ${prefix} and leaves no Thai`, async () => {
      const {text, encoding} = fixText(seed(prefix).text)
      expect(text).not.toMatch(/[\u0E00-\u0E7F]/u)
      expect(encoding.changed).toBe(true)
      expect(encoding.damage).toEqual([{kind: 'lossy-thai', count: encoding.repairs.length}])
      // Every damaged span of the input is one repair: count the runs of Thai in the input.
      expect(encoding.repairs.length).toBe(seed(prefix).text.match(/[\u0E00-\u0E7F]+/gu)?.length)
      await expect(text).toMatchFileSnapshot(`golden/seed-${prefix}.txt`)
    })
  }

  it('gives the repairs the issue lists, for seed 000', () => {
    const {text} = fixText(seed('000').text)
    for (const expected of [
      'China’s development trajectory',
      'planning—reassuring',
      '“world-class rare earth champion.”',
      'monopoly—it’s',
      'isn’t just',
      'supplier—a narrative',
      '© 2025 Rare Earth Exchanges™ — Accelerating'
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('gives the repairs the issue lists, for seed 004', () => {
    const {text} = fixText(seed('004').text)
    for (const expected of [
      'China’s rare earth leadership',
      'Baogang Group—the world’s largest',
      'accelerating—not loosening—its',
      '“high-quality development,”',
      'companies—it is',
      '© 2025 Rare Earth Exchanges™ — Accelerating'
    ]) {
      expect(text).toContain(expected)
    }
  })

  for (const prefix of ['001', '002', '003']) {
    it(`leaves clean seed ${prefix} unchanged`, () => {
      const {text, encoding} = fixText(seed(prefix).text)
      expect(text).toBe(seed(prefix).text)
      expect(encoding).toEqual({source: 'string', changed: false, damage: [], repairs: []})
    })
  }

  it('reports the same for the seeds as bytes', () => {
    for (const {text} of seeds) {
      expect(fixText(new TextEncoder().encode(text)).text).toBe(fixText(text).text)
    }
  })
})
