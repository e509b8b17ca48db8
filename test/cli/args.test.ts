import {describe, expect, it} from 'vitest'
import {argvToCommand, type CliOptions} from '../../src/cli/args.js'

function options(argv: string[]): CliOptions {
  const result = argvToCommand(argv)
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`)
  if (result.command.kind !== 'run') throw new Error(`expected run, got ${result.command.kind}`)
  return result.command.options
}

function reason(argv: string[]): string {
  const result = argvToCommand(argv)
  if (result.ok) throw new Error(`expected a usage error for ${argv.join(' ')}`)
  return result.reason
}

describe('argvToCommand', () => {
  it('defaults to json of text on stdin, claims on, and leaves the number of jobs to the machine', () => {
    expect(options([])).toEqual({
      paths: [],
      format: 'json',
      inputFormat: 'text',
      out: undefined,
      claims: true,
      mentions: true,
      referenceDate: undefined,
      strict: false,
      jobs: undefined,
      quiet: false
    })
  })

  it('reads every option, long and short', () => {
    expect(
      options(['-f', 'markdown', '-o', 'out', '--no-claims', '--no-mentions', '--reference-date', '2025-03-04', '--strict', '-j', '3', '-q', 'a.txt', '-'])
    ).toEqual({
      paths: ['a.txt', '-'],
      format: 'markdown',
      inputFormat: 'text',
      out: 'out',
      claims: false,
      mentions: false,
      referenceDate: '2025-03-04',
      strict: true,
      jobs: 3,
      quiet: true
    })
  })

  it('treats --fix-only as the text format', () => {
    expect(options(['--fix-only']).format).toBe('text')
    expect(options(['--fix-only', '--format', 'text']).format).toBe('text')
    expect(reason(['--fix-only', '--format', 'json'])).toContain('--fix-only')
  })

  it('reads --input-format jsonl', () => {
    expect(options(['--input-format', 'jsonl', '-f', 'jsonl', 'records.jsonl']).inputFormat).toBe('jsonl')
  })

  it('answers help, version and schema before anything else', () => {
    expect(argvToCommand(['--format', 'json', '--help'])).toEqual({ok: true, command: {kind: 'help'}})
    expect(argvToCommand(['-v'])).toEqual({ok: true, command: {kind: 'version'}})
    expect(argvToCommand(['--format', 'xml', '--schema'])).toEqual({ok: true, command: {kind: 'schema', schema: 'article'}})
  })

  it('names the schema to print: the Article by default, or one batch record', () => {
    expect(argvToCommand(['--schema', 'article'])).toEqual({ok: true, command: {kind: 'schema', schema: 'article'}})
    expect(argvToCommand(['--schema', 'batch-record'])).toEqual({ok: true, command: {kind: 'schema', schema: 'batch-record'}})
    expect(reason(['--schema', 'x.txt'])).toContain('batch-record')
  })

  it.each([
    [['--format', 'xml'], 'xml'],
    [['--jobs', '0'], '--jobs 0'],
    [['--jobs', '2.5'], '--jobs 2.5'],
    [['--jobs', 'two'], '--jobs two'],
    [['--reference-date', 'yesterday'], 'yesterday'],
    [['--reference-date', '2025-3-4'], '2025-3-4'],
    [['--input-format', 'csv'], 'csv'],
    [['--input-format', 'jsonl', '--out', 'o'], '--out'],
    [['--out', ''], '--out'],
    [['-', '-'], 'stdin'],
    [['--frobnicate'], 'frobnicate'],
    [['--format'], 'format']
  ])('rejects %j', (argv, mention) => {
    expect(reason(argv)).toContain(mention)
  })
})
