import {copyFile, mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import packageJson from '../../package.json' with {type: 'json'}
import {parseArticle} from '../../src/index.js'
import {runCli} from '../../src/cli/run-cli.js'
import {captureIo, root, withTempDir} from './helpers.js'

const seedDir = path.join(root, 'seeds')
const seedNames = (await readdir(seedDir)).filter((name) => name.endsWith('.txt')).sort()

async function seedArticles(): Promise<unknown[]> {
  return Promise.all(
    seedNames.map(async (name) => JSON.parse(JSON.stringify(parseArticle(await readFile(path.join(seedDir, name))))))
  )
}

async function copySeeds(dir: string, times: number): Promise<string[]> {
  const names: string[] = []
  for (let copy = 0; copy < times; copy++) {
    for (const name of seedNames) {
      const target = `${String(copy).padStart(4, '0')}-${name}`
      await copyFile(path.join(seedDir, name), path.join(dir, target))
      names.push(target)
    }
  }
  return names
}

describe('runCli: commands', () => {
  it('prints the version of package.json', async () => {
    const run = captureIo()
    expect(await runCli(['--version'], run.io)).toBe(0)
    expect(run.stdout()).toBe(`${packageJson.version}\n`)
  })

  it('prints the JSON Schema with --schema', async () => {
    const run = captureIo()
    expect(await runCli(['--schema'], run.io)).toBe(0)
    const schema = JSON.parse(run.stdout()) as {$schema: string; properties: Record<string, unknown>}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.properties)).toContain('claims')
  })

  it('prints the help with --help, on stdout, exit code 0', async () => {
    const run = captureIo()
    expect(await runCli(['--help'], run.io)).toBe(0)
    expect(run.stdout()).toContain('Usage: rex-article')
    expect(run.stderr()).toBe('')
  })

  it('exits 2 on a usage error, with the reason and the help on stderr and nothing on stdout', async () => {
    const run = captureIo()
    expect(await runCli(['--jobs', 'many', 'seeds'], run.io)).toBe(2)
    expect(run.stderr()).toMatch(/^rex-article: Unexpected `--jobs many`.*\n\nUsage: rex-article/)
    expect(run.stdout()).toBe('')
  })

  it('exits 2 when given no path and stdin is a terminal, instead of waiting', async () => {
    const run = captureIo()
    expect(await runCli([], run.io)).toBe(2)
    expect(run.stderr()).toContain('stdin')
  })
})

describe('runCli: inputs and formats', () => {
  it('reads stdin when given no path, and prints one object', async () => {
    const bytes = await readFile(path.join(seedDir, seedNames[0] as string))
    const run = captureIo({stdin: bytes})
    expect(await runCli([], run.io)).toBe(0)
    expect(JSON.parse(run.stdout())).toEqual(JSON.parse(JSON.stringify(parseArticle(bytes))))
  })

  it('prints one object for one file and an array, in name order, for a folder', async () => {
    const one = captureIo()
    expect(await runCli([`seeds/${seedNames[3]}`], one.io)).toBe(0)
    const expected = await seedArticles()
    expect(JSON.parse(one.stdout())).toEqual(expected[3])

    const all = captureIo()
    expect(await runCli(['seeds'], all.io)).toBe(0)
    expect(JSON.parse(all.stdout())).toEqual(expected)
    expect(all.stderr()).toBe(`rex-article: ${seedNames.length} parsed, 0 failed\n`)
  })

  it('prints one line per article with jsonl, and nothing on stderr with --quiet', async () => {
    const run = captureIo()
    expect(await runCli(['--format', 'jsonl', '--quiet', 'seeds'], run.io)).toBe(0)
    const lines = run.stdout().trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual(await seedArticles())
    expect(run.stderr()).toBe('')
  })

  it('prints a summary per article and the totals', async () => {
    const run = captureIo()
    expect(await runCli(['--format', 'summary', 'seeds'], run.io)).toBe(0)
    const out = run.stdout()
    for (const name of seedNames) expect(out).toContain(`== ${path.join('seeds', name)}\n`)
    expect(out.endsWith(`\n${seedNames.length} inputs: ${seedNames.length} parsed, 0 failed\n`)).toBe(true)
  })

  it('writes one file per input with --out, mirroring the folders, and nothing on stdout', async () => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'in/sub'), {recursive: true})
      await copyFile(path.join(seedDir, seedNames[0] as string), path.join(dir, 'in/a.txt'))
      await copyFile(path.join(seedDir, seedNames[1] as string), path.join(dir, 'in/sub/b.txt'))
      const run = captureIo({cwd: dir})
      expect(await runCli(['--format', 'markdown', '--out', 'out', 'in'], run.io)).toBe(0)
      expect(run.stdout()).toBe('')
      expect((await readdir(path.join(dir, 'out'), {recursive: true})).sort()).toEqual(['a.md', 'sub', 'sub/b.md'])
    })
  })

  it('refuses to overwrite an input with its own output', async () => {
    await withTempDir(async (dir) => {
      await copyFile(path.join(seedDir, seedNames[0] as string), path.join(dir, 'a.txt'))
      const before = await readFile(path.join(dir, 'a.txt'), 'utf8')
      const run = captureIo({cwd: dir})
      expect(await runCli(['--fix-only', '--out', '.', 'a.txt'], run.io)).toBe(1)
      expect(run.stderr()).toContain('a.txt: Unexpected output path')
      expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe(before)
    })
  })
})

