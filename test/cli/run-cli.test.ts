import {copyFile, mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import packageJson from '../../package.json' with {type: 'json'}
import {BatchRecord, batchRecordJsonSchema, parseArticle} from '../../src/index.js'
import {runCli} from '../../src/cli/run-cli.js'
import {captureIo, root, withTempDir} from './helpers.js'

const seedDir = path.join(root, 'seeds')
const seedNames = (await readdir(seedDir)).filter((name) => name.endsWith('.txt')).sort()

async function seedArticles(): Promise<unknown[]> {
  return Promise.all(
    seedNames.map(async (name) => JSON.parse(JSON.stringify(parseArticle(await readFile(path.join(seedDir, name))))))
  )
}

describe('runCli: commands', () => {
  it('prints the version of package.json', async () => {
    const run = captureIo()
    expect(await runCli(['--version'], run.io)).toBe(0)
    expect(run.stdout()).toBe(`${packageJson.version}\n`)
  })

  it('prints the JSON Schema of the Article with --schema, and that of a batch record with --schema batch-record', async () => {
    const article = captureIo()
    expect(await runCli(['--schema'], article.io)).toBe(0)
    const schema = JSON.parse(article.stdout()) as {$schema: string; properties: Record<string, unknown>}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.properties)).toContain('claims')

    const record = captureIo()
    expect(await runCli(['--schema', 'batch-record'], record.io)).toBe(0)
    expect(JSON.parse(record.stdout())).toEqual(batchRecordJsonSchema())
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

  it('exits 2 on a --reference-date that is no day of the calendar', async () => {
    const run = captureIo()
    expect(await runCli(['--reference-date', '2025-02-30', 'seeds'], run.io)).toBe(2)
    expect(run.stderr()).toMatch(/^rex-article: Unexpected `--reference-date 2025-02-30`/)
  })

  it('exits 2 when given no path and stdin is a terminal, instead of waiting', async () => {
    const run = captureIo()
    expect(await runCli([], run.io)).toBe(2)
    expect(run.stderr()).toContain('stdin')
  })

  it('renders the review page with --format html', async () => {
    const run = captureIo()
    const code = await runCli(['--format', 'html', `seeds/${seedNames[0]}`], run.io)
    expect(code).toBe(0)
    expect(run.stdout()).toMatch(/^<!doctype html>/i)
    expect(run.stdout()).toContain(seedNames[0])
  })
})

describe('runCli: one input and formats', () => {
  it('reads stdin when given no path, and prints the bare Article', async () => {
    const bytes = await readFile(path.join(seedDir, seedNames[0] as string))
    const run = captureIo({stdin: bytes})
    expect(await runCli([], run.io)).toBe(0)
    expect(JSON.parse(run.stdout())).toEqual(JSON.parse(JSON.stringify(parseArticle(bytes))))
  })

  it('prints one Article for one file, and an array of records, in name order, for a folder', async () => {
    const one = captureIo()
    expect(await runCli([`seeds/${seedNames[3]}`], one.io)).toBe(0)
    const expected = await seedArticles()
    expect(JSON.parse(one.stdout())).toEqual(expected[3])

    const all = captureIo()
    expect(await runCli(['seeds'], all.io)).toBe(0)
    expect(JSON.parse(all.stdout())).toEqual(seedNames.map((name, index) => ({input: `seeds/${name}`, article: expected[index]})))
    expect(all.stderr()).toBe(`rex-article: ${seedNames.length} parsed, 0 failed\n`)
  })

  it('prints one record per line with jsonl, even for one input, and nothing on stderr with --quiet', async () => {
    const run = captureIo()
    expect(await runCli(['--format', 'jsonl', '--quiet', 'seeds'], run.io)).toBe(0)
    const records = run.stdout().trimEnd().split('\n').map((line) => BatchRecord.parse(JSON.parse(line)))
    const articles = await seedArticles()
    expect(records).toEqual(seedNames.map((name, index) => ({input: `seeds/${name}`, article: articles[index]})))
    expect(run.stderr()).toBe('')

    const one = captureIo()
    expect(await runCli(['--format', 'jsonl', `seeds/${seedNames[1]}`], one.io)).toBe(0)
    expect(JSON.parse(one.stdout())).toEqual({input: `seeds/${seedNames[1]}`, article: articles[1]})
  })

  it('puts a header naming each input before its markdown or text in a batch, and none for one input', async () => {
    for (const format of ['markdown', 'text']) {
      const run = captureIo()
      expect(await runCli(['--format', format, 'seeds'], run.io)).toBe(0)
      const headers = run.stdout().split('\n').filter((line) => line.startsWith('==> '))
      expect(headers).toEqual(seedNames.map((name) => `==> seeds/${name} <==`))

      const one = captureIo()
      expect(await runCli(['--format', format, `seeds/${seedNames[0]}`], one.io)).toBe(0)
      expect(one.stdout()).not.toMatch(/^==> /m)
    }
  })

  it('prints a summary per article and the totals', async () => {
    const run = captureIo()
    expect(await runCli(['--format', 'summary', 'seeds'], run.io)).toBe(0)
    const out = run.stdout()
    for (const name of seedNames) expect(out).toContain(`== ${path.join('seeds', name)}\n`)
    expect(out.endsWith(`\n${seedNames.length} inputs: ${seedNames.length} parsed, 0 failed\n`)).toBe(true)
  })

  it('fails an input with only a warning diagnostic under --strict, and passes it without', async () => {
    const text = 'Title of a story\nHighlights\n- One.\n'
    const severities = parseArticle(text).diagnostics.map((diagnostic) => diagnostic.severity)
    // The premise: a warning and no error, so only the warning can fail the input.
    expect(severities).toContain('warning')
    expect(severities).not.toContain('error')

    const lenient = captureIo({stdin: text})
    expect(await runCli(['-'], lenient.io)).toBe(0)
    const strict = captureIo({stdin: text})
    expect(await runCli(['--strict', '-'], strict.io)).toBe(1)
    expect(strict.stdout()).toBe('')
    expect(strict.stderr()).toMatch(/^rex-article: -: .*strict.*\([a-z-]+\)\n$/)
  })
})

describe('runCli: --out', () => {
  it('writes one file per input, mirroring a folder, and nothing on stdout', async () => {
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

  it('keeps two folders with the same file names apart', async () => {
    await withTempDir(async (dir) => {
      for (const folder of ['a', 'b']) {
        await mkdir(path.join(dir, folder))
        await copyFile(path.join(seedDir, seedNames[folder === 'a' ? 0 : 1] as string), path.join(dir, folder, 'x.txt'))
      }
      const run = captureIo({cwd: dir})
      expect(await runCli(['--out', 'o', 'a', 'b'], run.io)).toBe(0)
      const written = await Promise.all(['o/a/x.json', 'o/b/x.json'].map(async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8'))))
      expect(written).toEqual(await Promise.all(['a', 'b'].map(async (folder) => JSON.parse(JSON.stringify(parseArticle(await readFile(path.join(dir, folder, 'x.txt'))))))))
    })
  })

  it.each([
    ['an existing file', ['--out', 'taken', 'in'], 'it is a file'],
    ['the input folder', ['--out', '.', '.'], 'it is the input folder'],
    ['inside the input folder', ['--out', 'in/parsed', 'in'], 'inside the input folder'],
    ['an input itself', ['--fix-only', '--out', 'in', 'in/a.txt'], 'it is an input']
  ])('refuses an --out that is %s with one usage error, before any work', async (_, argv, mention) => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'in'))
      await copyFile(path.join(seedDir, seedNames[0] as string), path.join(dir, 'in/a.txt'))
      await writeFile(path.join(dir, 'taken'), 'not a folder')
      const before = await readdir(dir, {recursive: true})
      const run = captureIo({cwd: dir})
      expect(await runCli(argv, run.io)).toBe(2)
      expect(run.stderr().split('\n')[0]).toContain(mention)
      expect(run.stderr().match(/^rex-article: /gm)).toHaveLength(1)
      expect(await readdir(dir, {recursive: true})).toEqual(before)
    })
  })
})

