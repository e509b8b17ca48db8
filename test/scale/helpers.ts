/**
 * What the scale-out test and its benchmark share: the records (seed texts made distinct, with repeats and
 * failing inputs), child processes that are always cleaned up, a loopback redis-server on a free port.
 */
import {spawn, type ChildProcess, type SpawnOptions} from 'node:child_process'
import {closeSync, openSync, readFileSync, readdirSync} from 'node:fs'
import {createServer} from 'node:net'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {Redis} from 'ioredis'

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '../..')

/** The built CLI, as users run it. */
export const cli = path.join(root, 'dist/cli.js')

/** One JSONL record. */
export interface InputRecord {
  readonly id: string
  readonly text: string
}

/**
 * `count` records built from the seeds: every `repeatEvery`-th record repeats the text of the record before it
 * (a different id, the same article), and two records are inputs the CLI fails (empty, binary), so error records
 * and their repeats are in the contract too. The other texts are made distinct by a closing line, so each is a job.
 *
 * @example
 * seedRecords(8, 4).map((record) => record.id) // ['rec-0000', …, 'rec-0007']
 */
export function seedRecords(count: number, repeatEvery = 0): InputRecord[] {
  const seeds = readdirSync(path.join(root, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(root, 'seeds', name), 'utf8'))
  const records: InputRecord[] = []
  for (let index = 0; index < count; index++) {
    const id = `rec-${String(index).padStart(4, '0')}`
    let text = `${seeds[index % seeds.length]}\nCopy ${index} of this article.\n`
    if (index % 500 === 7) text = ''
    else if (index % 500 === 11) text = '\u0000\u0001\u0002\u0003'.repeat(64)
    else if (repeatEvery > 0 && index % repeatEvery === repeatEvery - 1) text = (records[index - 1] as InputRecord).text
    records.push({id, text})
  }
  return records
}

/** Records as JSONL. */
export function toJsonl(records: ReadonlyArray<InputRecord>): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('')
}

/** Child processes started by this run, killed (with their process groups) when it ends, whatever happens. */
const children = new Set<ChildProcess>()

/**
 * Start a process in its own process group (so killing it kills the children it forked, as a machine that dies
 * would), remembered for `cleanUp`.
 */
export function start(command: string, args: ReadonlyArray<string>, options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'inherit'], ...options, detached: true})
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

/** Kill a process and its group at once (SIGKILL: no chance to finish its job). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
  }
}

/** Wait for a process to end; its exit code (or 128 + signal number style code when killed). */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 128)))
}

/** Run a command to its end, stdin from a file or nothing, stdout into a string. */
export async function run(
  command: string,
  args: ReadonlyArray<string>,
  options: {stdin?: string; env?: NodeJS.ProcessEnv; stderr?: 'inherit' | 'ignore'} = {}
): Promise<{code: number; stdout: string}> {
  const input = options.stdin === undefined ? 'ignore' : openSync(options.stdin, 'r')
  const child = start(command, args, {stdio: [input, 'pipe', options.stderr ?? 'inherit'], env: options.env ?? process.env})
  const chunks: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
  const code = await exited(child)
  if (typeof input === 'number') closeSync(input)
  return {code, stdout: Buffer.concat(chunks).toString('utf8')}
}

/** Kill every child still running (workers, redis-server). */
export function cleanUp(): void {
  for (const child of children) killGroup(child)
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Start redis-server on loopback only, on a free port, with no persistence (its folder is the run's scratch
 * folder), and wait until it answers.
 *
 * @returns the URL and the process
 */
export async function startRedis(dir: string): Promise<{url: string; server: ChildProcess}> {
  const port = await freePort()
  const server = start('redis-server', [
    '--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--save', '', '--appendonly', 'no',
    '--dir', dir, '--maxmemory-policy', 'noeviction'
  ])
  const url = `redis://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = new Redis(url, {lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null})
    client.on('error', () => {})
    try {
      await client.connect()
      if ((await client.ping()) === 'PONG') return {url, server}
    } catch {
      // Not listening yet.
    } finally {
      client.disconnect()
    }
    await sleep(100)
  }
  throw new Error(`redis-server did not answer on ${url}`)
}

/** Whether a command is on PATH. */
export async function hasCommand(command: string): Promise<boolean> {
  return (await run('sh', ['-c', `command -v ${command} >/dev/null 2>&1`])).code === 0
}
