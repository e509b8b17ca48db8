import {ArticleParseError} from '../diagnostics/error.js'

/**
 * Check and normalise what a caller passed as input: a string, a `Uint8Array` (a Node `Buffer` too), or an
 * `ArrayBuffer`, from this realm or another (a `vm` context, a worker, jsdom: their `instanceof` fails, so the
 * type is read from the object's tag). Anything else is misuse.
 *
 * @param input what the caller passed
 * @returns the string, or the bytes as a `Uint8Array` of this realm (no copy)
 * @throws {ArticleParseError} `invalid-input` for any other value
 * @example
 * toInput(new ArrayBuffer(2)) // → Uint8Array [0, 0]
 */
export function toInput(input: unknown): string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return input
  const tag = Object.prototype.toString.call(input)
  if (tag === '[object Uint8Array]' && ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
  }
  if (tag === '[object ArrayBuffer]') return new Uint8Array(input as ArrayBuffer)
  const type = input === null ? 'null' : Array.isArray(input) ? 'array' : tag === '[object Object]' ? typeof input : tag.slice(8, -1)
  throw new ArticleParseError(
    `Unexpected input of type \`${type}\`, expected a string, a Uint8Array or an ArrayBuffer`,
    'invalid-input'
  )
}
