import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import type {InputRef} from './inputs.js'

/** Where each input's `--out` file goes, or the one usage error that stops the run before any work. */
export type OutPlan =
  | {readonly ok: true; readonly targets: ReadonlyMap<InputRef, string>}
  | {readonly ok: false; readonly reason: string}

/**
 * Plan the files of `--out DIR`, all at once and before any input is parsed, so that every conflict is one
 * usage error rather than a failure per input halfway through a batch.
 *
 * The layout mirrors the inputs below the deepest folder that holds them all: for one folder, its contents
 * (`--out o in` → `o/sub/a.json` for `in/sub/a.txt`); for one file, its name (`o/a.json`); for several paths,
 * each keeps its path from their common folder, so two folders with the same file names never collide
 * (`--out o a b` → `o/a/x.json`, `o/b/x.json`). The input's extension is replaced by the format's; stdin is
 * `o/stdin.json`.
 *
 * It refuses: an `--out` that exists and is not a folder; an `--out` that is, or is inside, an input folder (a
 * second run would read its own output; `--out . .` would parse nothing); an output file that would be an input
 * itself; two inputs that would write the same file.
 *
 * @param out the `--out` folder, absolute
 * @param cwd the working folder, to name paths in the reason as the user would
 * @param inputs the inputs of the run
 * @param folders the absolute folders named on the command line
 * @param extension the format's file extension, with its dot
 * @returns the target of each file or stdin input, or the reason
 * @example
 * await planOut('/w/o', '/w', [{kind: 'file', path: '/w/a/x.txt', display: 'a/x.txt', root: '/w/a'},
 *   {kind: 'file', path: '/w/b/x.txt', display: 'b/x.txt', root: '/w/b'}], ['/w/a', '/w/b'], '.json')
 * // → {ok: true, targets: Map {… → '/w/o/a/x.json', … → '/w/o/b/x.json'}}
 */
export async function planOut(
  out: string,
  cwd: string,
  inputs: ReadonlyArray<InputRef>,
  folders: ReadonlyArray<string>,
  extension: string
): Promise<OutPlan> {
  const shown = (file: string): string => path.relative(cwd, file) || '.'
  const outStats = await stat(out).catch(() => undefined)
  if (outStats !== undefined && !outStats.isDirectory()) {
    return {ok: false, reason: `Unexpected \`--out ${shown(out)}\`, it is a file, expected a folder`}
  }
  // Compared through real paths, so a symbolic link or `..` cannot hide that the output is inside an input.
  const realOut = await realPathOf(out)
  for (const folder of folders) {
    const realFolder = await realPathOf(folder)
    if (isInside(realOut, realFolder)) {
      const where = realOut === realFolder ? 'the input folder' : 'inside the input folder'
      return {
        ok: false,
        reason: `Unexpected \`--out ${shown(out)}\`, it is ${where} \`${shown(folder)}\`, expected a folder outside the inputs`
      }
    }
  }

  const files = inputs.filter((input) => input.kind === 'file')
  const base = commonFolder(files.map((input) => input.root))
  const targets = new Map<InputRef, string>()
  const owners = new Map<string, InputRef>()
  const inputPaths = new Set(await Promise.all(files.map((input) => realPathOf(input.path))))
  for (const input of inputs) {
    if (input.kind === 'missing') continue
    const target =
      input.kind === 'stdin' ? path.join(out, `stdin${extension}`) : path.join(out, `${stripExtension(path.relative(base, input.path))}${extension}`)
    // Below `--out` only the folders this run creates, so the real path of `--out` is the one that matters.
    if (inputPaths.has(path.join(realOut, path.relative(out, target)))) {
      return {ok: false, reason: `Unexpected output file \`${shown(target)}\`, it is an input, expected another \`--out\``}
    }
    const owner = owners.get(target)
    if (owner !== undefined) {
      return {
        ok: false,
        reason: `Unexpected output file \`${shown(target)}\` for both \`${owner.display}\` and \`${input.display}\`, expected one file per input`
      }
    }
    owners.set(target, input)
    targets.set(input, target)
  }
  return {ok: true, targets}
}

// The deepest folder that holds every one of `folders` (all absolute); the first when there is only one.
function commonFolder(folders: ReadonlyArray<string>): string {
  let common = folders[0] ?? path.sep
  for (const folder of folders) {
    while (!isInside(folder, common)) {
      const parent = path.dirname(common)
      if (parent === common) break
      common = parent
    }
  }
  return common
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

// The real path of a file that may not exist yet: its nearest existing ancestor's real path, plus the rest.
async function realPathOf(file: string): Promise<string> {
  let existing = file
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(await realpath(existing), ...rest.reverse())
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) return file
      rest.push(path.basename(existing))
      existing = parent
    }
  }
}

function stripExtension(name: string): string {
  const extension = path.extname(name)
  return extension === '' ? name : name.slice(0, -extension.length)
}
