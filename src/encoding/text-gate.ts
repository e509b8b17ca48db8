import {isNfcRisk} from './offset-map.js'
import {showsOtherPage} from './other-code-pages.js'
import {isScanStart, isTrigger} from './triggers.js'

/** What one scan of a text says about the work the encoding stage has to do on it. */
export interface TextGate {
  /** It holds a character that can start a repair (see `mayBeDamaged`). */
  readonly damaged: boolean
  /** It holds a character only damage of another code page brings (see `mayBeOtherPage`). */
  readonly otherPage: boolean
  /** It holds a character NFC may change (see `nfcChanges`). */
  readonly nfcRisk: boolean
  /** It looks binary (see `looksBinary`). */
  readonly binary: boolean
  /** The offsets of the characters `findDecodes` starts from (`SCAN_STARTS`), in order, below `seenTo`. */
  readonly starts: ReadonlyArray<number>
  /** The offsets of `“` and `”` (what quote tracking reads besides line breaks), in order, below `seenTo`. */
  readonly quotes: ReadonlyArray<number>
  /**
   * The lists are complete below this offset: the text's length, unless the scan stopped early (every answer
   * known) or a list was full (`LISTED`); past it, `positionReader` finds the rest.
   */
  readonly seenTo: number
}

/** The most offsets a list holds, so that a huge text of Thai or of quotes costs no more memory than its length. */
const LISTED = 1 << 14

/**
 * Printable ASCII and the white space of text: no character of it is a trigger, a sign of another code page, an
 * NFC risk or a control character. The scan stops only at the others, which in English text are a few curly
 * quotes and dashes per line; a class of four ranges is the cheapest V8 scans (a class of the twenty ranges of
 * everyday typography costs half as much again, see docs/encoding.md, Speed).
 */
const NOT_PRINTABLE_ASCII = /[^\t\n\f\r\x20-\x7E]/g

/** How far `looksBinary` reads (its `SAMPLE`): control characters are counted in the first 1,024 only. */
const SAMPLE = 1024

/**
 * Everything the encoding stage asks of a whole text before it repairs anything, from one scan: whether it may be
 * damaged (`mayBeDamaged`), may show another code page (`mayBeOtherPage`), may change under NFC (`nfcChanges`),
 * and whether it looks binary (`looksBinary`). Each answer is exactly that function's. Only the characters
 * outside printable ASCII are looked at one by one, and the scan stops once every answer is known.
 *
 * @param text the text
 * @returns the four answers
 * @example
 * textGate('China’s “rare earth” — 5…') // {damaged: false, otherPage: false, nfcRisk: false, binary: false}
 * textGate('Chinaโs').damaged // true
 */
export function textGate(text: string): TextGate {
  const hits = new RegExp(NOT_PRINTABLE_ASCII.source, 'g')
  let damaged = false
  let otherPage = false
  let nfcRisk = false
  let controls = 0
  let nul = false
  const starts: number[] = []
  const quotes: number[] = []
  let seenTo = text.length
  while (hits.test(text)) {
    const index = hits.lastIndex - 1
    const code = text.charCodeAt(index)
    if (code < 0x20) {
      if (index < SAMPLE) {
        controls++
        if (code === 0) nul = true
      }
      continue
    }
    let listing = seenTo === text.length
    if (listing && (starts.length === LISTED || quotes.length === LISTED)) {
      seenTo = index
      listing = false
    }
    // The everyday signs of English typography (`‘ ’ “ ” – — …`, U+2013-U+2026 but for `‚`) are none of these.
    if (code >= 0x2013 && code <= 0x2026 && code !== 0x201a) {
      if (listing && (code === 0x201c || code === 0x201d)) quotes.push(index)
      continue
    }
    if (isScanStart(code)) {
      if (listing) starts.push(index)
      if (!damaged && isTrigger(code)) damaged = true
    }
    if (!otherPage && showsOtherPage(code, text.charCodeAt(index + 1))) otherPage = true
    if (!nfcRisk && isNfcRisk(code)) nfcRisk = true
    if (damaged && otherPage && nfcRisk && index >= SAMPLE) {
      if (seenTo === text.length) seenTo = index + 1
      break
    }
  }
  const sample = Math.min(text.length, SAMPLE)
  const binary = controls > 0 && (nul || controls * 32 > sample)
  return {damaged, otherPage, nfcRisk, binary, starts, quotes, seenTo}
}
