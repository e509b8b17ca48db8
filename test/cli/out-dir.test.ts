import {mkdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs} from '../../src/cli/inputs.js'
import {planOut} from '../../src/cli/out-dir.js'
import {withTempDir} from './helpers.js'

async function tree(dir: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
    await writeFile(path.join(dir, file), 'x')
  }
}

async function plan(dir: string, out: string, paths: string[], extension = '.json'): Promise<string[] | string> {
  const {inputs, folders} = await expandInputs(paths, dir)
  const result = await planOut(path.resolve(dir, out), dir, inputs, folders, extension)
  return result.ok ? [...result.targets.values()].map((target) => path.relative(dir, target)) : result.reason
}

describe('planOut', () => {
  it('mirrors one folder from inside it, and one file by its name', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['in/a.txt', 'in/sub/b.txt'])
      expect(await plan(dir, 'o', ['in'])).toEqual(['o/a.json', 'o/sub/b.json'])
      expect(await plan(dir, 'o', ['in/sub/b.txt'], '.md')).toEqual(['o/b.md'])
    })
  })

  it('keeps two folders with the same file names apart, below their common folder', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['a/x.txt', 'b/x.txt', 'b/deep/y.txt'])
      expect(await plan(dir, 'o', ['a', 'b'])).toEqual(['o/a/x.json', 'o/b/deep/y.json', 'o/b/x.json'])
      expect(await plan(dir, 'o', ['a/x.txt', 'b/x.txt'])).toEqual(['o/a/x.json', 'o/b/x.json'])
    })
  })

  it('writes stdin as stdin<ext>', async () => {
    await withTempDir(async (dir) => {
      expect(await plan(dir, 'o', ['-'])).toEqual(['o/stdin.json'])
    })
  })

  it('refuses an --out that is a file', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['in/a.txt', 'taken'])
      expect(await plan(dir, 'taken', ['in'])).toContain('`--out taken`, it is a file')
    })
  })

  it('refuses an --out that is an input folder or inside one, also through a link', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['in/a.txt'])
      expect(await plan(dir, '.', ['.'])).toContain('it is the input folder `.`')
      expect(await plan(dir, 'in/parsed', ['in'])).toContain('inside the input folder `in`')
      await symlink(path.join(dir, 'in'), path.join(dir, 'link'))
      expect(await plan(dir, 'link/parsed', ['in'])).toContain('inside the input folder `in`')
    })
  })

  it('refuses an output file that is an input, and two inputs that would write one file', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['a.txt', 'b/x.txt', 'b/x.text'])
      expect(await plan(dir, '.', ['a.txt'], '.txt')).toContain('`a.txt`, it is an input')
      expect(await plan(dir, 'o', ['b/x.txt', 'b/x.text'])).toContain('`o/x.json` for both `b/x.txt` and `b/x.text`')
    })
  })
})
