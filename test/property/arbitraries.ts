/**
 * fast-check arbitraries for the property tests: REEx-shaped documents built from a nasty alphabet, random
 * bytes, and clean text that repair must leave alone.
 *
 * Documents are built line by line, because the parser works line by line: each line is a prefix (indent,
 * bullet, list number, or nothing) and a run of tokens, or a whole site-chrome line; lines are joined with any
 * of the line endings SPEC section 2 allows, plus blank lines.
 */
import fc from 'fast-check'

/** Plain English-ish words, with the punctuation REEx text carries (`U.S.`, `Co., Ltd.`, `~US$138`). */
const englishTokens = [
  'China', 'rare', 'earth', 'the', 'a', 'of', 'Northern', 'Rare', 'Earth', 'Group', 'Lynas', 'Baotou',
  'U.S.', 'Co.,', 'Ltd.', 'Inc.', 'No.', '1', '2025', '30', '3.5%', '$138', '~US$138', '¥1', '100,000',
  'said', 'will', 'aims', 'by', '2027.', 'NdPr', 'oxide.', 'Song', 'Zhiping', 'It’s', 'isn’t', 'e.g.',
  'December', '12,', 'Q1', '1H26', 'million', 'billion', '$7-8/kg', 'What?', 'so:', 'end.', 'Hello,', 'world!'
]

/** Lossy-Thai (K1) and Windows-874 (K2) debris, real Thai, and other scripts. */
const thaiTokens = [
  'โ', 'ย', 'ฉ', 'ข', 'โข', 'ยฉ', 'ยฅ', 'โฆ', 'รฉ', 'Chinaโs', 'isnโt', 'planningโreassuring', 'โworld-class',
  'champion.โ', 'Exchangesโข', 'โ€™', 'โ€œ', 'โ€', 'weโre', 'ภาษาไทย', 'แร่หายาก', 'โลก', 'ประเทศไทย'
]

/** Windows-1252 / Latin-1 debris (K3, K4) and correct non-ASCII text. */
const latinTokens = ['â€™', 'â€œ', 'â€', 'Ã©', 'Ã', 'â\u0080\u0099', 'café', 'naïve', 'Zürich', '中国', 'Россия', '™', '©', '€', '…', '—', '–', '“quoted”', '‘x’']

/** Markdown syntax that must survive verbatim (SPEC section 2), and things remark would otherwise interpret. */
const markdownTokens = [
  '*', '_', '[', ']', '<', '#', '>', '1.', '`', '``', '\\', '\\*', '*bold*', '_it_', '**x**', '[a](b)', '[x]',
  '<http://x.y>', '<b>', '&amp;', '&#123;', '&copy;', '# not', '![i](j)', '|', '~~s~~', '+', '=', '---'
]

/** Control characters, surrogates and other code points that are easy to mishandle. */
const hostileTokens = [
  '\u0000', '\u0080', '\u0085', '\u0093', '\u009d', '\u009f', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\uFEFF',
  '\u00A0', '\t', '\u2028', '\u200B', '🚀', '👍🏽', '🇨🇳', 'e\u0301', '\u0301', '\uFFFD', '\u202E'
]

/** The link marker and the places it sits in (SPEC section 2). */
const linkTokens = ['(opens in a new tab)', '(HK:1234 (opens in a new tab))', '(opens in a new tab).', '(opens in a new tab),', '(opens']

const token = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...englishTokens)},
  {weight: 2, arbitrary: fc.constantFrom(...thaiTokens)},
  {weight: 2, arbitrary: fc.constantFrom(...latinTokens)},
  {weight: 2, arbitrary: fc.constantFrom(...markdownTokens)},
  {weight: 1, arbitrary: fc.constantFrom(...hostileTokens)},
  {weight: 2, arbitrary: fc.constantFrom(...linkTokens)},
  {weight: 1, arbitrary: fc.string({maxLength: 6, unit: 'grapheme'})},
  {weight: 1, arbitrary: fc.string({maxLength: 4, unit: 'binary'})}
)

/** Whole lines of site chrome and other special lines (SPEC section 2, line kinds). */
const specialLines = [
  'Highlights', 'Table of Contents', '0 Comments', '1 Comment', '12 Comments', 'CATEGORIES: , ,', 'CATEGORIES: , , ,',
  'CATEGORIES: Markets, Policy', '© 2025 Rare Earth Exchanges™ — Accelerating Transparency, Accuracy, and Insight.',
  'ยฉ 2025 Rare Earth Exchangesโข โ Accelerating Transparency.', 'Spread the word:', 'Leave a Reply',
  'Your email address will not be published. Required fields are marked *', 'Source: Lynas (opens in a new tab)',
  'Source: Nothen China Rare Earth Group', 'Daniel', 'You Might Also Like…', 'See also the earlier report',
  'Mar 3, 2025', 'March 3, 2025', 'So what does this mean?', 'Implications for the U.S. and Allies', 'Conclusion',
  'Here is the information as a list:', 'Transcript', 'Speaker (00:01.538)',
  'This news item originates from the media department of a state-owned entity; the information should be verified independently.'
]

