import {parseArgs} from 'node:util'

/** The output formats of the CLI, in the order the help lists them. */
export const outputFormats = Object.freeze(['json', 'jsonl', 'markdown', 'text', 'summary', 'html'] as const)
export type OutputFormat = (typeof outputFormats)[number]

/** How inputs are read: each file (or stdin) is one dump, or each line of it is one `{id, text}` record. */
export const inputFormats = Object.freeze(['text', 'jsonl'] as const)
export type InputFormat = (typeof inputFormats)[number]

/** The JSON Schemas `--schema` prints: the Article (the default) or one batch record. */
export const schemaNames = Object.freeze(['article', 'batch-record'] as const)
export type SchemaName = (typeof schemaNames)[number]

/** The settings of one CLI run, after parsing and checking the arguments. */
export interface CliOptions {
  /** Paths as given; `-` is stdin. Empty means stdin. */
  readonly paths: ReadonlyArray<string>
  readonly format: OutputFormat
  readonly inputFormat: InputFormat
  readonly out: string | undefined
  readonly claims: boolean
  readonly mentions: boolean
  readonly referenceDate: string | undefined
  readonly strict: boolean
  /** `--jobs` as given, or undefined for the default (which depends on the machine, so it is not decided here). */
  readonly jobs: number | undefined
  readonly quiet: boolean
}

/** What the arguments ask for. */
export type CliCommand =
  | {readonly kind: 'help'}
  | {readonly kind: 'version'}
  | {readonly kind: 'schema'; readonly schema: SchemaName}
  | {readonly kind: 'run'; readonly options: CliOptions}

/** The arguments, understood, or the reason they are not (a usage error, exit code 2). */
export type ArgvResult = {readonly ok: true; readonly command: CliCommand} | {readonly ok: false; readonly reason: string}

const optionConfig = {
  format: {type: 'string', short: 'f'},
  'input-format': {type: 'string'},
  out: {type: 'string', short: 'o'},
  'fix-only': {type: 'boolean'},
  'no-claims': {type: 'boolean'},
  'no-mentions': {type: 'boolean'},
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

// The shape of a calendar date; whether the day exists is the library's `ParseOptions` to say (run-cli.ts).
const isoDateShape = /^\d{4}-\d{2}-\d{2}$/

/**
 * Turn the command-line arguments (without `node` and the script) into a `CliCommand`, or a usage error.
 * Pure: it reads no files, loads no parser, and checks only what the arguments themselves say.
 *
 * @param argv the arguments, e.g. `process.argv.slice(2)`
 * @returns `{ok: true, command}` or `{ok: false, reason}`
 * @example
 * argvToCommand(['--format', 'jsonl', 'seeds'])
 * // → {ok: true, command: {kind: 'run', options: {paths: ['seeds'], format: 'jsonl', inputFormat: 'text', …}}}
 * argvToCommand(['--schema', 'batch-record']) // → {ok: true, command: {kind: 'schema', schema: 'batch-record'}}
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
  if (values.schema) return schemaCommand(positionals)

  const format = values['fix-only'] ? 'text' : (values.format ?? 'json')
  if (!isOneOf(outputFormats, format)) {
    return {ok: false, reason: `Unexpected format \`${format}\`, expected one of ${outputFormats.join(', ')}`}
  }
  if (values['fix-only'] && values.format !== undefined && values.format !== 'text') {
    return {ok: false, reason: `Unexpected \`--format ${values.format}\` with \`--fix-only\`, which prints text`}
  }
  const inputFormat = values['input-format'] ?? 'text'
  if (!isOneOf(inputFormats, inputFormat)) {
    return {ok: false, reason: `Unexpected input format \`${inputFormat}\`, expected one of ${inputFormats.join(', ')}`}
  }

  const jobs = values.jobs
  if (jobs !== undefined && !positiveInteger.test(jobs)) {
    return {ok: false, reason: `Unexpected \`--jobs ${jobs}\`, expected a whole number from 1 to 9999`}
  }

  const referenceDate = values['reference-date']
  if (referenceDate !== undefined && !isoDateShape.test(referenceDate)) {
    return {ok: false, reason: referenceDateReason(referenceDate)}
  }

  if (values.out !== undefined && values.out.trim() === '') {
    return {ok: false, reason: 'Unexpected empty `--out`, expected a folder'}
  }
  if (values.out !== undefined && inputFormat === 'jsonl') {
    // Records are a stream (`> parsed.jsonl`), and an id is no safe file name (`../x`, `a/b`, duplicates).
    return {ok: false, reason: 'Unexpected `--out` with `--input-format jsonl`, expected the records on stdout'}
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
        inputFormat,
        out: values.out,
        claims: !values['no-claims'],
        mentions: !values['no-mentions'],
        referenceDate,
        strict: values.strict ?? false,
        jobs: jobs === undefined ? undefined : Number(jobs),
        quiet: values.quiet ?? false
      }
    }
  }
}

/**
 * The usage error for a `--reference-date` that is not a calendar date (also used once the library has checked
 * that the day exists).
 *
 * @example
 * referenceDateReason('2025-02-30') // 'Unexpected `--reference-date 2025-02-30`, expected a calendar date as YYYY-MM-DD'
 */
export function referenceDateReason(value: string): string {
  return `Unexpected \`--reference-date ${value}\`, expected a calendar date as YYYY-MM-DD`
}

// `--schema` prints the Article's schema; `--schema batch-record` that of one batch record.
function schemaCommand(positionals: ReadonlyArray<string>): ArgvResult {
  const [name = 'article', ...rest] = positionals
  if (rest.length > 0 || !isOneOf(schemaNames, name)) {
    return {ok: false, reason: `Unexpected \`--schema ${positionals.join(' ')}\`, expected one of ${schemaNames.join(', ')}`}
  }
  return {ok: true, command: {kind: 'schema', schema: name}}
}

function isOneOf<T extends string>(values: ReadonlyArray<T>, value: string): value is T {
  return (values as ReadonlyArray<string>).includes(value)
}
