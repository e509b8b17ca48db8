import type {Readable, Writable} from 'node:stream'
import packageJson from '../../package.json' with {type: 'json'}
import {argvToCommand, type SchemaName} from './args.js'
import {helpText} from './help.js'
import {loadLibrary} from './library.js'
import {runBatch} from './run-batch.js'
import {createSink} from './sink.js'
import type {WorkerSpec} from './worker-pool.js'

/** Everything the CLI touches outside itself, injected so tests can run it in-process. */
export interface CliIo {
  readonly stdin: Readable
  readonly stdout: Writable
  readonly stderr: Writable
  /** Whether stdin is a terminal: then no path means a usage error rather than waiting for typed input. */
  readonly stdinIsTTY: boolean
  /** Whether stderr is a terminal: the progress bar is drawn only then. */
  readonly stderrIsTTY: boolean
  /** Terminal width for the progress bar (default: 80). */
  readonly columns?: number
  readonly cwd: string
  /** How many threads the machine can run at once (`os.availableParallelism()`): sets the default `--jobs`. */
  readonly availableParallelism: number
  /** The module worker threads run for `--jobs N` (the CLI's own entry). */
  readonly worker: WorkerSpec
}

/** Exit codes: every input parsed; some input failed; usage error. */
export const exitCodes = Object.freeze({ok: 0, inputFailed: 1, usage: 2} as const)

/**
 * Run the `rex-article` command: parse the arguments, read the inputs, write the output, and return the exit
 * code (it never calls `process.exit`, so it can run in-process in tests and in other tools).
 *
 * @param argv the arguments, without `node` and the script
 * @param io the streams, the working folder and the worker module
 * @returns the exit code: 0, 1 (some input failed) or 2 (usage error)
 * @example
 * const code = await runCli(['--format', 'summary', 'seeds'], {stdin: process.stdin, stdout: process.stdout,
 *   stderr: process.stderr, stdinIsTTY: true, stderrIsTTY: false, cwd: process.cwd(), availableParallelism: 2,
 *   worker: {url}})
 * // code → 0, and a summary of each seed on stdout
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const parsed = argvToCommand(argv)
  if (!parsed.ok) return usageError(parsed.reason, io)
  const {command} = parsed
  const stdout = createSink(io.stdout)
  switch (command.kind) {
    case 'help':
      await stdout.write(helpText())
      return exitCodes.ok
    case 'version':
      await stdout.write(`${packageJson.version}\n`)
      return exitCodes.ok
    case 'schema':
      await stdout.write(`${JSON.stringify(await jsonSchema(command.schema), null, 2)}\n`)
      return exitCodes.ok
    case 'run': {
      if (command.options.paths.length === 0 && io.stdinIsTTY) {
        return usageError('Unexpected terminal on stdin, expected paths or piped text', io)
      }
      const result = await runBatch(command.options, io, stdout)
      return result.ok ? result.code : usageError(result.reason, io)
    }
  }
}

async function jsonSchema(name: SchemaName): Promise<Record<string, unknown>> {
  const library = await loadLibrary()
  return name === 'batch-record' ? library.batchRecordJsonSchema() : library.articleJsonSchema()
}

async function usageError(reason: string, io: CliIo): Promise<number> {
  await createSink(io.stderr).write(`rex-article: ${reason}\n\n${helpText()}`)
  return exitCodes.usage
}
