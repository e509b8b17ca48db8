import {Worker, type MessagePort} from 'node:worker_threads'
import {readAndRender} from './read-input.js'
import type {InputOutcome, RenderSettings} from './render-input.js'

/** Where worker threads start: a module that calls `serveWorker` when it finds `workerMarker` in `workerData`. */
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

/** The `workerData` a CLI worker thread is started with, so the entry module knows to serve, not to run. */
export const workerMarker = 'rex-article-cli-worker'

interface Task {
  readonly id: number
  readonly file: string
  readonly name: string
  readonly settings: RenderSettings
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
 * Files handed to one worker at a time: two, so the next file is already waiting in the worker when it finishes
 * one, instead of the worker idling until the main thread is scheduled to hand it more.
 */
const TASKS_PER_WORKER = 2

/** A fixed set of worker threads that read and render files. */
export interface WorkerPool {
  /** Render one file in the next free worker. Never rejects: a crashed worker gives a failed outcome. */
  run(file: string, name: string, settings: RenderSettings): Promise<InputOutcome>
  /** Stop every worker. Outcomes still pending become failures. */
  close(): Promise<void>
}

/**
 * Start `size` worker threads. Each reads and parses files itself, so only file names go in and rendered text
 * comes out; the caller orders the results (`mapOrdered`).
 *
 * @param size how many workers
 * @param spec the module the workers run
 * @returns the pool
 * @example
 * const pool = createWorkerPool(2, {url: new URL(import.meta.url)})
 * await pool.run('/data/a.txt', 'a.txt', settings) // → {ok: true, text: '…'}
 * await pool.close()
 */
export function createWorkerPool(size: number, spec: WorkerSpec): WorkerPool {
  const queue: Job[] = []
  const inFlight = new Map<Worker, Map<number, Job>>()
  let nextId = 0
  let closed = false

  // Each worker gets the least-loaded slot, up to TASKS_PER_WORKER at once.
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
      target.postMessage(job.task)
    }
  }

  const start = (): void => {
    const worker =
      spec.register === undefined
        ? new Worker(spec.url, {workerData: workerMarker})
        : new Worker(
            `import(${JSON.stringify(spec.register)}).then((api) => { api.register(); return import(${JSON.stringify(spec.url.href)}) })`,
            {eval: true, workerData: workerMarker}
          )
    const jobs = new Map<number, Job>()
    inFlight.set(worker, jobs)
    worker.on('message', (reply: Reply) => {
      jobs.get(reply.id)?.resolve(reply.outcome)
      jobs.delete(reply.id)
      dispatch()
    })
    // A worker that dies fails the files it holds and leaves the pool; the others carry on.
    const fail = (reason: string): void => {
      if (!inFlight.delete(worker)) return
      for (const job of jobs.values()) job.resolve({ok: false, reason})
      jobs.clear()
      if (inFlight.size === 0) for (const waiting of queue.splice(0)) waiting.resolve({ok: false, reason})
    }
    worker.on('error', (error) => fail(`Worker failed: ${error.message}`))
    worker.on('exit', (code) => {
      if (!closed) fail(`Worker stopped with exit code ${code}`)
    })
  }
  for (let index = 0; index < size; index++) start()

  return {
    run(file, name, settings) {
      if (closed || inFlight.size === 0) return Promise.resolve({ok: false, reason: 'Worker pool is closed'})
      return new Promise((resolve) => {
        queue.push({task: {id: nextId++, file, name, settings}, resolve})
        dispatch()
      })
    },
    async close() {
      closed = true
      const workers = [...inFlight.keys()]
      for (const jobs of inFlight.values()) for (const job of jobs.values()) job.resolve({ok: false, reason: 'Cancelled'})
      for (const job of queue.splice(0)) job.resolve({ok: false, reason: 'Cancelled'})
      inFlight.clear()
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}

/**
 * The worker side: answer each task posted to `port` with the rendered outcome.
 *
 * @param port the worker's `parentPort`
 * @example
 * if (!isMainThread && workerData === workerMarker && parentPort) serveWorker(parentPort)
 */
export function serveWorker(port: MessagePort): void {
  port.on('message', (task: Task) => {
    void readAndRender(task.file, task.name, task.settings).then((outcome) => {
      port.postMessage({id: task.id, outcome} satisfies Reply)
    })
  })
}
