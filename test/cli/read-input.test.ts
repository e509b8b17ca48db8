import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readAndRender} from '../../src/cli/read-input.js'
import type {RenderSettings} from '../../src/cli/render-input.js'
import {withTempDir} from './helpers.js'

const settings: RenderSettings = {format: 'text', batch: false, claims: true, mentions: true, referenceDate: undefined, strict: false}

describe('readAndRender', () => {
  it('reads and renders a file', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'a.txt'), 'Highlights\n- One.\n')
      expect(await readAndRender(path.join(dir, 'a.txt'), 'a.txt', settings)).toEqual({ok: true, name: 'a.txt', text: 'Highlights\n- One.\n'})
    })
  })

  it('fails a file over the size limit without reading it', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'big.txt'), 'x'.repeat(101))
      expect(await readAndRender(path.join(dir, 'big.txt'), 'big.txt', settings, 100)).toEqual({
        ok: false,
        name: 'big.txt',
        error: {code: 'input-too-large', message: 'Unexpected input of 101 bytes, expected at most 100 (input-too-large)', diagnostics: []},
        text: ''
      })
    })
  })

  it('fails a missing file and a folder with a reason, not an exception', async () => {
    await withTempDir(async (dir) => {
      expect(await readAndRender(path.join(dir, 'nope.txt'), 'nope.txt', settings)).toMatchObject({
        ok: false,
        error: {code: 'not-found', message: 'not found'}
      })
      expect(await readAndRender(dir, 'dir', settings)).toMatchObject({ok: false, error: {code: 'is-a-folder', message: 'is a folder'}})
    })
  })
})
