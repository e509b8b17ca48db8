#!/usr/bin/env node
/**
 * The `rex-article` executable. The same module is the entry of the worker threads of `--jobs N`: started with
 * the CLI's worker data, it serves units of work instead of running the command line.
 */
import {availableParallelism} from 'node:os'
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {runCli} from './run-cli.js'
import {isWorkerData, serveWorker, type WorkerSpec} from './worker-pool.js'

// Run from the TypeScript sources (`tsx src/cli/index.ts`), the workers need tsx's hooks installed by hand.
function workerSpec(): WorkerSpec {
  const url = new URL(import.meta.url)
  return url.pathname.endsWith('.ts') ? {url, register: import.meta.resolve('tsx/esm/api')} : {url}
}

if (!isMainThread && isWorkerData(workerData) && parentPort !== null) {
  serveWorker(parentPort, workerData.settings)
} else {
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    cwd: process.cwd(),
    availableParallelism: availableParallelism(),
    worker: workerSpec()
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // Only a bug gets here (every input problem is an outcome): still one line, no stack trace.
      process.stderr.write(`rex-article: Internal error: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    }
  )
}
