import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readmeExamples, toSources} from './helpers/readme-examples.js'

const root = join(import.meta.dirname, '..')
const scratch = join(root, 'test', '.readme')

// README's runnable examples (a `ts` or `js` block followed by a `text` block) run from the repository's root,
// imports pointed at the sources, and must print exactly that text. `npx tsx scripts/fill-readme.ts` rewrites
// the text blocks from a run; read the diff.
describe('README', () => {
  mkdirSync(scratch, {recursive: true})
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))
  const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'))

  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5)
  })

  examples.forEach(({code, language, output, line}, index) => {
    it(`prints what it says, for the example at README.md:${line}`, () => {
      const file = join(scratch, `example-${index}.${language === 'ts' ? 'mts' : 'mjs'}`)
      writeFileSync(file, toSources(code, root))
      expect(execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [file], {cwd: root, encoding: 'utf8'})).toBe(output)
    })
  })
})
