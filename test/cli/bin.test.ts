import {execFile} from 'node:child_process'
import {copyFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {root, withTempDir} from './helpers.js'

const run = promisify(execFile)
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const bin = path.join(root, 'src/cli/index.ts')
const seedNames = (await readdir(path.join(root, 'seeds'))).filter((name) => name.endsWith('.txt'))

// The executable as a user runs it (a real process, real stdout): what the in-process tests cannot show.
describe('rex-article executable', () => {
  it('treats a closed pipe (`| head -n 1`) as success, with nothing on stderr', async () => {
    await withTempDir(async (dir) => {
      for (let copy = 0; copy < 60; copy++) {
        for (const name of seedNames) await copyFile(path.join(root, 'seeds', name), path.join(dir, `${copy}-${name}`))
      }
      const script = `node "${tsx}" "${bin}" --format jsonl "${dir}" 2>"${dir}/err.log" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "${dir}/err.log"`
      const {stdout} = await run('bash', ['-c', script], {cwd: root})
      const [code, ...errors] = stdout.split('\n')
      expect(code).toBe('0')
      expect(errors.join('\n').trim()).toBe('')
    })
  })

  it('exits 1 with --jobs 2 when an input is missing, and the workers do not keep it alive', async () => {
    const result = await run('node', [tsx, bin, '--jobs', '2', '--format', 'jsonl', 'seeds', 'missing.txt'], {cwd: root}).then(
      () => ({code: 0, stdout: '', stderr: ''}),
      (error: {code: number; stdout: string; stderr: string}) => error
    )
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(seedNames.length + 1)
    expect(JSON.parse(lines.at(-1) as string)).toEqual({input: 'missing.txt', error: {code: 'not-found', message: 'not found', diagnostics: []}})
    expect(result.stderr).toContain('rex-article: missing.txt: not found\n')
  })
})
