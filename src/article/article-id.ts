/**
 * A stable id for an article: a 64-bit hash (two 32-bit FNV-1a lanes with different offsets) of its content
 * text (title, highlights, headings, body), whitespace folded. Site chrome is left out, so the same article
 * scraped twice (another comment count) or decoded from two encodings gets the same id.
 *
 * @example
 * articleId(['Title', 'Body text.']) // → a 16-digit hex string, the same for the same content
 */
export function articleId(parts: ReadonlyArray<string>): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x9e3779b9
  for (const part of parts) {
    const text = part.replace(/\s+/g, ' ').trim()
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x01000193 + 0x1000)
    }
    // A separator, so that ['ab', 'c'] and ['a', 'bc'] differ.
    a = Math.imul(a ^ 0x1f, 0x01000193)
    b = Math.imul(b ^ 0x1f, 0x01000193 + 0x1000)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
