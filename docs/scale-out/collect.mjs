#!/usr/bin/env node
// Write the batch records of JSONL inputs, in input order, once their jobs are done (waiting for them):
//
//   REDIS_URL=redis://queue-host:6379 node collect.mjs records.jsonl … > parsed.jsonl
//
// Line n of the output is record n of the input, `{input: id, article}` or `{input: id, error}`, the very bytes
// `rex-article --input-format jsonl --format jsonl` writes for the same records. Exit code 1 when some record
// failed, as the CLI's. REX_COLLECT_TIMEOUT_MS (default: none) gives up on jobs not done by then, as errors.
import {once} from 'node:events'
import {setTimeout as sleep} from 'node:timers/promises'
import {Queue} from 'bullmq'
import {connect, jobIdOf, queueName, readRecords} from './common.mjs'

const timeout = Number(process.env.REX_COLLECT_TIMEOUT_MS ?? Infinity)
const deadline = Date.now() + timeout
const connection = connect()
const queue = new Queue(queueName, {connection})

// The record body of a text's job once the job is done (completed, or failed after its retries), polling while it
// waits or runs.
async function resultOf(jobId) {
  for (let wait = 50; ; wait = Math.min(wait * 2, 1000)) {
    const job = await queue.getJob(jobId)
    if (job === undefined) return failure('not-enqueued', 'No job for this text: run producer.mjs on these records')
    const state = await job.getState()
    // Read again once done: the job may have finished between the two calls.
    if (state === 'completed') return (await queue.getJob(jobId)).returnvalue
    if (state === 'failed') return failure('job-failed', job.failedReason || 'The job failed')
    if (Date.now() > deadline) return failure('timeout', `The job was not done in time (${state})`)
    await sleep(wait)
  }
}

function failure(code, message) {
  return {error: {code, message, diagnostics: []}}
}

let failed = 0
for await (const record of readRecords(process.argv.slice(2))) {
  const result = record.error === undefined ? await resultOf(jobIdOf(record.text)) : {error: record.error}
  if (result.error !== undefined) failed++
  // `input` first, then the body, as the CLI writes `{input, article}`.
  if (!process.stdout.write(`${JSON.stringify({input: record.id ?? record.name, ...result})}\n`)) await once(process.stdout, 'drain')
}
await queue.close()
connection.disconnect()
process.exitCode = failed > 0 ? 1 : 0