describe('runCli: failures in a batch', () => {
  it('gives every input one record, failures included, so line n is input n', async () => {
    await withTempDir(async (dir) => {
      await copyFile(path.join(seedDir, seedNames[0] as string), path.join(dir, 'a.txt'))
      await writeFile(path.join(dir, 'b-empty.txt'), '')
      await writeFile(path.join(dir, 'c-binary.txt'), Uint8Array.from({length: 2048}, (_, i) => (i * 37) % 256))
      await copyFile(path.join(seedDir, seedNames[1] as string), path.join(dir, 'd.txt'))
      const run = captureIo({cwd: dir})
      const given = ['a.txt', 'missing.txt', 'b-empty.txt', 'c-binary.txt', 'd.txt']
      expect(await runCli(['--format', 'jsonl', ...given], run.io)).toBe(1)
      const records = run.stdout().trimEnd().split('\n').map((line) => BatchRecord.parse(JSON.parse(line)))
      expect(records.map((record) => record.input)).toEqual(given)
      expect(records.map((record) => ('error' in record ? record.error.code : 'ok'))).toEqual(['ok', 'not-found', 'empty-input', 'binary-input', 'ok'])
      const errors = run.stderr()
      expect(errors).toMatch(/^rex-article: b-empty\.txt: .*empty-input/m)
      expect(errors).toMatch(/^rex-article: c-binary\.txt: .*binary-input/m)
      expect(errors).toContain('rex-article: missing.txt: not found\n')
      expect(errors).toContain('rex-article: 2 parsed, 3 failed\n')
      // No stack trace: no line of the form `    at fn (file:1:2)`.
      expect(errors.split('\n').filter((line) => line.trimStart().startsWith('at '))).toEqual([])
    })
  })

  it('names a failed input in markdown and text output too', async () => {
    const run = captureIo()
    expect(await runCli(['--fix-only', `seeds/${seedNames[0]}`, 'missing.txt'], run.io)).toBe(1)
    expect(run.stdout()).toMatch(/\n\n==> missing\.txt <==\n\(failed: not found\)\n$/)
  })

  it('fails stdin past the size the CLI holds, without holding all of it', async () => {
    const run = captureIo({stdin: new Uint8Array(64 * 1024 * 1024 + 1).fill(0x61)})
    expect(await runCli(['-'], run.io)).toBe(1)
    expect(run.stderr()).toMatch(/^rex-article: -: Unexpected input of more than 67108864 bytes \(input-too-large\)\n$/)
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

  it('draws a progress bar only on a terminal and only for several inputs, erasing to the end of line', async () => {
    const tty = captureIo({stderrIsTTY: true})
    await runCli(['--format', 'jsonl', 'seeds'], tty.io)
    expect(tty.stderr()).toContain(`] ${seedNames.length}/${seedNames.length} `)
    // Every redraw ends by erasing what a longer previous line left to the right.
    const redraws = tty.stderr().split('\r').filter((part) => part.startsWith('['))
    expect(redraws.length).toBeGreaterThan(0)
    for (const redraw of redraws) expect(redraw.endsWith('\x1b[K')).toBe(true)

    const single = captureIo({stderrIsTTY: true})
    await runCli([`seeds/${seedNames[0]}`], single.io)
    expect(single.stderr()).toBe('')

    const quiet = captureIo({stderrIsTTY: true})
    await runCli(['--quiet', 'seeds'], quiet.io)
    expect(quiet.stderr()).toBe('')
  })
})
