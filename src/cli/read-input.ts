import {open} from 'node:fs/promises'
import {DEFAULT_MAX_INPUT_BYTES} from '../schema/options.js'
import {fsReason} from './inputs.js'
import {renderInput, type InputOutcome, type RenderSettings} from './render-input.js'

/**
 * Read one file and render it: the unit of work of a batch, run on the main thread (`--jobs 1`) or in a
 * worker thread. A file that cannot be read becomes a failed outcome, never an exception.
 *
 * @param file the absolute path
 * @param name the path as shown to the user
 * @param settings format and parse options
 * @param maxBytes (optional) larger files fail without being read (default: the library's `maxInputBytes`,
 *   16 MiB), so a stray disk image in a folder costs a `stat`, not its size in memory
 * @returns the outcome
 * @example
 * await readAndRender('/data/a.txt', 'a.txt', settings) // → {ok: true, text: '…'}
 * await readAndRender('/nope.txt', 'nope.txt', settings) // → {ok: false, reason: 'not found'}
 */
export async function readAndRender(
  file: string,
  name: string,
  settings: RenderSettings,
  maxBytes = DEFAULT_MAX_INPUT_BYTES
): Promise<InputOutcome> {
  let bytes: Uint8Array
  try {
    const handle = await open(file, 'r')
    try {
      const {size} = await handle.stat()
      if (size > maxBytes) {
        return {ok: false, reason: `Unexpected input of ${size} bytes, expected at most ${maxBytes} (input-too-large)`}
      }
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    return {ok: false, reason: fsReason(error)}
  }
  return renderInput(bytes, name, settings)
}
