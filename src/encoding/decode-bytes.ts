import type {EncodingSource} from '../schema/encoding.js'
import {decodeWindows1252} from './code-page.js'

/** Decoded text and how it was decoded. */
export interface DecodedBytes {
  readonly text: string
  readonly source: EncodingSource
}

/**
 * Turn bytes into text: a UTF-16 BOM picks UTF-16 LE/BE, valid UTF-8 (with or without BOM) is UTF-8, and so is
 * UTF-8 cut off inside its last character (the bytes of that character are kept for repair to guess); anything
 * else is read as Windows-1252 (the usual legacy code page of English text). The BOM itself is not part of the text.
 *
 * @param bytes the input
 * @returns the text and `source` (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`)
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])) // {text: 'hi', source: 'utf-8-bom'}
 * decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) // {text: 'Café', source: 'windows-1252'}
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {text: new TextDecoder('utf-16le').decode(bytes), source: 'utf-16le'}
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {text: new TextDecoder('utf-16be').decode(bytes), source: 'utf-16be'}
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const source = hasBom ? 'utf-8-bom' : 'utf-8'
  const text = decodeUtf8(bytes)
  if (text !== undefined) return {text, source}
  // Valid UTF-8 cut off inside its last character (a dump truncated at a byte limit): the text is UTF-8, and the
  // surviving bytes of that character are handed on as Windows-1252 characters (`â€`), which repair reads as a
  // character cut short and guesses. A lead byte alone tells nothing: it becomes U+FFFD, as decoders write it.
  const cut = cutTail(bytes)
  if (cut > 0) {
    const head = decodeUtf8(bytes.subarray(0, bytes.length - cut))
    if (head !== undefined) return {text: head + (cut === 1 ? '\uFFFD' : decodeWindows1252(bytes.subarray(bytes.length - cut))), source}
  }
  return {text: decodeWindows1252(bytes), source: 'windows-1252'}
}

/** The bytes as UTF-8, or `undefined` when they are not valid UTF-8 (the BOM, if any, is dropped). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD, which is how we notice a legacy code page.
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * How many bytes at the end are an incomplete UTF-8 character: a lead byte followed by fewer continuation bytes
 * than it announces, and nothing else; 0 when the end is not like that.
 */
function cutTail(bytes: Uint8Array): number {
  for (let size = 1; size <= 3 && size <= bytes.length; size++) {
    const lead = bytes[bytes.length - size] ?? 0
    if (lead >= 0x80 && lead <= 0xbf) continue
    const needs = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0
    return needs >= size ? size : 0
  }
  return 0
}

/** A control character other than tab, newline, carriage return and form feed (NUL included). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\v\u000E-\u001F]/

/**
 * Whether decoded text looks binary: it holds NUL, or more than one control character (other than tab, newline,
 * carriage return, form feed) in 32 among its first 4,096 characters.
 *
 * @example
 * looksBinary('a\u0000b') // true
 * looksBinary('plain text\n') // false
 */
export function looksBinary(text: string): boolean {
  // Text without any control character (the usual case) is proven so by one native scan.
  if (!CONTROL.test(text)) return false
  // NUL anywhere is found by a native search; other control characters are counted in a sample only.
  if (text.includes('\u0000')) return true
  const sample = Math.min(text.length, 4096)
  let controls = 0
  for (let index = 0; index < sample; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++
  }
  return sample > 0 && controls * 32 > sample
}
