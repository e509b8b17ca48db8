import {isWindows1252Mark} from './code-page.js'
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
  /**
   * The offsets of the characters of `isWindows1252Mark` (curly quotes and dashes among them: what quote tracking
   * and `markCleanLines` read), in order, below `seenTo`.
   */
  readonly marks: ReadonlyArray<number>
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
 * and whether it looks binary (`looksBinary`), with the offsets of what `findDecodes` and quote tracking will look
 * for. Each answer is exactly that function's. Only the characters outside printable ASCII are looked at one by
 * one, and the scan stops once every answer is known. When the text is the UTF-8 decoding of `utf8`, the bytes are
 * read instead, four at a time (three times faster than V8's fastest regex over the text).
 *
 * @param text the text
 * @param utf8 (optional) the bytes `text` was decoded from, exactly: valid UTF-8 with no BOM and nothing cut
 * @returns the answers and the lists
 * @example
 * textGate('China’s “rare earth” — 5…').damaged // false
 * textGate('Chinaโs').damaged // true
 */
export function textGate(text: string, utf8?: Uint8Array): TextGate {
  const gate = new GateScan(text)
  if (utf8 === undefined) scanText(gate)
  else scanBytes(gate, utf8)
  return gate.result()
}

/** A replacement of `[start, end)` of a text by `to` (an edit of repair, see `Edit`). */
interface Replacement {
  readonly start: number
  readonly end: number
  readonly to: string
}

/**
 * The gate of a text after replacements, from the gate of the text before them, with no scan of the whole text:
 * possible when that gate listed the whole text and saw nothing NFC may change and no sign of another code page.
 * Then every character outside the replacements that could change an answer is listed: triggers are starts, and
 * the only signs whose answer depends on the next character (`‚` and `ƒ`) are marks. So the listed characters
 * outside the replacements and every character of their output, in order, answer as a scan of the new text would.
 * Its lists may run further than a scan's would (it stops where a scan would have, or later), which changes
 * nothing `positionReader` reads. It does not count control characters (`binary` is false): repair never asks.
 *
 * @param text the text before
 * @param gate the gate of `text`
 * @param replacements sorted, non-overlapping, offsets into `text`
 * @param after the text after them
 * @returns the gate of `after`, or `undefined` when it must be scanned
 * @example
 * const text = 'Chinaโs'
 * gateAfterEdits(text, textGate(text), [{start: 5, end: 6, to: '’'}], 'China’s')?.damaged // false
 */
export function gateAfterEdits(
  text: string,
  gate: TextGate,
  replacements: ReadonlyArray<Replacement>,
  after: string
): TextGate | undefined {
  if (gate.seenTo < text.length || gate.nfcRisk || gate.otherPage) return undefined
  const scan = new GateScan(after)
  const {starts, marks} = gate
  let start = 0
  let mark = 0
  let shift = 0
  // The listed characters before `until`, outside the replacements, shifted; `false` once the scan may stop.
  const feed = (until: number): boolean => {
    for (;;) {
      const nextStart = starts[start] ?? Number.POSITIVE_INFINITY
      const nextMark = marks[mark] ?? Number.POSITIVE_INFINITY
      const at = Math.min(nextStart, nextMark)
      if (at >= until) return true
      if (at === nextStart) start++
      else mark++
      if (scan.hit(text.charCodeAt(at), at + shift)) return false
    }
  }
  for (const replacement of replacements) {
    if (!feed(replacement.start)) return scan.result()
    // The listed characters the replacement took are gone.
    while ((starts[start] ?? Number.POSITIVE_INFINITY) < replacement.end) start++
    while ((marks[mark] ?? Number.POSITIVE_INFINITY) < replacement.end) mark++
    const {to} = replacement
    const from = replacement.start + shift
    for (let index = 0; index < to.length; index++) {
      // ASCII changes no answer (a control character would count only for `binary`).
      const code = to.charCodeAt(index)
      if (code > 0x7f && scan.hit(code, from + index)) return scan.result()
    }
    shift += to.length - (replacement.end - replacement.start)
  }
  feed(Number.POSITIVE_INFINITY)
  return scan.result()
}

/** Up to how long a text is read character by character: making a regex costs more than reading a few characters. */
const SHORT = 64

/** The scan of the text itself: a regex finds each character outside printable ASCII. */
function scanText(gate: GateScan): void {
  const {text} = gate
  if (text.length <= SHORT) {
    // The class of `NOT_PRINTABLE_ASCII`, as comparisons: the short texts of a repair's inner layers.
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if ((code >= 0x20 && code <= 0x7e) || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) continue
      if (code < 0x20 ? gate.control(code, index) : gate.hit(code, index)) break
    }
    return
  }
  const hits = new RegExp(NOT_PRINTABLE_ASCII.source, 'g')
  while (hits.test(text)) {
    const index = hits.lastIndex - 1
    const code = text.charCodeAt(index)
    if (code < 0x20 ? gate.control(code, index) : gate.hit(code, index)) break
  }
}

