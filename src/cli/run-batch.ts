import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {referenceDateReason, type CliOptions} from './args.js'
import type {InputFailure} from './frame.js'
import {expandInputs, fsFailure} from './inputs.js'
import {loadLibrary} from './library.js'
import {mapOrdered} from './ordered-map.js'
import {planOut} from './out-dir.js'
import {createOutput} from './output.js'
import {CLEAR_LINE, drawProgress, renderProgress} from './progress.js'
import type {InputOutcome, RenderSettings} from './render-input.js'
import {renderUnit} from './render-unit.js'
import type {CliIo} from './run-cli.js'
import {createSink, type Sink} from './sink.js'
import {createWorkerPool, type WorkerPool} from './worker-pool.js'
import {workUnits, type SourcedUnit} from './work-units.js'

/** How often the progress bar may be redrawn, in milliseconds. */
const PROGRESS_INTERVAL = 100

/** What a batch run ends with: an exit code, or a usage error found before any work. */
export type BatchResult = {readonly ok: true; readonly code: 0 | 1} | {readonly ok: false; readonly reason: string}

/**
 * `--jobs` when it is not given: one job on a machine with 2 cores or fewer (one job already keeps about 1.4
 * cores busy, with V8 collecting garbage and compiling on helper threads, so a second worker has only its own
 * warm-up to add there), else half the cores, for the same reason.
 *
 * @param parallelism `os.availableParallelism()`
 * @example
 * defaultJobs(2) // 1
 * defaultJobs(8) // 4
 */
export function defaultJobs(parallelism: number): number {
  return parallelism <= 2 ? 1 : Math.floor(parallelism / 2)
}

/**
 * The most jobs that can pay on a machine: one fewer than its cores (at least one). One job keeps about 1.4
 * cores busy (V8's garbage collector and compiler run on helper threads) and each extra worker pays its own
 * start-up and JIT warm-up, so on 2 cores a second job is 15-30% slower than one (docs/cli.md, `--jobs N`): a
 * `--jobs N` above this runs this many, so that it never loses to one job, and says so on stderr.
 *
 * @param parallelism `os.availableParallelism()`
 * @example
 * maxJobs(2) // 1
 * maxJobs(8) // 7
 */
export function maxJobs(parallelism: number): number {
  return Math.max(1, parallelism - 1)
}

/**
 * Run a batch: check everything that can be a usage error (before any input is parsed), then parse the inputs
 * (on the main thread or in `--jobs` workers), write each output in input order as soon as it and those before
 * it are done, name every failure on stderr and in the output, and draw the progress bar.
 *
 * @param options the parsed arguments
 * @param io the streams and the working folder
 * @param stdout the sink on `io.stdout`
 * @returns the exit code (0 every input parsed, 1 some failed) or a usage error
 * @example
 * await runBatch(options, io, createSink(io.stdout)) // → {ok: true, code: 0}
 */
