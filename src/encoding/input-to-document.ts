import {createDocument, type Document} from '../document/document.js'
import type {FixSettings} from '../schema/options.js'
import {repairInput} from './fix-text.js'

/**
 * The encoding stage of `parseArticle`: decode the input, repair its mojibake (see `fixText`), and make the
 * document every later stage reads.
 *
 * @param input the text, or its bytes
 * @param settings `maxInputBytes`
 * @returns the document
 * @example
 * inputToDocument('Chinaโs', {maxInputBytes: 1000}).value // → 'China’s'
 */
export function inputToDocument(input: string | Uint8Array, settings: FixSettings): Document {
  return createDocument(repairInput(input, settings))
}
