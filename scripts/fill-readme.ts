/**
 * `npx tsx scripts/fill-readme.ts`: run README's runnable examples (a `ts` or `js` block followed by a `text`
 * block) and write what each printed into its `text` block. test/readme.test.ts then pins the output; read the
 * diff before committing it.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {readmeExamples, toSources} from '../test/helpers/readme-examples.js'

const root = join(import.meta.dirname, '..')
const scratch = join(root, 'test', '.readme')
mkdirSync(scratch, {recursive: true})
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const lines = readme.split('\n')
// From the last example back, so earlier line numbers stay right.
for (const [index, example] of [...readmeExamples(readme).entries()].reverse()) {
  const file = join(scratch, `fill-${index}.${example.language === 'ts' ? 'mts' : 'mjs'}`)
  writeFileSync(file, toSources(example.code, root))
  const output = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [file], {cwd: root, encoding: 'utf8'})
  lines.splice(example.outputLines[0], example.outputLines[1] - example.outputLines[0], ...output.replace(/\n$/u, '').split('\n'))
}
rmSync(scratch, {recursive: true, force: true})
writeFileSync(join(root, 'README.md'), lines.join('\n'))
