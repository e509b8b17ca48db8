import type {EncodingSource} from '../schema/encoding.js'
import {decodeWindows1252} from './code-page.js'

// Decoders are made once: making one costs more than decoding a page, and `decode` without `stream` keeps no
// state between calls. `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD, which is how we notice
// a legacy code page.
const UTF8 = new TextDecoder('utf-8', {fatal: true})
const UTF16LE = new TextDecoder('utf-16le')
const UTF16BE = new TextDecoder('utf-16be')

/** Decoded text and how it was decoded. */
export interface DecodedBytes {
  readonly text: string
  readonly source: EncodingSource
  /** The bytes `text` is the UTF-8 decoding of, exactly (no BOM, nothing cut), when it is one (see `textGate`). */
  readonly utf8?: Uint8Array
}

/**
 * Turn bytes into text: a UTF-16 BOM picks UTF-16 LE/BE, valid UTF-8 (with or without BOM) is UTF-8, and so is
 * UTF-8 cut off inside its last character (the bytes of that character are kept for repair to guess); anything
 * else is read as Windows-1252 (the usual legacy code page of English text). The BOM itself is not part of the text.
 *
 * @param bytes the input
 * @returns the text, `source` (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`) and, for valid UTF-8,
 *   the bytes the text is the decoding of
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])) // {text: 'hi', source: 'utf-8-bom', utf8: Uint8Array [0x68, 0x69]}
 * decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) // {text: 'Café', source: 'windows-1252'}
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {text: UTF16LE.decode(bytes), source: 'utf-16le'}
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {text: UTF16BE.decode(bytes), source: 'utf-16be'}
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const source = hasBom ? 'utf-8-bom' : 'utf-8'
  const text = decodeUtf8(bytes)
  // The decoder drops one leading BOM, so the text is the decoding of the bytes after it.
  if (text !== undefined) return {text, source, utf8: hasBom ? bytes.subarray(3) : bytes}
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
    return UTF8.decode(bytes)
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
 * How far `looksBinary` reads: binary data shows NUL or control bytes from its first bytes on (git reads 8,000
 * bytes for NUL; a kilobyte of text is the same evidence, at an eighth of the scan on every page).
 */
const SAMPLE = 1024

/**
 * Whether decoded text looks binary: it holds NUL, or more than one control character (other than tab, newline,
 * carriage return, form feed) in 32, among its first 1,024 characters. Only the start is read, so the test costs
 * the same for any length.
 *
 * @example
 * looksBinary('a\u0000b') // true
 * looksBinary('plain text\n') // false
 */
export function looksBinary(text: string): boolean {
  const start = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  if (!CONTROL.test(start)) return false
  if (start.includes('\u0000')) return true
  const sample = Math.min(text.length, SAMPLE)
  let controls = 0
  for (let index = 0; index < sample; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++
  }
  return sample > 0 && controls * 32 > sample
}
