import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import packageJson from '../../package.json' with {type: 'json'}
import {articleJsonSchema} from '../index.js'
import {DEFAULT_MAX_INPUT_BYTES} from '../schema/options.js'
import {argvToCommand, type CliOptions} from './args.js'
import {helpText} from './help.js'
import {expandInputs, fsReason, type InputRef} from './inputs.js'
import {mapOrdered} from './ordered-map.js'
import {createOutput} from './output.js'
import {renderProgress} from './progress.js'
import {readAndRender} from './read-input.js'
import {renderInput, type InputOutcome, type RenderSettings} from './render-input.js'
import {createSink, type Sink} from './sink.js'
import {createWorkerPool, type WorkerPool, type WorkerSpec} from './worker-pool.js'

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
  /** The module worker threads run for `--jobs N` (the CLI's own entry). */
  readonly worker: WorkerSpec
}

/** Exit codes: every input parsed; some input failed; usage error. */
export const exitCodes = Object.freeze({ok: 0, inputFailed: 1, usage: 2} as const)

/** How often the progress bar may be redrawn, in milliseconds. */
const PROGRESS_INTERVAL = 100

/**
 * Run the `rex-article` command: parse the arguments, read the inputs, write the output, and return the exit
 * code (it never calls `process.exit`, so it can run in-process in tests and in other tools).
 *
 * @param argv the arguments, without `node` and the script
 * @param io the streams, the working folder and the worker module
 * @returns the exit code: 0, 1 (some input failed) or 2 (usage error)
 * @example
 * const code = await runCli(['--format', 'summary', 'seeds'], {stdin: process.stdin, stdout: process.stdout,
 *   stderr: process.stderr, stdinIsTTY: true, stderrIsTTY: false, cwd: process.cwd(), worker: {url}})
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
      await stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`)
      return exitCodes.ok
    case 'run':
      if (command.options.paths.length === 0 && io.stdinIsTTY) {
        return usageError('Unexpected terminal on stdin, expected paths or piped text', io)
      }
      return runBatch(command.options, io, stdout)
  }
}

async function runBatch(options: CliOptions, io: CliIo, stdout: Sink): Promise<number> {
  const outDir = options.out === undefined ? undefined : path.resolve(io.cwd, options.out)
  const {inputs, several} = await expandInputs(options.paths, io.cwd, outDir)
  const settings: RenderSettings = {
    format: options.format,
    claims: options.claims,
    referenceDate: options.referenceDate,
    strict: options.strict
  }
  const stderr = createSink(io.stderr)
  const output = createOutput(options.format, several)
  const files = inputs.filter((input) => input.kind === 'file').length
  const workers = Math.min(options.jobs, files)
  const pool: WorkerPool | undefined = workers > 1 ? createWorkerPool(workers, io.worker) : undefined
  const showProgress = io.stderrIsTTY && inputs.length > 1 && !options.quiet
  const written = new Set<string>()
  let parsed = 0
  let failed = 0
  let lastDraw = 0

  const render = (input: InputRef): Promise<InputOutcome> => {
    switch (input.kind) {
      case 'missing':
        return Promise.resolve({ok: false, reason: input.reason})
      case 'stdin':
        return readStream(io.stdin).then(
          (bytes) => renderInput(bytes, input.display, settings),
          (error: unknown) => ({ok: false, reason: fsReason(error)})
        )
      case 'file':
        return pool ? pool.run(input.path, input.display, settings) : readAndRender(input.path, input.display, settings)
    }
  }

  try {
    let index = 0
    for await (const outcome of mapOrdered(inputs, Math.max(2, workers * 4), render)) {
      const input = inputs[index++] as InputRef
      let result = outcome
      if (result.ok && outDir !== undefined) result = await writeOutFile(input, result.text, outDir, output.extension, written)
      if (result.ok) {
        parsed++
        if (outDir === undefined) await stdout.write(output.item(result.text))
      } else {
        failed++
        if (showProgress) await stderr.write('\r\x1b[K')
        await stderr.write(`rex-article: ${input.display}: ${result.reason}\n`)
      }
      if (stdout.closed) break
      const now = Date.now()
      if (showProgress && (now - lastDraw >= PROGRESS_INTERVAL || index === inputs.length)) {
        lastDraw = now
        await stderr.write(`\r${renderProgress(index, inputs.length, input.display, io.columns)}`)
      }
    }
  } finally {
    await pool?.close()
  }

  if (showProgress) await stderr.write('\r\x1b[K')
  // The reader went away (`| head`): the run was cut short on purpose, so there is nothing to sum up.
  if (stdout.closed) return failed > 0 ? exitCodes.inputFailed : exitCodes.ok
  if (outDir === undefined) await stdout.write(output.end(parsed, failed))
  if (several && !options.quiet && options.format !== 'summary') {
    await stderr.write(`rex-article: ${parsed} parsed, ${failed} failed\n`)
  }
  return failed > 0 ? exitCodes.inputFailed : exitCodes.ok
}

async function writeOutFile(
  input: InputRef,
  text: string,
  outDir: string,
  extension: string,
  written: Set<string>
): Promise<InputOutcome> {
  if (input.kind === 'missing') return {ok: false, reason: input.reason}
  const target = path.join(outDir, `${input.outName}${extension}`)
  if (input.kind === 'file' && target === input.path) {
    return {ok: false, reason: `Unexpected output path \`${target}\`, it is the input itself`}
  }
  if (written.has(target)) return {ok: false, reason: `Unexpected output path \`${target}\`, another input wrote it`}
  written.add(target)
  try {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, text)
    return {ok: true, text}
  } catch (error) {
    return {ok: false, reason: `Cannot write \`${target}\`: ${fsReason(error)}`}
  }
}

async function usageError(reason: string, io: CliIo): Promise<number> {
  await createSink(io.stderr).write(`rex-article: ${reason}\n\n${helpText()}`)
  return exitCodes.usage
}

// Stops at the library's size limit, so an endless pipe fails like an oversized file instead of filling memory.
async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.byteLength
    if (size > DEFAULT_MAX_INPUT_BYTES) {
      stream.destroy()
      throw new Error(`Unexpected input of more than ${DEFAULT_MAX_INPUT_BYTES} bytes (input-too-large)`)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}
