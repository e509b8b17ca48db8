import type {EncodingSource} from '../schema/encoding.js'
import {decodeWindows1252} from './code-page.js'

/** Decoded text and how it was decoded. */
export interface DecodedBytes {
  readonly text: string
  readonly source: EncodingSource
}

/**
 * Turn bytes into text: a UTF-16 BOM picks UTF-16 LE/BE, valid UTF-8 (with or without BOM) is UTF-8, anything else
 * is read as Windows-1252 (the usual legacy code page of English text). The BOM itself is not part of the text.
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
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD, which is how we notice a legacy code page.
    const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return {text, source: hasBom ? 'utf-8-bom' : 'utf-8'}
  } catch {
    return {text: decodeWindows1252(bytes), source: 'windows-1252'}
  }
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
