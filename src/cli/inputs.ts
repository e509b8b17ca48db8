import {opendir, stat} from 'node:fs/promises'
import path from 'node:path'

/** One input of a run: a file, stdin, or a named path that could not be used (reported in its place). */
export type InputRef =
  | {readonly kind: 'file'; readonly path: string; readonly display: string; readonly outName: string}
  | {readonly kind: 'stdin'; readonly display: string; readonly outName: string}
  | {readonly kind: 'missing'; readonly display: string; readonly reason: string}

/** The inputs of a run, in order, and whether several Articles are expected (a folder or more than one path). */
export interface InputList {
  readonly inputs: ReadonlyArray<InputRef>
  readonly several: boolean
}

/**
 * Expand the CLI's paths into inputs: files as given, folders walked recursively for `*.txt` (sorted by name, so
 * the order does not depend on the file system), `-` or no path for stdin. A path that does not exist stays in
 * the list as `missing`, so it is reported in order and the rest of the batch still runs.
 *
 * @param paths the paths as given on the command line
 * @param cwd the folder relative paths start from
 * @param exclude (optional) an absolute folder not to walk into (the `--out` folder, so a second run does not
 *   read its own output)
 * @returns the inputs and whether the output is a collection
 * @example
 * await expandInputs(['seeds'], '/work/main')
 * // → {inputs: [{kind: 'file', path: '/work/main/seeds/000_….txt', display: 'seeds/000_….txt', outName: '000_…'}, …], several: true}
 */
export async function expandInputs(paths: ReadonlyArray<string>, cwd: string, exclude?: string): Promise<InputList> {
  const given = paths.length === 0 ? ['-'] : paths
  const inputs: InputRef[] = []
  let folders = 0
  for (const name of given) {
    if (name === '-') {
      inputs.push({kind: 'stdin', display: '<stdin>', outName: 'stdin'})
      continue
    }
    const absolute = path.resolve(cwd, name)
    let stats
    try {
      stats = await stat(absolute)
    } catch (error) {
      inputs.push({kind: 'missing', display: name, reason: fsReason(error)})
      continue
    }
    if (stats.isDirectory()) {
      folders++
      for await (const file of walkTextFiles(absolute, exclude)) {
        const relative = path.relative(absolute, file)
        inputs.push({kind: 'file', path: file, display: path.join(name, relative), outName: stripExtension(relative)})
      }
    } else {
      inputs.push({kind: 'file', path: absolute, display: name, outName: stripExtension(path.basename(absolute))})
    }
  }
  return {inputs, several: folders > 0 || given.length > 1}
}

/**
 * Say why a file-system call failed, in words and without a stack trace.
 *
 * @example
 * fsReason(Object.assign(new Error('ENOENT: …'), {code: 'ENOENT'})) // 'not found'
 */
export function fsReason(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'not found'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

// Depth first, each folder's entries sorted by name (code units, not locale), so every run lists the same order.
async function* walkTextFiles(folder: string, exclude: string | undefined): AsyncGenerator<string> {
  if (exclude !== undefined && folder === exclude) return
  const entries = []
  for await (const entry of await opendir(folder)) entries.push(entry)
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    // Symbolic links to folders are not followed: a link cycle must not make the walk endless.
    if (entry.isDirectory()) yield* walkTextFiles(full, exclude)
    else if (entry.name.toLowerCase().endsWith('.txt') && (entry.isFile() || (await isFileLink(full)))) yield full
  }
}

async function isFileLink(full: string): Promise<boolean> {
  try {
    return (await stat(full)).isFile()
  } catch {
    return false
  }
}

function stripExtension(name: string): string {
  const extension = path.extname(name)
  return extension === '' ? name : name.slice(0, -extension.length)
}
