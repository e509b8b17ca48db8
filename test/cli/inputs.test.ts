import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs, fsReason} from '../../src/cli/inputs.js'
import {withTempDir} from './helpers.js'

async function tree(dir: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
    await writeFile(path.join(dir, file), 'x')
  }
}

describe('expandInputs', () => {
  it('walks folders recursively for .txt files in name order', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['b.txt', 'a.TXT', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt', 'a0.txt'])
      const {inputs, several} = await expandInputs(['.'], dir)
      expect(inputs.map((input) => input.display)).toEqual(['a.TXT', 'a0.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt'])
      expect(inputs.map((input) => (input.kind === 'file' ? input.outName : null))).toEqual([
        'a',
        'a0',
        'b',
        'sub/c',
        'sub/deeper/d'
      ])
      expect(several).toBe(true)
    })
  })

  it('takes a named file whatever its extension, as one input', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['dump.log'])
      const {inputs, several} = await expandInputs(['dump.log'], dir)
      expect(inputs).toEqual([{kind: 'file', path: path.join(dir, 'dump.log'), display: 'dump.log', outName: 'dump'}])
      expect(several).toBe(false)
    })
  })

  it('keeps a missing path in its place, with the reason', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['a.txt', 'c.txt'])
      const {inputs} = await expandInputs(['a.txt', 'b.txt', 'c.txt'], dir)
      expect(inputs.map((input) => input.kind)).toEqual(['file', 'missing', 'file'])
      expect(inputs[1]).toEqual({kind: 'missing', display: 'b.txt', reason: 'not found'})
    })
  })

  it('reads stdin for `-` and for no path at all', async () => {
    expect((await expandInputs([], '/')).inputs).toEqual([{kind: 'stdin', display: '<stdin>', outName: 'stdin'}])
    expect((await expandInputs(['-'], '/')).several).toBe(false)
  })

  it('does not walk into the excluded (output) folder', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['a.txt', 'out/a.txt'])
      const {inputs} = await expandInputs(['.'], dir, path.join(dir, 'out'))
      expect(inputs.map((input) => input.display)).toEqual(['a.txt'])
    })
  })
})

describe('fsReason', () => {
  it('says in words why a file could not be used', () => {
    expect(fsReason(Object.assign(new Error('EACCES: x'), {code: 'EACCES'}))).toBe('permission denied')
    expect(fsReason(new Error('odd'))).toBe('odd')
  })
})
