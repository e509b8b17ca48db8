import {isSpaceCode} from '../structure/is-space-code.js'

/**
 * A stable id for an article: a 64-bit hash (two 32-bit FNV-1a lanes with different offsets) of its content
 * text (title, highlights, headings, body), whitespace folded. Site chrome is left out, so the same article
 * scraped twice (another comment count) or decoded from two encodings gets the same id.
 *
 * @example
 * articleId(['Title', 'Body text.']) // → a 16-digit hex string, the same for the same content
 */
export function articleId(parts: ReadonlyArray<string>): string {
  // Both lanes stay int32 from the start (`| 0`): a first value above 2^31 is a double, and V8 deoptimizes the
  // loop when a lane turns int32 ("lost precision"). The bits, and so the ids, are the same.
  let a = 0x811c9dc5 | 0
  let b = (0x01000193 ^ 0x9e3779b9) | 0
  for (const part of parts) {
    // Whitespace folded on the fly (runs as one space, none at either end), without copying the text.
    let pendingSpace = false
    let started = false
    for (let index = 0; index < part.length; index++) {
      const code = part.charCodeAt(index)
      if (isSpaceCode(code)) {
        pendingSpace = started
        continue
      }
      if (pendingSpace) {
        a = Math.imul(a ^ 32, 0x01000193)
        b = Math.imul(b ^ 32, 0x01000193 + 0x1000)
        pendingSpace = false
      }
      started = true
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x01000193 + 0x1000)
    }
    // A separator, so that ['ab', 'c'] and ['a', 'bc'] differ.
    a = Math.imul(a ^ 0x1f, 0x01000193)
    b = Math.imul(b ^ 0x1f, 0x01000193 + 0x1000)
  }
  return hex32(a) + hex32(b)
}

/** The 8 hex digits of a 32-bit lane, in two 16-bit halves: `x >>> 0` above 2^31 would deoptimize as well. */
function hex32(lane: number): string {
  return (lane >>> 16).toString(16).padStart(4, '0') + (lane & 0xffff).toString(16).padStart(4, '0')
}
