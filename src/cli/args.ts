import {parseArgs} from 'node:util'
import {ParseOptions} from '../index.js'

/** The output formats of the CLI, in the order the help lists them. */
export const outputFormats = Object.freeze(['json', 'jsonl', 'markdown', 'text', 'summary'] as const)
export type OutputFormat = (typeof outputFormats)[number]

/** The settings of one CLI run, after parsing and checking the arguments. */
export interface CliOptions {
  /** Paths as given; `-` is stdin. Empty means stdin. */
  readonly paths: ReadonlyArray<string>
  readonly format: OutputFormat
  readonly out: string | undefined
  readonly claims: boolean
  readonly referenceDate: string | undefined
  readonly strict: boolean
  readonly jobs: number
  readonly quiet: boolean
}

/** What the arguments ask for. */
export type CliCommand =
  | {readonly kind: 'help'}
  | {readonly kind: 'version'}
  | {readonly kind: 'schema'}
  | {readonly kind: 'run'; readonly options: CliOptions}

/** The arguments, understood, or the reason they are not (a usage error, exit code 2). */
export type ArgvResult = {readonly ok: true; readonly command: CliCommand} | {readonly ok: false; readonly reason: string}

const optionConfig = {
  format: {type: 'string', short: 'f'},
  out: {type: 'string', short: 'o'},
  'fix-only': {type: 'boolean'},
  'no-claims': {type: 'boolean'},
  'reference-date': {type: 'string'},
  strict: {type: 'boolean'},
  schema: {type: 'boolean'},
  jobs: {type: 'string', short: 'j'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

// A positive whole number, written plainly: `--jobs 2`, not `--jobs 2.5`, `--jobs 0x2` or `--jobs 1e1`.
const positiveInteger = /^[1-9]\d{0,3}$/

/**
 * Turn the command-line arguments (without `node` and the script) into a `CliCommand`, or a usage error.
 * Pure: it reads no files and checks only what the arguments themselves say.
 *
 * @param argv the arguments, e.g. `process.argv.slice(2)`
 * @returns `{ok: true, command}` or `{ok: false, reason}`
 * @example
 * argvToCommand(['--format', 'jsonl', 'seeds'])
 * // → {ok: true, command: {kind: 'run', options: {paths: ['seeds'], format: 'jsonl', jobs: 1, claims: true, …}}}
 * argvToCommand(['--format', 'xml']).ok // false
 */
export function argvToCommand(argv: ReadonlyArray<string>): ArgvResult {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: optionConfig, allowPositionals: true, strict: true})
  } catch (error) {
    // parseArgs throws a TypeError whose message already names the offending option.
    return {ok: false, reason: error instanceof Error ? error.message : String(error)}
  }
  const {values, positionals} = parsed
  if (values.help) return {ok: true, command: {kind: 'help'}}
  if (values.version) return {ok: true, command: {kind: 'version'}}
  if (values.schema) return {ok: true, command: {kind: 'schema'}}

  const format = values['fix-only'] ? 'text' : (values.format ?? 'json')
  if (!isOutputFormat(format)) {
    return {ok: false, reason: `Unexpected format \`${format}\`, expected one of ${outputFormats.join(', ')}`}
  }
  if (values['fix-only'] && values.format !== undefined && values.format !== 'text') {
    return {ok: false, reason: `Unexpected \`--format ${values.format}\` with \`--fix-only\`, which prints text`}
  }

  const jobs = values.jobs ?? '1'
  if (!positiveInteger.test(jobs)) {
    return {ok: false, reason: `Unexpected \`--jobs ${jobs}\`, expected a whole number from 1 to 9999`}
  }

  const referenceDate = values['reference-date']
  if (referenceDate !== undefined && !ParseOptions.safeParse({referenceDate}).success) {
    return {ok: false, reason: `Unexpected \`--reference-date ${referenceDate}\`, expected a calendar date as YYYY-MM-DD`}
  }

  if (values.out !== undefined && values.out.trim() === '') {
    return {ok: false, reason: 'Unexpected empty `--out`, expected a folder'}
  }
  if (positionals.filter((path) => path === '-').length > 1) {
    return {ok: false, reason: 'Unexpected `-` given twice, stdin can be read only once'}
  }

  return {
    ok: true,
    command: {
      kind: 'run',
      options: {
        paths: positionals,
        format,
        out: values.out,
        claims: !values['no-claims'],
        referenceDate,
        strict: values.strict ?? false,
        jobs: Number(jobs),
        quiet: values.quiet ?? false
      }
    }
  }
}

function isOutputFormat(value: string): value is OutputFormat {
  return (outputFormats as ReadonlyArray<string>).includes(value)
}
