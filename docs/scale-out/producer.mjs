#!/usr/bin/env node
// Enqueue JSONL records `{id, text}` (files, or stdin), one job per distinct text:
//
//   REDIS_URL=redis://queue-host:6379 node producer.mjs records.jsonl …
//
// The job id is the text's SHA-256 (common.mjs), so a repeated article, in this run or an earlier one, is not
// enqueued again and is parsed once. Jobs are kept when done: the collector reads their results from Redis, and a
// kept job is what makes a second `add` of the same id a no-op. Lines that are not records are left to the
// collector, which writes their error records.
import {Queue} from 'bullmq'
import {connect, jobIdOf, queueName, readRecords} from './common.mjs'

const BATCH = 200

const connection = connect()
const queue = new Queue(queueName, {
  connection,
  defaultJobOptions: {removeOnComplete: false, removeOnFail: false, attempts: 3, backoff: {type: 'exponential', delay: 1000}}
})
const seen = new Set()
let records = 0
let batch = []
const flush = async () => {
  if (batch.length > 0) await queue.addBulk(batch)
  batch = []
}
for await (const record of readRecords(process.argv.slice(2))) {
  records++
  if (record.error !== undefined) continue
  const jobId = jobIdOf(record.text)
  if (seen.has(jobId)) continue
  seen.add(jobId)
  batch.push({name: 'parse', data: {text: record.text}, opts: {jobId}})
  if (batch.length >= BATCH) await flush()
}
await flush()
await queue.close()
connection.disconnect()
console.error(`producer: ${records} records, ${seen.size} distinct texts enqueued on ${queueName}`)
