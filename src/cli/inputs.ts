import {opendir, stat} from 'node:fs/promises'
import path from 'node:path'
import type {InputFormat} from './args.js'
import type {InputFailure} from './frame.js'

/**
 * One input of a run: a file (with `root`, the folder it was named by or found in, which `--out` mirrors from),
 * stdin, or a named path that could not be used (reported in its place).
 */
export type InputRef =
  | {readonly kind: 'file'; readonly path: string; readonly display: string; readonly root: string}
  | {readonly kind: 'stdin'; readonly display: string}
  | {readonly kind: 'missing'; readonly display: string; readonly failure: InputFailure}

/** The inputs of a run, in order, the folders among the paths, and whether there are several inputs. */
export interface InputList {
  readonly inputs: ReadonlyArray<InputRef>
  /** The absolute paths of the folders named on the command line. */
  readonly folders: ReadonlyArray<string>
  /** A folder or more than one path: the output is a batch, whatever the folders happen to hold. */
  readonly several: boolean
}

/** The file names a folder is walked for, by input format. */
const walkedExtensions: Readonly<Record<InputFormat, string>> = Object.freeze({text: '.txt', jsonl: '.jsonl'})

/**
 * Expand the CLI's paths into inputs: files as given, folders walked recursively (for `*.txt`, or `*.jsonl`
 * with `--input-format jsonl`; sorted by name, so the order does not depend on the file system), `-` or no path
 * for stdin. A path that does not exist stays in the list as `missing`, so it is reported in order and the rest
 * of the batch still runs.
 *
 * @param paths the paths as given on the command line
 * @param cwd the folder relative paths start from
 * @param inputFormat (optional) which files a folder is walked for (default: `text`, `*.txt`)
 * @returns the inputs, the folders named, and whether the output is a batch
 * @example
 * await expandInputs(['seeds'], '/work/main')
 * // → {inputs: [{kind: 'file', path: '/work/main/seeds/000_….txt', display: 'seeds/000_….txt', root: '/work/main/seeds'}, …],
 * //    folders: ['/work/main/seeds'], several: true}
 */
export async function expandInputs(paths: ReadonlyArray<string>, cwd: string, inputFormat: InputFormat = 'text'): Promise<InputList> {
  const given = paths.length === 0 ? ['-'] : paths
  const inputs: InputRef[] = []
  const folders: string[] = []
  for (const name of given) {
    if (name === '-') {
      inputs.push({kind: 'stdin', display: '-'})
      continue
    }
    const absolute = path.resolve(cwd, name)
    let stats
    try {
      stats = await stat(absolute)
    } catch (error) {
      inputs.push({kind: 'missing', display: name, failure: fsFailure(error)})
      continue
    }
    if (stats.isDirectory()) {
      folders.push(absolute)
      for await (const file of walkFiles(absolute, walkedExtensions[inputFormat])) {
        inputs.push({kind: 'file', path: file, display: path.join(name, path.relative(absolute, file)), root: absolute})
      }
    } else {
      inputs.push({kind: 'file', path: absolute, display: name, root: path.dirname(absolute)})
    }
  }
  return {inputs, folders, several: folders.length > 0 || given.length > 1}
}

/**
 * Say why a file-system call failed, in words and without a stack trace, with a stable code for batch records.
 *
 * @example
 * fsFailure(Object.assign(new Error('ENOENT: …'), {code: 'ENOENT'})) // {code: 'not-found', message: 'not found', diagnostics: []}
 */
export function fsFailure(error: unknown): InputFailure {
  const code = (error as {code?: unknown} | null)?.code
  switch (code) {
    case 'ENOENT':
      return {code: 'not-found', message: 'not found', diagnostics: []}
    case 'EACCES':
    case 'EPERM':
      return {code: 'permission-denied', message: 'permission denied', diagnostics: []}
    case 'EISDIR':
      return {code: 'is-a-folder', message: 'is a folder', diagnostics: []}
    default:
      return {code: 'read-failed', message: error instanceof Error ? error.message : String(error), diagnostics: []}
  }
}

// Depth first, each folder's entries sorted by name (code units, not locale), so every run lists the same order.
async function* walkFiles(folder: string, extension: string): AsyncGenerator<string> {
  const entries = []
  for await (const entry of await opendir(folder)) entries.push(entry)
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    // Symbolic links to folders are not followed: a link cycle must not make the walk endless.
    if (entry.isDirectory()) yield* walkFiles(full, extension)
    else if (entry.name.toLowerCase().endsWith(extension) && (entry.isFile() || (await isFileLink(full)))) yield full
  }
}

async function isFileLink(full: string): Promise<boolean> {
  try {
    return (await stat(full)).isFile()
  } catch {
    return false
  }
}
