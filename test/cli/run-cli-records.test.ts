import {copyFile, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BatchRecord, parseArticle} from '../../src/index.js'
import {runCli} from '../../src/cli/run-cli.js'
import {captureIo, root, withTempDir} from './helpers.js'

const seedDir = path.join(root, 'seeds')
const seedNames = (await readdir(seedDir)).filter((name) => name.endsWith('.txt')).sort()
const seedTexts = await Promise.all(seedNames.map((name) => readFile(path.join(seedDir, name), 'utf8')))

/** JSONL records `{id, text}` for the seeds, with the given ids. */
function jsonl(ids: string[]): string {
  return ids.map((id, index) => `${JSON.stringify({id, text: seedTexts[index % seedTexts.length]})}\n`).join('')
}

function records(stdout: string): BatchRecord[] {
  return stdout.trimEnd().split('\n').map((line) => BatchRecord.parse(JSON.parse(line)))
}

describe('runCli: JSONL input', () => {
  it('reads {id, text} records from stdin and writes one record per line, named by id', async () => {
    const ids = seedNames.map((_, index) => `rec-${index}`)
    const run = captureIo({stdin: jsonl(ids)})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl'], run.io)).toBe(0)
    const output = records(run.stdout())
    expect(output).toEqual(ids.map((id, index) => ({input: id, article: JSON.parse(JSON.stringify(parseArticle(seedTexts[index] as string)))})))
    expect(run.stderr()).toBe(`rex-article: ${ids.length} parsed, 0 failed\n`)
  })

  it('fails a malformed line as one record named by its line, and goes on', async () => {
    const good = jsonl(['a'])
    const input = `${good}{"id": "b", "text": \n\n[1]\n{"id":"c"}\n${jsonl(['d'])}`
    const run = captureIo({stdin: input})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl', '-'], run.io)).toBe(1)
    const output = records(run.stdout())
    expect(output.map((record) => [record.input, 'error' in record ? record.error.code : 'ok'])).toEqual([
      ['a', 'ok'],
      ['-:2', 'invalid-record'],
      ['-:4', 'invalid-record'],
      ['-:5', 'invalid-record'],
      ['d', 'ok']
    ])
    expect(run.stderr()).toMatch(/^rex-article: -:2: Unexpected line that is not JSON/m)
    expect(run.stderr()).toContain('rex-article: 2 parsed, 3 failed\n')
  })

  it('reads records from files and folders (walked for *.jsonl), in order, naming bad lines by file and line', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'one.jsonl'), jsonl(['x1', 'x2']))
      await writeFile(path.join(dir, 'two.jsonl'), `not json\n${jsonl(['y1'])}`)
      await writeFile(path.join(dir, 'skipped.txt'), 'not a record file')
      const run = captureIo({cwd: dir})
      expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl', '.', 'missing.jsonl'], run.io)).toBe(1)
      expect(records(run.stdout()).map((record) => record.input)).toEqual(['x1', 'x2', 'two.jsonl:1', 'y1', 'missing.jsonl'])
    })
  })

  it('writes an array of records with --format json, and headers named by id with markdown', async () => {
    const json = captureIo({stdin: jsonl(['a', 'b'])})
    expect(await runCli(['--input-format', 'jsonl'], json.io)).toBe(0)
    const array = JSON.parse(json.stdout()) as Array<{input: string}>
    expect(array.map((record) => record.input)).toEqual(['a', 'b'])

    const markdown = captureIo({stdin: jsonl(['a', 'b'])})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'markdown'], markdown.io)).toBe(0)
    expect(markdown.stdout().split('\n').filter((line) => line.startsWith('==> '))).toEqual(['==> a <==', '==> b <=='])
  })

  it('writes nothing but an empty array for an empty record stream', async () => {
    const run = captureIo({stdin: ''})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'json'], run.io)).toBe(0)
    expect(run.stdout()).toBe('[]\n')
  })
})

describe('runCli: --jobs', () => {
  it('gives the same output with --jobs 2 as with --jobs 1, over files with failures', async () => {
    await withTempDir(async (dir) => {
      for (let copy = 0; copy < 4; copy++) {
        for (const name of seedNames) await copyFile(path.join(seedDir, name), path.join(dir, `${copy}-${name}`))
      }
      await writeFile(path.join(dir, '2-empty.txt'), '')
      // Four cores, so that two jobs are two worker threads (on two, `--jobs 2` runs one job: see below).
      const one = captureIo({cwd: dir, cores: 4})
      const two = captureIo({cwd: dir, cores: 4})
      const codeOne = await runCli(['--jobs', '1', '.', 'missing.txt'], one.io)
      const codeTwo = await runCli(['--jobs', '2', '.', 'missing.txt'], two.io)
      expect([codeOne, codeTwo]).toEqual([1, 1])
      expect(two.stdout()).toBe(one.stdout())
      expect(two.stderr()).toBe(one.stderr())
      expect(JSON.parse(two.stdout())).toHaveLength(seedNames.length * 4 + 2)
    })
  })

  it('gives the same records with --jobs 3 as with --jobs 1 over JSONL input', async () => {
    const input = `${jsonl(Array.from({length: 12}, (_, index) => `r${index}`))}oops\n`
    const one = captureIo({stdin: input, cores: 4})
    const three = captureIo({stdin: input, cores: 4})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '1'], one.io)).toBe(1)
    expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '3'], three.io)).toBe(1)
    expect(three.stdout()).toBe(one.stdout())
    expect(records(one.stdout())).toHaveLength(13)
  })

  it('runs at most one job fewer than the cores, and says so, since more would be slower than one', async () => {
    const input = jsonl(['a', 'b', 'c'])
    const two = captureIo({stdin: input, cores: 2})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '2'], two.io)).toBe(0)
    expect(two.stderr()).toContain('rex-article: --jobs 2 runs 1 job on 2 cores: more would be slower than one (see docs/cli.md, --jobs N)\n')
    const quiet = captureIo({stdin: input, cores: 2})
    expect(await runCli(['--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '2', '--quiet'], quiet.io)).toBe(0)
    expect(quiet.stderr()).toBe('')
    expect(quiet.stdout()).toBe(two.stdout())
  })
})
