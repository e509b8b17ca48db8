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

/** A fixed set of worker threads that each render one file at a time. */
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
  const idle: Worker[] = []
  const queue: Array<{task: Task; resolve: (outcome: InputOutcome) => void}> = []
  const busy = new Map<Worker, {task: Task; resolve: (outcome: InputOutcome) => void}>()
  let nextId = 0
  let closed = false

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker
      const job = queue.shift() as (typeof queue)[number]
      busy.set(worker, job)
      worker.postMessage(job.task)
    }
  }

  const workers = Array.from({length: size}, () => {
    const worker =
      spec.register === undefined
        ? new Worker(spec.url, {workerData: workerMarker})
        : new Worker(
            `import(${JSON.stringify(spec.register)}).then((api) => { api.register(); return import(${JSON.stringify(spec.url.href)}) })`,
            {eval: true, workerData: workerMarker}
          )
    worker.on('message', (reply: Reply) => {
      const job = busy.get(worker)
      busy.delete(worker)
      if (job !== undefined && job.task.id === reply.id) job.resolve(reply.outcome)
      idle.push(worker)
      dispatch()
    })
    // A worker that dies fails its current file and leaves the pool; the others carry on.
    const fail = (reason: string): void => {
      const job = busy.get(worker)
      busy.delete(worker)
      const index = workers.indexOf(worker)
      if (index !== -1) workers.splice(index, 1)
      job?.resolve({ok: false, reason})
      if (workers.length === 0) for (const waiting of queue.splice(0)) waiting.resolve({ok: false, reason})
    }
    worker.on('error', (error) => fail(`Worker failed: ${error.message}`))
    worker.on('exit', (code) => {
      if (!closed) fail(`Worker stopped with exit code ${code}`)
    })
    idle.push(worker)
    return worker
  })

  return {
    run(file, name, settings) {
      if (closed || workers.length === 0) return Promise.resolve({ok: false, reason: 'Worker pool is closed'})
      return new Promise((resolve) => {
        queue.push({task: {id: nextId++, file, name, settings}, resolve})
        dispatch()
      })
    },
    async close() {
      closed = true
      for (const job of [...busy.values(), ...queue.splice(0)]) job.resolve({ok: false, reason: 'Cancelled'})
      busy.clear()
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
