/**
 * The figures of docs/scale-out.md: wall time of the same 1,000 distinct records (the seeds, each copy made
 * distinct by a closing line) through one CLI process, `--jobs 2`, GNU parallel -j2 over two CLI processes, and
 * two BullMQ workers on a loopback redis-server; and `--jobs 1` against `--jobs 2` on 1,000 files. Runs are
 * alternated (one of each, then again), and the medians compared, because a shared machine's load drifts. For
 * the CLI cases the CPU time (user + system, all threads and child processes, from GNU time) is shown too: on a
 * machine whose cores other work keeps busy, wall time follows the CPU a run needs.
 *
 *   npm run build && npx tsx test/scale/bench.ts [runs (default 5)]
 *
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {Queue} from 'bullmq'
import {Redis} from 'ioredis'
import {cleanUp, cli, killGroup, root, run, seedRecords, start, startRedis, toJsonl} from './helpers.js'

const RUNS = Number(process.argv[2] ?? 5)
const RECORDS = 1000

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rex-article-bench-'))
  try {
    // Only articles: the empty and binary inputs of seedRecords test failures, they would flatter every engine here.
    const records = seedRecords(RECORDS).filter((record) => record.text.trim() !== '' && !record.text.includes('\u0000'))
    const input = path.join(dir, 'records.jsonl')
    await writeFile(input, toJsonl(records))
    const files = path.join(dir, 'files')
    await mkdir(files)
    for (const [index, record] of records.entries()) await writeFile(path.join(files, `${String(index).padStart(4, '0')}.txt`), record.text)
    const {url} = await startRedis(dir)

    const jsonl = ['--input-format', 'jsonl', '--format', 'jsonl', '--quiet']
    const usage = path.join(dir, 'usage')
    // The wall time of a command, and its CPU time (user + system of every thread and child) from GNU time.
    const measure = async (command: string, args: string[], stdin?: string): Promise<Measure> => {
      const started = performance.now()
      await run('/usr/bin/time', ['-f', '%U %S', '-o', usage, command, ...args], {stdin, stderr: 'ignore'})
      const [user = 0, system = 0] = (await readFile(usage, 'utf8')).trim().split(/\s+/).map(Number)
      return {wall: (performance.now() - started) / 1000, cpu: user + system}
    }
    const cases: Array<[string, () => Promise<Measure>]> = [
      ['one process (JSONL)', () => measure('node', [cli, ...jsonl], input)],
      ['--jobs 2 (JSONL)', () => measure('node', [cli, ...jsonl, '--jobs', '2'], input)],
      [
        'GNU parallel -j2 (JSONL)',
        () =>
          measure('parallel', ['--will-cite', '--pipe', '--round-robin', '-j2', '--block', '1M', `node '${cli}' ${jsonl.join(' ')} 2>/dev/null; test $? -le 1`], input)
      ],
      ['two BullMQ workers', async () => ({wall: await queueRun(url, input, records.length)})],
      ['--jobs 1 (1,000 files)', () => measure('node', [cli, '--format', 'jsonl', '--quiet', '--jobs', '1', files])],
      ['--jobs 2 (1,000 files)', () => measure('node', [cli, '--format', 'jsonl', '--quiet', '--jobs', '2', files])]
    ]
    const times = new Map<string, Measure[]>(cases.map(([name]) => [name, []]))
    console.log(`${records.length} records; ${cpus()[0]?.model ?? 'cpu'}, availableParallelism ${availableParallelism()}; load ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)
    for (let round = 0; round < RUNS; round++) {
      for (const [name, measure] of cases) times.get(name)?.push(await measure())
    }
    const medians = (name: string): {wall: number; cpu: number} => {
      const values = times.get(name) ?? []
      return {wall: median(values.map((value) => value.wall)), cpu: median(values.map((value) => value.cpu ?? Number.NaN))}
    }
    for (const [name, values] of times) {
      const reference = medians(name.endsWith('files)') ? '--jobs 1 (1,000 files)' : 'one process (JSONL)')
      const {wall, cpu} = medians(name)
      const cpuText = Number.isNaN(cpu) ? '' : `  cpu ${cpu.toFixed(2)} s ×${(cpu / reference.cpu).toFixed(2)}`
      console.log(
        `${name.padEnd(26)} wall ${wall.toFixed(2)} s ×${(wall / reference.wall).toFixed(2)}${cpuText}  [${values.map((v) => v.wall.toFixed(2)).join(' ')}]`
      )
    }
    console.log(`load after: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)
  } finally {
    cleanUp()
    await rm(dir, {recursive: true, force: true})
  }
}

/** Seconds of wall time, and of CPU time when it was measured. */
interface Measure {
  readonly wall: number
  readonly cpu?: number
}

// Enqueue (not timed), then time two fresh worker processes from their start to the last job done.
async function queueRun(url: string, input: string, count: number): Promise<number> {
  const name = `bench-${Date.now()}`
  const env = {...process.env, REDIS_URL: url, REX_QUEUE: name}
  await run('node', [path.join(root, 'docs/scale-out/producer.mjs'), input], {env, stderr: 'ignore'})
  const connection = new Redis(url, {maxRetriesPerRequest: null})
  const queue = new Queue(name, {connection})
  const {waiting = 0, wait = 0} = await queue.getJobCounts('waiting', 'wait')
  const jobs = Math.max(waiting, wait)
  const started = performance.now()
  const workers = [0, 1].map(() => start('node', [path.join(root, 'docs/scale-out/worker.mjs')], {env}))
  for (;;) {
    const {completed = 0, failed = 0} = await queue.getJobCounts('completed', 'failed')
    if (completed + failed >= Math.min(jobs, count)) break
    await sleep(20)
  }
  const seconds = (performance.now() - started) / 1000
  for (const worker of workers) killGroup(worker, 'SIGTERM')
  await queue.obliterate({force: true})
  await queue.close()
  connection.disconnect()
  return seconds
}

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

main().catch((error: unknown) => {
  cleanUp()
  console.error(error)
  process.exitCode = 1
})
