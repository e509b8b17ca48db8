// What the producer, the worker and the collector share: the queue's name and connection (both from the
// environment, so the same files run on any machine), the job id of a text, and the JSONL reader.
//
//   REDIS_URL   redis://[:password@]host:port[/db], or rediss:// for TLS (default: redis://127.0.0.1:6379)
//   REX_QUEUE   the queue's name (default: rex-article)
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {Redis} from 'ioredis'

/** The queue every machine of one run uses. */
export const queueName = process.env.REX_QUEUE ?? 'rex-article'

/**
 * A new connection to Redis. BullMQ needs `maxRetriesPerRequest: null` for workers (their blocking reads must not
 * time out), and takes a client instance rather than options when it is imported as ESM.
 */
export function connect() {
  return new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {maxRetriesPerRequest: null})
}

/**
 * The job id of a text: its SHA-256, so the same article sent twice (by one producer or by two) is one job and is
 * parsed once. BullMQ ignores an `add` whose job id exists, as long as the finished job is kept
 * (`removeOnComplete: false`, see producer.mjs).
 */
export function jobIdOf(text) {
  return `sha256-${createHash('sha256').update(text).digest('hex')}`
}

/**
 * The records of JSONL inputs, in order: `{name, id, text}` for a line `{"id": "…", "text": "…"}`, `{name, error}`
 * for a line that is not one (named `file:line`, as the CLI names it). Blank lines are skipped. No path: stdin.
 */
export async function* readRecords(paths) {
  for (const path of paths.length === 0 ? ['-'] : paths) {
    const lines = createInterface({input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity})
    let number = 0
    for await (const read of lines) {
      number++
      // A byte order mark is an encoding mark, not JSON (the CLI drops it too).
      const line = number === 1 ? read.replace(/^\ufeff/, '') : read
      if (line.trim() === '') continue
      const name = `${path}:${number}`
      let record
      try {
        record = JSON.parse(line)
      } catch {
        record = undefined
      }
      if (typeof record?.id === 'string' && typeof record.text === 'string') yield {name, id: record.id, text: record.text}
      else yield {name, error: {code: 'invalid-record', message: 'Unexpected line, expected a record {"id": …, "text": …}', diagnostics: []}}
    }
  }
}
