import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import type {CliIo} from '../../src/cli/run-cli.js'

/** The repository root, so tests can name `seeds/` the way a user would. */
export const root = path.resolve(import.meta.dirname, '../..')

/** The worker module as the sources run it: the CLI entry, with tsx's hooks installed in each worker. */
export const sourceWorker = {
  url: new URL('../../src/cli/index.ts', import.meta.url),
  register: import.meta.resolve('tsx/esm/api')
}

/** A CLI run's captured output. */
export interface Captured {
  readonly io: CliIo
  stdout(): string
  stderr(): string
}

/**
 * In-memory streams for `runCli`: stdout and stderr are collected, stdin holds `stdin` (or is a terminal).
 */
export function captureIo(options: {stdin?: string | Uint8Array; cwd?: string; stderrIsTTY?: boolean; cores?: number} = {}): Captured {
  const out: Buffer[] = []
  const err: Buffer[] = []
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const io: CliIo = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    stdinIsTTY: options.stdin === undefined,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: 80,
    cwd: options.cwd ?? root,
    availableParallelism: options.cores ?? 2,
    worker: sourceWorker
  }
  return {
    io,
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8')
  }
}

/** Make a temporary folder, run `fn` with it, and remove it afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rex-article-cli-'))
  try {
    return await fn(dir)
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}
