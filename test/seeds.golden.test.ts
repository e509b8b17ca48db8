import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'

const seeds = join(import.meta.dirname, '..', 'seeds')
const golden = join(import.meta.dirname, 'golden', 'seeds')

// The whole Article of each seed, claims on, as a golden file: the seeds are real dumps, so a diff here is a
// change a reader of real REEx pages would see.
describe('golden seeds', () => {
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()) {
    it(`${name}: matches its golden Article`, async () => {
      const article = parseArticle(readFileSync(join(seeds, name)))
      await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(join(golden, name.replace(/\.txt$/u, '.json')))
    })
  }
})
