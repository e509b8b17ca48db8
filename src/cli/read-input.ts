import {readFile} from 'node:fs/promises'
import {fsReason} from './inputs.js'
import {renderInput, type InputOutcome, type RenderSettings} from './render-input.js'

/**
 * Read one file and render it: the unit of work of a batch, run on the main thread (`--jobs 1`) or in a
 * worker thread. A file that cannot be read becomes a failed outcome, never an exception.
 *
 * @param file the absolute path
 * @param name the path as shown to the user
 * @param settings format and parse options
 * @returns the outcome
 * @example
 * await readAndRender('/data/a.txt', 'a.txt', settings) // → {ok: true, text: '…'}
 * await readAndRender('/nope.txt', 'nope.txt', settings) // → {ok: false, reason: 'not found'}
 */
export async function readAndRender(file: string, name: string, settings: RenderSettings): Promise<InputOutcome> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    return {ok: false, reason: fsReason(error)}
  }
  return renderInput(bytes, name, settings)
}