/** Line prefixes: bullets of both layouts, list numbers, damaged bullets, indentation. */
const prefixes = ['', '', '', '- ', '  • ', '    • ', '* ', '· ', '• ', '1. ', '2) ', '  - ', 'โข ', '\t', '   ', '> ', '# ']

const tokenLine = fc
  .tuple(fc.constantFrom(...prefixes), fc.array(token, {maxLength: 12}), fc.constantFrom(' ', ' ', ' ', '', '  ', '\u00A0'))
  .map(([prefix, tokens, glue]) => prefix + tokens.join(glue))

/** One line of a document (without its line ending). */
export const line: fc.Arbitrary<string> = fc.oneof(
  {weight: 5, arbitrary: tokenLine},
  {weight: 2, arbitrary: fc.constantFrom(...specialLines)},
  {weight: 1, arbitrary: fc.constant('')}
)

const lineEnding = fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n')

/** Join lines with arbitrary line endings, optionally after a BOM and with a trailing newline. */
function joinLines(maxLines: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.boolean(),
      fc.array(fc.tuple(line, lineEnding), {maxLength: maxLines}),
      fc.boolean()
    )
    .map(([bom, lines, trailing]) => {
      let text = bom ? '\uFEFF' : ''
      lines.forEach(([content, ending], index) => {
        text += content
        if (index < lines.length - 1 || trailing) text += ending
      })
      return text
    })
}

/** A short, nasty, REEx-shaped document (up to 20 lines). */
export const nastyDocument: fc.Arbitrary<string> = joinLines(20)

/** A longer one (up to 300 lines): use with few runs. */
export const longNastyDocument: fc.Arbitrary<string> = joinLines(300)

/** Arbitrary UTF-16 strings, lone surrogates included. */
export const anyString: fc.Arbitrary<string> = fc.string({maxLength: 200, unit: 'binary'})

/** Random bytes, and bytes that look like a BOM-prefixed or UTF-8 text with damage. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({maxLength: 400}),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({maxLength: 200})).map(
    ([bom, rest]) => Uint8Array.from([...bom, ...rest])
  ),
  fc
    .tuple(nastyDocument, fc.array(fc.tuple(fc.nat(), fc.integer({min: 0, max: 255})), {maxLength: 5}))
    .map(([text, flips]) => {
      const bytes = new TextEncoder().encode(text)
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value
      return bytes
    })
)

/** Anything `parseArticle` accepts: strings of all kinds and bytes. */
export const anyInput: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  {weight: 4, arbitrary: nastyDocument},
  {weight: 1, arbitrary: anyString},
  {weight: 1, arbitrary: anyBytes}
)

const cleanAsciiWord = fc.stringMatching(/^[A-Za-z]{1,10}$/)
const cleanAsciiToken = fc.oneof(
  {weight: 6, arbitrary: cleanAsciiWord},
  {weight: 2, arbitrary: fc.constantFrom(...englishTokens.filter((t) => /^[\x20-\x7e]+$/.test(t)))},
  {weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,6}$/)}
)

/** Clean ASCII English: printable ASCII words and punctuation, spaces, `\n` line breaks. */
export const cleanAsciiText: fc.Arbitrary<string> = fc
  .array(fc.array(cleanAsciiToken, {minLength: 1, maxLength: 12}).map((words) => words.join(' ')), {maxLength: 12})
  .map((lines) => lines.join('\n'))

/** Correct non-ASCII text (typography, accents, CJK, Cyrillic, whole Thai lines): repair must not touch it. */
export const cleanUnicodeText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc
        .array(
          fc.oneof(
            cleanAsciiWord,
            fc.constantFrom('China’s', '“world-class”', '‘so’', 'it’s', 'planning—reassuring', '2024–2025', '…',
              'Exchanges™', '© 2025', '€5', '¥1', '£2', 'café', 'Zürich', 'naïve', 'São', 'Paulo', '中国稀土',
              'Россия', 'Ελλάδα', '•')
          ),
          {minLength: 1, maxLength: 10}
        )
        .map((words) => words.join(' ')),
      fc.array(fc.constantFrom('ภาษาไทย', 'แร่หายาก', 'ของโลก', 'ประเทศไทย', 'สวัสดีครับ'), {minLength: 1, maxLength: 5}).map(
        (words) => words.join(' ')
      )
    ),
    {maxLength: 10}
  )
  .map((lines) => lines.join('\n'))
