import {open} from 'node:fs/promises'
import type {InputFailure} from './frame.js'
import {fsFailure} from './inputs.js'
import {loadLibrary} from './library.js'
import {failedOutcome, renderInput, type InputOutcome, type RenderSettings} from './render-input.js'

/**
 * Read one file and render it: the unit of work of a batch of files, run on the main thread (`--jobs 1`) or in
 * a worker thread. A file that cannot be read becomes a failed outcome, never an exception.
 *
 * @param file the absolute path
 * @param name the path as shown to the user
 * @param settings format and parse options
 * @param maxBytes (optional) larger files fail without being read (default: the library's `maxInputBytes`,
 *   16 MiB), so a stray disk image in a folder costs a `stat`, not its size in memory
 * @returns the outcome
 * @example
 * await readAndRender('/data/a.txt', 'a.txt', settings) // → {ok: true, name: 'a.txt', text: '…'}
 * await readAndRender('/nope.txt', 'nope.txt', settings) // → {ok: false, name: 'nope.txt', error: {code: 'not-found', …}, …}
 */
export async function readAndRender(
  file: string,
  name: string,
  settings: RenderSettings,
  maxBytes?: number
): Promise<InputOutcome> {
  const limit = maxBytes ?? (await loadLibrary()).DEFAULT_MAX_INPUT_BYTES
  let bytes: Uint8Array
  try {
    const handle = await open(file, 'r')
    try {
      const {size} = await handle.stat()
      if (size > limit) return failedOutcome(name, tooLarge(`Unexpected input of ${size} bytes, expected at most ${limit}`), settings)
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    return failedOutcome(name, fsFailure(error), settings)
  }
  return renderInput(bytes, name, settings)
}

/**
 * The failure of an input over the size limit, with the library's code for it.
 *
 * @example
 * tooLarge('Unexpected input of 20000000 bytes, expected at most 16777216').code // 'input-too-large'
 */
export function tooLarge(reason: string): InputFailure {
  return {code: 'input-too-large', message: `${reason} (input-too-large)`, diagnostics: []}
}
