/**
 * `npm run test:scale`: the JSONL contract of SPEC §10 on real engines, each against one process of the CLI.
 *
 * 1. GNU parallel: 400 records split over two CLI processes (`parallel --pipe --round-robin -j2`); the output,
 *    sorted, must equal one process's, sorted.
 * 2. BullMQ on a real redis-server (loopback, a free port): 2,000 records with repeats enqueued by the recipe's
 *    producer (docs/scale-out/), two worker processes, one killed (SIGKILL, with its sandboxed children) while it
 *    holds a job and started again; every distinct text must be completed exactly once, the collected records
 *    must be byte-identical to the CLI's for the same input, and every article equal to in-process parseArticle.
 *
 * The last line is `scale: N records, N done, 0 lost, 0 duplicated, output identical` with the real figures; the
 * exit code is 0 only if it says so (and parallel agreed). redis-server and the workers are always stopped.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {Queue, QueueEvents} from 'bullmq'
import {Redis} from 'ioredis'
import {parseArticle} from '../../src/index.js'
import {cleanUp, cli, exited, hasCommand, killGroup, root, run, seedRecords, start, startRedis, toJsonl, type InputRecord} from './helpers.js'

const RECORDS = 2000
const PARALLEL_RECORDS = 400
const QUEUE = 'rex-scale-test'
const recipe = path.join(root, 'docs/scale-out')
const problems: string[] = []
const check = (ok: boolean, problem: string): void => {
  if (!ok) problems.push(problem)
}
const log = (line: string): void => console.log(`test:scale: ${line}`)

async function main(): Promise<string> {
  for (const command of ['redis-server', 'parallel']) {
    if (!(await hasCommand(command))) throw new Error(`\`${command}\` is not installed (Debian: apt-get install -y redis-server parallel)`)
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'rex-article-scale-'))
  try {
    const records = seedRecords(RECORDS, 4)
    await checkParallel(dir, records.slice(0, PARALLEL_RECORDS))
    return await checkQueue(dir, records)
  } finally {
    cleanUp()
    await rm(dir, {recursive: true, force: true})
  }
}

async function checkParallel(dir: string, records: ReadonlyArray<InputRecord>): Promise<void> {
  const input = path.join(dir, 'parallel.jsonl')
  await writeFile(input, toJsonl(records))
  // The CLI names the failing records on stderr (the empty and the binary text): expected here, so not shown.
  const one = await run('node', [cli, '--input-format', 'jsonl', '--format', 'jsonl', '--quiet'], {stdin: input, stderr: 'ignore'})
  // Exit code 1 means "some record failed", which is data here (the error records): only 2 and up is a failure.
  const joblog = path.join(dir, 'joblog')
  const split = await run(
    'parallel',
    // One argument: GNU parallel runs it in a shell, as a user types it.
    ['--will-cite', '--pipe', '--round-robin', '-j2', '--block', '512k', '--joblog', joblog,
      `node '${cli}' --input-format jsonl --format jsonl --quiet 2>/dev/null; test $? -le 1`],
    {stdin: input}
  )
  const sorted = (text: string): string => text.trimEnd().split('\n').sort().join('\n')
  const processes = (await run('sh', ['-c', `tail -n +2 ${JSON.stringify(joblog)} | wc -l`])).stdout.trim()
  check(one.code === 1 && split.code === 0, `exit codes: one process ${one.code}, parallel ${split.code}`)
  check(processes === '2', `GNU parallel ran ${processes} processes, expected 2`)
  const equal = sorted(split.stdout) === sorted(one.stdout) && one.stdout.split('\n').length === records.length + 1
  check(equal, 'GNU parallel: the sorted output differs from one process')
  log(`GNU parallel -j2 over ${records.length} records in ${processes} processes: sorted output ${equal ? 'equal to' : 'DIFFERENT from'} one process's`)
}

async function checkQueue(dir: string, records: ReadonlyArray<InputRecord>): Promise<string> {
  const input = path.join(dir, 'records.jsonl')
  await writeFile(input, toJsonl(records))
  const distinct = new Set(records.map((record) => record.text))
  const {url} = await startRedis(dir)
  const env = {...process.env, REDIS_URL: url, REX_QUEUE: QUEUE, REX_LOCK_MS: '2000'}
  const connection = new Redis(url, {maxRetriesPerRequest: null})
  const queue = new Queue(QUEUE, {connection})
  const eventsConnection = new Redis(url, {maxRetriesPerRequest: null})
  const events = new QueueEvents(QUEUE, {connection: eventsConnection})
  const completions = new Map<string, number>()
  let stalled = 0
  let started = 0
  events.on('completed', ({jobId}) => completions.set(jobId, (completions.get(jobId) ?? 0) + 1))
  events.on('stalled', () => stalled++)
  events.on('active', () => started++)
  await events.waitUntilReady()
  try {
    log(`redis-server on ${url}; enqueueing ${records.length} records`)
    const produced = await run('node', [path.join(recipe, 'producer.mjs'), input], {env})
    check(produced.code === 0, `producer exited ${produced.code}`)
    const worker = (name: string) => start('node', [path.join(recipe, 'worker.mjs')], {env: {...env, REX_WORKER_NAME: name}})
    const first = worker('A')
    worker('B')
    const killedAt = await killMidJob(queue, first, distinct.size)
    await exited(first)
    worker('A2')
    check(await waitForAll(queue, distinct.size), 'not every job finished within the time limit')
    const collected = await run('node', [path.join(recipe, 'collect.mjs'), input], {env: {...env, REX_COLLECT_TIMEOUT_MS: '10000'}})
    const reference = await run('node', [cli, '--input-format', 'jsonl', '--format', 'jsonl', '--quiet'], {stdin: input, stderr: 'ignore'})

    const lines = collected.stdout.trimEnd().split('\n')
    const results = lines.map((line) => JSON.parse(line) as {input: string; article?: unknown; error?: {code: string}})
    const byInput = new Map(results.map((result) => [result.input, result]))
    const lost = records.filter((record) => {
      const result = byInput.get(record.id)
      return result === undefined || ['not-enqueued', 'timeout', 'job-failed'].includes(result.error?.code ?? '')
    }).length
    const jobs = Object.values(await queue.getJobCounts('completed', 'failed', 'active', 'wait', 'delayed')).reduce((a, b) => a + b, 0)
    // A text completed twice, an input written twice, or a text parsed in two jobs.
    const duplicated =
      [...completions.values()].reduce((sum, count) => sum + count - 1, 0) + (results.length - byInput.size) + Math.max(0, jobs - distinct.size)
    const identical = collected.stdout === reference.stdout
    const inProcess = records.every((record, index) => {
      const result = results[index]
      return result?.input === record.id && (result.article === undefined || JSON.stringify(result.article) === JSON.stringify(parseArticle(record.text)))
    })
    check(completions.size === distinct.size, `${completions.size} jobs completed, expected one per distinct text (${distinct.size})`)
    check(lost === 0 && duplicated === 0, `${lost} lost, ${duplicated} duplicated`)
    check(identical, 'the collected records differ from the CLI output for the same records')
    check(inProcess, 'a collected article differs from in-process parseArticle')
    check(stalled >= 1, 'the killed worker held no job when it was killed: no job was recovered')
    log(
      `BullMQ: ${records.length} records, ${distinct.size} distinct texts, ${jobs} jobs; worker A killed (SIGKILL) after ` +
        `${killedAt} completions while holding a job; ${stalled} stalled job(s) recovered; ${started} job starts for ` +
        `${completions.size} completions`
    )
    const done = records.length - lost
    const verdict = identical && inProcess ? 'output identical' : 'output DIFFERENT'
    return `scale: ${records.length} records, ${done} done, ${lost} lost, ${duplicated} duplicated, ${verdict}`
  } finally {
    await events.close()
    await queue.close()
    // Connections passed in are the caller's to close: left open, they would retry once redis-server is stopped.
    eventsConnection.disconnect()
    connection.disconnect()
  }
}

// Kill worker A (SIGKILL, its sandboxed children with it) once a third of the jobs are done and it holds a job.
async function killMidJob(queue: Queue, worker: ReturnType<typeof start>, total: number): Promise<number> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const {completed = 0} = await queue.getJobCounts('completed')
    if (completed >= total / 3) {
      const active = await queue.getJobs(['active'])
      if (active.some((job) => job.processedBy === 'A')) {
        killGroup(worker)
        return completed
      }
    }
    await sleep(20)
  }
  throw new Error('worker A never held a job after a third of the jobs were done')
}

async function waitForAll(queue: Queue, total: number): Promise<boolean> {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    const {completed = 0, failed = 0} = await queue.getJobCounts('completed', 'failed')
    if (completed + failed >= total) return true
    await sleep(200)
  }
  return false
}

main().then(
  (summary) => {
    for (const problem of problems) console.error(`test:scale: FAILED: ${problem}`)
    console.log(summary)
    process.exitCode = problems.length === 0 ? 0 : 1
  },
  (error: unknown) => {
    cleanUp()
    console.error(`test:scale: FAILED: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
)
