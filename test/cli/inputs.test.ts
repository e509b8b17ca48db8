import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs, fsFailure} from '../../src/cli/inputs.js'
import {withTempDir} from './helpers.js'

async function tree(dir: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
    await writeFile(path.join(dir, file), 'x')
  }
}

describe('expandInputs', () => {
  it('walks folders recursively for .txt files in name order, each with the folder it was found in', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['b.txt', 'a.TXT', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt', 'a0.txt', 'r.jsonl'])
      const {inputs, folders, several} = await expandInputs(['.'], dir)
      expect(inputs.map((input) => input.display)).toEqual(['a.TXT', 'a0.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt'])
      expect(new Set(inputs.map((input) => (input.kind === 'file' ? input.root : null)))).toEqual(new Set([dir]))
      expect(folders).toEqual([dir])
      expect(several).toBe(true)
    })
  })

  it('walks folders for .jsonl files with the jsonl input format', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['a.txt', 'b.jsonl', 'sub/c.JSONL'])
      const {inputs} = await expandInputs(['.'], dir, 'jsonl')
      expect(inputs.map((input) => input.display)).toEqual(['b.jsonl', 'sub/c.JSONL'])
    })
  })

  it('takes a named file whatever its extension, as one input rooted in its folder', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['logs/dump.log'])
      const {inputs, several} = await expandInputs(['logs/dump.log'], dir)
      expect(inputs).toEqual([{kind: 'file', path: path.join(dir, 'logs/dump.log'), display: 'logs/dump.log', root: path.join(dir, 'logs')}])
      expect(several).toBe(false)
    })
  })

  it('keeps a missing path in its place, with the reason', async () => {
    await withTempDir(async (dir) => {
      await tree(dir, ['a.txt', 'c.txt'])
      const {inputs} = await expandInputs(['a.txt', 'b.txt', 'c.txt'], dir)
      expect(inputs.map((input) => input.kind)).toEqual(['file', 'missing', 'file'])
      expect(inputs[1]).toEqual({kind: 'missing', display: 'b.txt', failure: {code: 'not-found', message: 'not found', diagnostics: []}})
    })
  })

  it('reads stdin, named `-`, for `-` and for no path at all', async () => {
    expect((await expandInputs([], '/')).inputs).toEqual([{kind: 'stdin', display: '-'}])
    expect((await expandInputs(['-'], '/')).several).toBe(false)
  })
})

describe('fsFailure', () => {
  it('says in words why a file could not be used, with a stable code', () => {
    expect(fsFailure(Object.assign(new Error('EACCES: x'), {code: 'EACCES'}))).toEqual({
      code: 'permission-denied',
      message: 'permission denied',
      diagnostics: []
    })
    expect(fsFailure(new Error('odd'))).toEqual({code: 'read-failed', message: 'odd', diagnostics: []})
  })
})