export async function runBatch(options: CliOptions, io: CliIo, stdout: Sink): Promise<BatchResult> {
  const outDir = options.out === undefined ? undefined : path.resolve(io.cwd, options.out)
  const unusable = await unusableOptions(options)
  if (unusable !== undefined) return {ok: false, reason: unusable}
  const {inputs, folders, several: severalPaths} = await expandInputs(options.paths, io.cwd, options.inputFormat)
  // Records are a batch by nature: how many a stream holds is not known, and must not change its shape.
  const several = severalPaths || options.inputFormat === 'jsonl'
  if (options.format === 'html' && several && outDir === undefined) {
    return {ok: false, reason: 'Unexpected `--format html` for several inputs without `--out`, expected one page per input in a folder'}
  }
  // One stream of several inputs; with --out each file holds one input.
  const batch = several && outDir === undefined
  const output = createOutput(options.format, batch)
  const plan = outDir === undefined ? undefined : await planOut(outDir, io.cwd, inputs, folders, output.extension)
  if (plan !== undefined && !plan.ok) return {ok: false, reason: plan.reason}

  const settings: RenderSettings = {
    format: options.format,
    batch,
    claims: options.claims,
    mentions: options.mentions,
    referenceDate: options.referenceDate,
    strict: options.strict
  }
  const jobs = Math.min(options.jobs ?? defaultJobs(io.availableParallelism), maxJobs(io.availableParallelism))
  const parsable = inputs.filter((input) => input.kind !== 'missing').length
  const workers = options.inputFormat === 'jsonl' ? jobs : Math.min(jobs, parsable)
  const pool: WorkerPool | undefined = workers > 1 ? createWorkerPool(workers, io.worker, settings) : undefined
  const stderr = createSink(io.stderr)
  if (options.jobs !== undefined && options.jobs > jobs && !options.quiet) {
    await stderr.write(`rex-article: --jobs ${options.jobs} runs ${jobs} job${jobs === 1 ? '' : 's'} on ${io.availableParallelism} core${io.availableParallelism === 1 ? '' : 's'}: more would be slower than one (see docs/cli.md, --jobs N)\n`)
  }
  const showProgress = io.stderrIsTTY && (several || inputs.length > 1) && !options.quiet
  const total = options.inputFormat === 'jsonl' ? undefined : inputs.length
  let parsed = 0
  let failed = 0
  let done = 0
  let lastDraw = 0

  const render = async (sourced: SourcedUnit): Promise<[SourcedUnit, InputOutcome]> => {
    const {unit} = sourced
    return [sourced, pool && unit.kind !== 'failed' ? await pool.run(unit) : await renderUnit(unit, settings)]
  }

  try {
    for await (const [sourced, rendered] of mapOrdered(workUnits(inputs, options.inputFormat, io.stdin), Math.max(2, workers * 4), render)) {
      done++
      const target = plan?.ok ? plan.targets.get(sourced.input) : undefined
      const outcome = rendered.ok && target !== undefined ? await writeOutFile(rendered, target) : rendered
      if (outcome.ok) parsed++
      else {
        failed++
        if (showProgress) await stderr.write(CLEAR_LINE)
        await stderr.write(`rex-article: ${outcome.name}: ${outcome.error.message}\n`)
      }
      if (outDir === undefined && outcome.text !== '') await stdout.write(output.item(outcome.text))
      if (stdout.closed) break
      const now = Date.now()
      if (showProgress && (now - lastDraw >= PROGRESS_INTERVAL || done === total)) {
        lastDraw = now
        await stderr.write(drawProgress(renderProgress(done, total, outcome.name, io.columns)))
      }
    }
  } finally {
    await pool?.close()
  }

  if (showProgress) await stderr.write(CLEAR_LINE)
  // The reader went away (`| head`): the run was cut short on purpose, so there is nothing to sum up.
  if (stdout.closed) return {ok: true, code: failed > 0 ? 1 : 0}
  if (outDir === undefined) await stdout.write(output.end(parsed, failed))
  if (several && !options.quiet && options.format !== 'summary') {
    await stderr.write(`rex-article: ${parsed} parsed, ${failed} failed\n`)
  }
  return {ok: true, code: failed > 0 ? 1 : 0}
}

// What only the library can judge: a `--reference-date` that is a real day, a `--format html` it can render.
// Loaded only for these options, so a plain `--jobs N` run never loads the parser on the main thread.
async function unusableOptions(options: CliOptions): Promise<string | undefined> {
  if (options.referenceDate !== undefined) {
    const library = await loadLibrary()
    if (!library.ParseOptions.safeParse({referenceDate: options.referenceDate}).success) {
      return referenceDateReason(options.referenceDate)
    }
  }
  return undefined
}

async function writeOutFile(outcome: InputOutcome & {ok: true}, target: string): Promise<InputOutcome> {
  try {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, outcome.text)
    return outcome
  } catch (error) {
    const failure: InputFailure = {code: 'write-failed', message: `Cannot write \`${target}\`: ${fsFailure(error).message}`, diagnostics: []}
    return {ok: false, name: outcome.name, error: failure, text: ''}
  }
}