describe('runCli: failures in a batch', () => {
  it('names a missing, an empty and a binary file, still parses the rest, and exits 1', async () => {
    await withTempDir(async (dir) => {
      await copySeeds(dir, 1)
      await writeFile(path.join(dir, '0000-empty.txt'), '')
      await writeFile(path.join(dir, '0001-binary.txt'), Uint8Array.from({length: 2048}, (_, i) => (i * 37) % 256))
      const run = captureIo({cwd: dir})
      const code = await runCli(['--format', 'jsonl', '.', 'missing.txt'], run.io)
      expect(code).toBe(1)
      expect(run.stdout().trimEnd().split('\n')).toHaveLength(seedNames.length)
      const errors = run.stderr()
      expect(errors).toMatch(/^rex-article: 0000-empty\.txt: .*empty-input/m)
      expect(errors).toMatch(/^rex-article: 0001-binary\.txt: .*binary-input/m)
      expect(errors).toContain('rex-article: missing.txt: not found\n')
      expect(errors).toContain(`rex-article: ${seedNames.length} parsed, 3 failed\n`)
      // No stack trace: no line of the form `    at fn (file:1:2)`.
      expect(errors.split('\n').filter((line) => line.trimStart().startsWith('at '))).toEqual([])
    })
  })

  it('fails stdin past the size limit without holding all of it', async () => {
    const run = captureIo({stdin: new Uint8Array(16 * 1024 * 1024 + 1).fill(0x61)})
    expect(await runCli(['-'], run.io)).toBe(1)
    expect(run.stderr()).toMatch(/^rex-article: <stdin>: Unexpected input of more than 16777216 bytes \(input-too-large\)\n$/)
    expect(run.stdout()).toBe('')
  })

  it('prints nothing but exits 1 when the only input fails', async () => {
    const run = captureIo()
    expect(await runCli(['nope.txt'], run.io)).toBe(1)
    expect(run.stdout()).toBe('')
    expect(run.stderr()).toBe('rex-article: nope.txt: not found\n')
  })
})

describe('runCli: streaming', () => {
  it('stops without an error when the reader goes away (EPIPE)', async () => {
    let writes = 0
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++
        callback(writes > 1 ? Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}) : null)
      }
    })
    const run = captureIo()
    const code = await runCli(['--format', 'jsonl', 'seeds', 'seeds', 'seeds'], {...run.io, stdout})
    expect(code).toBe(0)
    expect(writes).toBeLessThan(seedNames.length * 3)
    expect(run.stderr()).not.toContain('EPIPE')
  })

  it('draws a progress bar only on a terminal and only for several inputs', async () => {
    const tty = captureIo({stderrIsTTY: true})
    await runCli(['--format', 'jsonl', 'seeds'], tty.io)
    expect(tty.stderr()).toContain(`] ${seedNames.length}/${seedNames.length} `)
    expect(tty.stderr()).toContain('\r\x1b[K')

    const single = captureIo({stderrIsTTY: true})
    await runCli([`seeds/${seedNames[0]}`], single.io)
    expect(single.stderr()).toBe('')

    const quiet = captureIo({stderrIsTTY: true})
    await runCli(['--quiet', 'seeds'], quiet.io)
    expect(quiet.stderr()).toBe('')
  })

  it('gives the same output with --jobs 2 as with --jobs 1', async () => {
    await withTempDir(async (dir) => {
      await copySeeds(dir, 4)
      await writeFile(path.join(dir, '0002-empty.txt'), '')
      const one = captureIo({cwd: dir})
      const two = captureIo({cwd: dir})
      const codeOne = await runCli(['--jobs', '1', '.'], one.io)
      const codeTwo = await runCli(['--jobs', '2', '.'], two.io)
      expect(codeTwo).toBe(codeOne)
      expect(two.stdout()).toBe(one.stdout())
      expect(two.stderr()).toBe(one.stderr())
      expect(JSON.parse(two.stdout())).toHaveLength(seedNames.length * 4)
    })
  })
})