/**
 * The scan of the UTF-8 bytes the text came from. Four bytes at a time where it can: a word with no byte of 0x80 or
 * more and none under 0x20 is printable ASCII (or 0x7F, which the gate passes over too). Line breaks and tabs send
 * a word to the byte-by-byte path, where they cost a comparison each. The offset in the text of a byte is its
 * offset less the bytes the characters before it took beyond their UTF-16 units (`extra`).
 */
function scanBytes(gate: GateScan, bytes: Uint8Array): void {
  const {text} = gate
  const length = bytes.length
  // The words start at the first 4-byte boundary of the buffer.
  const head = (4 - (bytes.byteOffset & 3)) & 3
  const count = length > head ? (length - head) >> 2 : 0
  // Signed words: the arithmetic below stays in 32-bit integers (an unsigned word above 2^31 would be a double).
  const words = new Int32Array(bytes.buffer, count > 0 ? bytes.byteOffset + head : 0, count)
  let next = 0
  let extra = 0
  while (next < length) {
    if (next >= head && ((next - head) & 3) === 0) {
      // Skip the words of printable ASCII. A byte of 0x80 or more sets its top bit in `value`; one under 0x20 sets it
      // in the subtraction (a borrow can flag a byte beside a real hit too, never miss one: a flagged word is read
      // byte by byte).
      let word = (next - head) >> 2
      while (word < count) {
        const value = words[word] ?? 0
        if (((value | (((value - 0x20202020) | 0) & ~value)) & 0x80808080) !== 0) break
        word++
      }
      next = head + word * 4
      if (next >= length) return
    }
    const byte = bytes[next] ?? 0
    const index = next - extra
    if (byte < 0x80) {
      next++
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) gate.control(byte, index)
      continue
    }
    // The bytes are valid UTF-8 (a fatal decoder read them), so this is a lead byte and its sequence is whole.
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    next += size
    if (size === 4) {
      // Two UTF-16 units, each a character to the regex scan.
      extra += 2
      if (gate.hit(text.charCodeAt(index), index) || gate.hit(text.charCodeAt(index + 1), index + 1)) return
    } else {
      extra += size - 1
      if (gate.hit(text.charCodeAt(index), index)) return
    }
  }
}

/** The answers and lists of a gate scan as it goes, one character outside printable ASCII at a time. */
class GateScan {
  readonly text: string
  damaged = false
  otherPage = false
  nfcRisk = false
  controls = 0
  nul = false
  readonly starts: number[] = []
  readonly marks: number[] = []
  seenTo: number

  constructor(text: string) {
    this.text = text
    this.seenTo = text.length
  }

  /** A control character (not tab, line feed, form feed or carriage return); `true` when the scan may stop. */
  control(code: number, index: number): boolean {
    if (index < SAMPLE) {
      this.controls++
      if (code === 0) this.nul = true
    }
    return false
  }

  /** Any other character outside printable ASCII; `true` when every answer is known and the scan may stop. */
  hit(code: number, index: number): boolean {
    let listing = this.seenTo === this.text.length
    if (listing && (this.starts.length === LISTED || this.marks.length === LISTED)) {
      this.seenTo = index
      listing = false
    }
    if (listing && isWindows1252Mark(code)) this.marks.push(index)
    // The everyday signs of English typography (`‘ ’ “ ” – — …`, U+2013-U+2026 but for `‚`) are none of these.
    if (code >= 0x2013 && code <= 0x2026 && code !== 0x201a) return false
    if (isScanStart(code)) {
      if (listing) this.starts.push(index)
      if (!this.damaged && isTrigger(code)) this.damaged = true
    }
    if (!this.otherPage && showsOtherPage(code, this.text.charCodeAt(index + 1))) this.otherPage = true
    if (!this.nfcRisk && isNfcRisk(code)) this.nfcRisk = true
    if (this.damaged && this.otherPage && this.nfcRisk && index >= SAMPLE) {
      if (this.seenTo === this.text.length) this.seenTo = index + 1
      return true
    }
    return false
  }

  result(): TextGate {
    const sample = Math.min(this.text.length, SAMPLE)
    const binary = this.controls > 0 && (this.nul || this.controls * 32 > sample)
    const {damaged, otherPage, nfcRisk, starts, marks, seenTo} = this
    return {damaged, otherPage, nfcRisk, binary, starts, marks, seenTo}
  }
}
