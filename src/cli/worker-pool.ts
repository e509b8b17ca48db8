import {Worker, type MessagePort} from 'node:worker_threads'
import {loadLibrary} from './library.js'
import {failedOutcome, type InputOutcome, type RenderSettings} from './render-input.js'
import {renderUnit, type WorkUnit} from './render-unit.js'

/** Where worker threads start: a module that calls `serveWorker` when `isWorkerData` says it is one. */
export interface WorkerSpec {
  readonly url: URL
  /**
   * (optional) The URL of a module whose `register()` installs loader hooks in each worker before `url` loads.
   * Only for running the TypeScript sources (`tsx/esm/api`): on Node 20 a worker does not inherit the loader
   * hooks of its parent, and tsx's `--import` entry registers on the main thread only. The built CLI is plain
   * JavaScript and needs none.
   */
  readonly register?: string
}

/** What a CLI worker thread is started with: the marker, so the entry module knows to serve, and the settings. */
export interface CliWorkerData {
  readonly marker: typeof workerMarker
  readonly settings: RenderSettings
}

const workerMarker = 'rex-article-cli-worker'

/**
 * Whether a thread's `workerData` is that of a CLI worker.
 *
 * @example
 * if (!isMainThread && isWorkerData(workerData) && parentPort) serveWorker(parentPort, workerData.settings)
 */
export function isWorkerData(value: unknown): value is CliWorkerData {
  return typeof value === 'object' && value !== null && (value as {marker?: unknown}).marker === workerMarker
}

interface Task {
  readonly id: number
  readonly unit: WorkUnit
}

interface Reply {
  readonly id: number
  readonly outcome: InputOutcome
}

interface Job {
  readonly task: Task
  readonly resolve: (outcome: InputOutcome) => void
}

/**
 * Units handed to one worker at a time: two, so the next unit is already waiting in the worker when it finishes
 * one, instead of the worker idling until the main thread is scheduled to hand it more.
 */
const TASKS_PER_WORKER = 2

/** A fixed set of worker threads, started once for the run, that render units. */
export interface WorkerPool {
  /** Render one unit in the next free worker. Never rejects: a crashed worker gives a failed outcome. */
  run(unit: WorkUnit): Promise<InputOutcome>
  /** Stop every worker. Outcomes still pending become failures. */
  close(): Promise<void>
}

/**
 * Start `size` worker threads for one run. Each loads the library as it starts and reads files itself, so only
 * file names (or a JSONL line's bytes, transferred, not copied) go in and rendered text comes out; the caller
 * puts the results in order (`mapOrdered`).
 *
 * @param size how many workers
 * @param spec the module the workers run
 * @param settings format and parse options, the same for every unit of the run
 * @returns the pool
 * @example
 * const pool = createWorkerPool(2, {url: new URL(import.meta.url)}, settings)
 * await pool.run({kind: 'file', path: '/data/a.txt', name: 'a.txt'}) // → {ok: true, name: 'a.txt', text: '…'}
 * await pool.close()
 */
export function createWorkerPool(size: number, spec: WorkerSpec, settings: RenderSettings): WorkerPool {
  const queue: Job[] = []
  const inFlight = new Map<Worker, Map<number, Job>>()
  const workerData: CliWorkerData = {marker: workerMarker, settings}
  let nextId = 0
  let closed = false
  const failure = (job: Job, code: string, message: string): void =>
    job.resolve(failedOutcome(job.task.unit.name, {code, message, diagnostics: []}, settings))

  // Each unit goes to the least-loaded worker, up to TASKS_PER_WORKER at once.
  const dispatch = (): void => {
    while (queue.length > 0) {
      let target: Worker | undefined
      for (const [worker, jobs] of inFlight) {
        if (jobs.size < TASKS_PER_WORKER && (target === undefined || jobs.size < (inFlight.get(target)?.size ?? 0))) {
          target = worker
        }
      }
      if (target === undefined) return
      const job = queue.shift() as Job
      inFlight.get(target)?.set(job.task.id, job)
      target.postMessage(job.task, transferList(job.task.unit))
    }
  }

  const start = (): void => {
    const worker =
      spec.register === undefined
        ? new Worker(spec.url, {workerData})
        : new Worker(
            `import(${JSON.stringify(spec.register)}).then((api) => { api.register(); return import(${JSON.stringify(spec.url.href)}) })`,
            {eval: true, workerData}
          )
    const jobs = new Map<number, Job>()
    inFlight.set(worker, jobs)
    worker.on('message', (reply: Reply) => {
      jobs.get(reply.id)?.resolve(reply.outcome)
      jobs.delete(reply.id)
      dispatch()
    })
    // A worker that dies fails the units it holds and leaves the pool; the others carry on.
    const fail = (message: string): void => {
      if (!inFlight.delete(worker)) return
      for (const job of jobs.values()) failure(job, 'worker-failed', message)
      jobs.clear()
      if (inFlight.size === 0) for (const waiting of queue.splice(0)) failure(waiting, 'worker-failed', message)
    }
    worker.on('error', (error) => fail(`Worker failed: ${error.message}`))
    worker.on('exit', (code) => {
      if (!closed) fail(`Worker stopped with exit code ${code}`)
    })
  }
  for (let index = 0; index < size; index++) start()

  return {
    run(unit) {
      return new Promise((resolve) => {
        const job = {task: {id: nextId++, unit}, resolve}
        if (closed || inFlight.size === 0) failure(job, 'worker-failed', 'Worker pool is closed')
        else {
          queue.push(job)
          dispatch()
        }
      })
    },
    async close() {
      closed = true
      const workers = [...inFlight.keys()]
      for (const jobs of inFlight.values()) for (const job of jobs.values()) failure(job, 'cancelled', 'Cancelled')
      for (const job of queue.splice(0)) failure(job, 'cancelled', 'Cancelled')
      inFlight.clear()
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}

// A unit's bytes move to the worker rather than being copied, when they are the whole of their buffer (a line
// of a JSONL file is); a view into a larger or shared buffer (Node's pool) is copied instead.
function transferList(unit: WorkUnit): ArrayBuffer[] {
  if (unit.kind !== 'line' && unit.kind !== 'bytes') return []
  const {buffer, byteOffset, byteLength} = unit.bytes
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : []
}

/**
 * The worker side: load the library at once (while the main thread is still listing inputs), then answer each
 * unit posted to `port` with its rendered outcome.
 *
 * @param port the worker's `parentPort`
 * @param settings the run's settings, from `workerData`
 * @example
 * if (!isMainThread && isWorkerData(workerData) && parentPort) serveWorker(parentPort, workerData.settings)
 */
export function serveWorker(port: MessagePort, settings: RenderSettings): void {
  void loadLibrary()
  port.on('message', (task: Task) => {
    void renderUnit(task.unit, settings).then((outcome) => {
      port.postMessage({id: task.id, outcome} satisfies Reply)
    })
  })
}
