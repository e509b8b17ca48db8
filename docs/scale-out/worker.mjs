#!/usr/bin/env node
// One worker process: start as many as you like, on as many machines as can reach Redis.
//
//   REDIS_URL=redis://queue-host:6379 REX_CONCURRENCY=2 node worker.mjs
//
//   REX_CONCURRENCY  parses at once in this process, each in its own child process (default: 1; about one per
//                    1.4 cores, as one parse keeps V8's garbage collector and compiler busy on a second core)
//   REX_LOCK_MS      how long a job stays locked without news from its worker (default: 30000); when a worker
//                    dies, its jobs go back to the queue after this long, and another worker parses them
//   REX_WORKER_NAME  how this worker is named on the jobs it takes (default: host:pid)
import {hostname} from 'node:os'
import {Worker} from 'bullmq'
import {connect, queueName} from './common.mjs'

const lockDuration = Number(process.env.REX_LOCK_MS ?? 30000)
const worker = new Worker(queueName, new URL('./processor.mjs', import.meta.url), {
  connection: connect(),
  concurrency: Number(process.env.REX_CONCURRENCY ?? 1),
  lockDuration,
  // Look for the jobs of dead workers as often as a lock can expire.
  stalledInterval: lockDuration,
  name: process.env.REX_WORKER_NAME ?? `${hostname()}:${process.pid}`
})
worker.on('error', (error) => console.error(`worker: ${error.message}`))

// Finish the jobs in hand, then leave (a killed worker's jobs are recovered by the others instead).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void worker.close().then(() => process.exit(0))
  })
}
