/** Characters that can start markdown syntax anywhere in a line (emphasis, code, links, HTML, entities). */
const inlineSyntax = /[\\`*_[\]<>&#]/g
/** Characters that start a block only at the start of a line: list items, setext underlines, fences. */
const blockStart = /^[-+=~]/
/** `1.` or `1)` at the start of a line would open an ordered list. */
const orderedStart = /^(\d+)([.)])/

/**
 * Escape a line of plain text so that remark-parse reads it back as exactly that text, with no markdown meaning
 * (SPEC: `*`, `_`, `[`, `]`, `<`, `#`, `>`, `1.` at line start, backticks and backslashes survive verbatim).
 *
 * @example
 * escapeMarkdown('1. *not* [a link]') // → '1\\. \\*not\\* \\[a link\\]'
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(inlineSyntax, '\\$&')
  if (blockStart.test(escaped)) return `\\${escaped}`
  return escaped.replace(orderedStart, '$1\\$2')
}
