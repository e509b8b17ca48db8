/**
 * What "nothing is lost" means, made checkable (SPEC section 2: every non-blank input line ends up, repaired, in
 * exactly one place of the Article).
 *
 * - The input is compared *after repair*: the lines of `fixText(input).text`, because mojibake repair changes
 *   words on purpose (`Chinaโs` → `China’s`).
 * - **Structure, not words**: line-start indentation, one bullet (`-`, `•`, `*`, `·`, `+` followed by
 *   whitespace or the line end), one list number (`1.`, `2)`), and then every link marker `(opens in a new tab)`
 *   with the whitespace before it: the Article records these as structure (lists, links), not text.
 * - **Chrome**: lines whose content the Article turns into a value that is not text: `Highlights` (it starts the
 *   highlights), `N Comments` (→ `commentCount`), the date line (→ `publishedAt`), and the labels `CATEGORIES:` and
 *   `Source:` (their names go to `categories` / `credits`). Everything else, boilerplate included, must appear.
 * - A **word** is a maximal run of letters, marks and digits (`\p{L}\p{M}\p{N}`), after removing invisible
 *   format characters (`\p{Cf}`: ZWSP, BOM, bidi controls), which a parser may drop; markdown punctuation is
 *   checked separately (`markdownCharacters`), because SPEC says it survives verbatim.
 * - Both sides are NFC-normalised; the Article's text is every text field a line can land in (not the derived
 *   mentions, claims or diagnostics, which would hide a loss by quoting the input).
 */
import type {Article, ListItem} from '../../src/index.js'

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const chromeLine = new RegExp(String.raw`^(?:highlights|\d+ comments?|(?:${months})\.? \d{1,2},? \d{4})$`, 'iu')
const chromeLabel = /^(?:categories|source):/iu
const structurePrefix = /^\s*(?:[-•*·+]|\d{1,9}[.)])(?=\s|$)/u
// The lookbehind starts the match only at the first space of a run, so a long run of spaces costs linear time.
const linkMarker = /(?<!\s)\s*\(opens in a new tab\)/gu
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu
// Invisible format characters (ZWSP, BOM, bidi controls) may be dropped by the parser; they join, never split.
const formatCharacters = /\p{Cf}/gu

/** The characters SPEC section 2 says survive verbatim. */
export const markdownCharacters = ['*', '_', '[', ']', '<', '#', '>', '`', '\\'] as const

/** Split text into lines on `\r\n`, `\r` or `\n` (the line endings SPEC section 2 allows). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u)
}

/**
 * The content of a repaired input line that must appear in the Article, or `''` for blank and chrome lines.
 *
 * @example
 * lineContent('  • Lynas (opens in a new tab) grows') // → 'Lynas grows'
 */
export function lineContent(rawLine: string): string {
  // Read the line as a parser does, left to right: chrome, then the bullet, then the link markers in the text.
  const line = rawLine.normalize('NFC').trim()
  if (chromeLine.test(line)) return ''
  const text = line.replace(structurePrefix, '').replace(linkMarker, '').trim()
  return text.replace(chromeLabel, '').trim()
}

/** Count the words of a text (letters, marks, digits). */
export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [word] of text.replace(formatCharacters, '').normalize('NFC').matchAll(wordPattern)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Count the markdown-looking characters of a text. */
export function countMarkdown(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const character of text) {
    if ((markdownCharacters as ReadonlyArray<string>).includes(character)) {
      counts.set(character, (counts.get(character) ?? 0) + 1)
    }
  }
  return counts
}

function itemTexts(items: ReadonlyArray<ListItem>): string[] {
  return items.flatMap((item) => [item.text, ...itemTexts(item.children)])
}

/** Every text field of an Article that an input line can land in, joined by newlines. */
export function articleText(article: Article): string {
  const parts: string[] = [
    article.title ?? '',
    article.author ?? '',
    ...article.highlights,
    ...article.sections.flatMap((section) => [
      section.heading ?? '',
      ...section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : itemTexts(block.items)))
    ]),
    ...article.credits,
    ...article.disclaimers,
    ...article.related,
    ...article.preamble,
    ...article.boilerplate,
    ...article.categories,
    article.copyright === null ? '' : `${article.copyright.year ?? ''} ${article.copyright.holder ?? ''} ${article.copyright.notice}`
  ]
  return parts.join('\n').normalize('NFC')
}

/** What `have` lacks of `want`: each key with the count missing (empty when nothing is lost). */
export function missing(want: ReadonlyMap<string, number>, have: ReadonlyMap<string, number>): Record<string, number> {
  const lost: Record<string, number> = {}
  for (const [key, count] of want) {
    const short = count - (have.get(key) ?? 0)
    if (short > 0) lost[key] = short
  }
  return lost
}
