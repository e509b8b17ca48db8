/**
 * What the words on each side of a K1 `โ` say about which dash it was. K1 deletes the bytes that tell `–` from `—`
 * (and from `’ “ ”`), so the choice rests on how news English uses them: an en dash joins the two ends of a range
 * (`$110M–$125M`, `15%–18%`, `2024–2025`, `Q1–Q3`, `Jan–Nov`) and two names of equal rank (`U.S.–Japan`,
 * `EU–Australia`); an em dash sets off a clause (`monopoly—it’s`, `China—and Japan`). In a title WordPress has
 * turned the typed ` - ` into ` – `, so a spaced dash there is an en dash.
 */

/**
 * Capitalised words that start a clause rather than name something: after `Name—` they mean the dash set off a
 * new clause (`Beijing acted—The move …`), so it is an em dash. English closed-class words (articles, pronouns,
 * determiners, conjunctions, prepositions, auxiliaries and the commonest adverbs); a general list, not grown from
 * any text.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those it its he she they we i you me him her us them his their our my your ' +
    'and but or nor so yet for if when while as because although though since until unless whether which who ' +
    'whom whose what where why how than then there here now not no yes all both each every some any most many ' +
    'such even still just only also too very more less in on at by to of from with without into onto over under ' +
    'after before about against between through during per via is are was were be been being has have had do does ' +
    'did will would shall should can could may might must let'
  ).split(' ')
)

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39
const isAsciiUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a
const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0

/** How far a token may reach from the span: a figure with its currency and scale, or a name. */
const REACH = 24

/**
 * The token that ends right before `offset` (no space inside it), at most `REACH` characters long.
 *
 * @example
 * tokenBefore('from $110M', 10) // '$110M'
 */
export function tokenBefore(text: string, offset: number): string {
  let start = offset
  while (start > 0 && offset - start < REACH) {
    const code = text.charCodeAt(start - 1)
    if (isSpaceCode(code) || code === 0x0a || code === 0x0d) break
    start--
  }
  return text.slice(start, offset)
}

/** A figure starting a token: maybe a currency sign or code (`$`, `US$`, `€`, `~`), then a digit; or a quarter/half. */
const AMOUNT_START = /^(?:[A-Z]{0,3}\$|[~€£¥₹])?\d|^[QH][1-4](?![\p{L}\d])/u

/**
 * Whether a figure ends at `offset`: a digit, then maybe a percent sign or a scale or unit of up to three letters
 * (`$110M`, `15%`, `2024`, `Q1`, `1.2Mt`). Reads back at most four characters.
 *
 * @example
 * amountEndsAt('from $110M', 10) // true
 * amountEndsAt('it rose', 7) // false
 */
export function amountEndsAt(text: string, offset: number): boolean {
  let index = offset
  if (text.charCodeAt(index - 1) === 0x25) index--
  else {
    let letters = 0
    while (letters < 3 && isAsciiLetter(text.charCodeAt(index - 1))) {
      index--
      letters++
    }
  }
  return isDigitCode(text.charCodeAt(index - 1))
}

/**
 * Whether a figure starts a text: the other end of a range (`$125M`, `18%`, `2025`, `Q3`, `¥580,000`). With
 * `amountEndsAt` before a dash, it says the dash stands between the ends of a range.
 *
 * @example
 * amountStarts('$125M for the year') // true
 * amountStarts('Japan') // false
 */
export function amountStarts(text: string): boolean {
  return AMOUNT_START.test(text)
}

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)

/**
 * Whether a closed dash joins two names: a capitalised word, acronym or abbreviation before it (`U.S.`, `EU`,
 * `Japan`, `Jan`) and a capitalised word after it that is not a function word (`Japan`, `Australia`, `Nov`; not
 * `The`, `And`, `It`).
 *
 * @example
 * isNamePair('U.S.', 'Japan deal') // true
 * isNamePair('acted', 'The move') // false
 */
export function isNamePair(before: string, after: string): boolean {
  if (before === '' || !isCapitalised(before) || isFunctionWord(before)) return false
  // The name before is letters with the odd full stop (`U.S.`); a figure or a closing bracket is no name.
  for (let index = 0; index < before.length; index++) {
    const c = before.charAt(index)
    if (c !== '.' && c.toLowerCase() === c.toUpperCase()) return false
  }
  let end = 0
  while (end < after.length && end < REACH && isWordChar(after.charAt(end))) end++
  const word = after.slice(0, end)
  return word !== '' && isCapitalised(word) && !isFunctionWord(word)
}

/** A function word, unless written as an acronym (`US`, `IT` are names; `Us`, `It` are not). */
const isFunctionWord = (word: string): boolean =>
  FUNCTION_WORDS.has(word.toLowerCase()) && !(word.length > 1 && word === word.toUpperCase())

const isCapitalised = (word: string): boolean => {
  const first = word.charAt(0)
  return isAsciiUpper(first.charCodeAt(0)) || (first !== first.toLowerCase() && first === first.toUpperCase())
}

const isWordChar = (c: string): boolean => c !== '' && (c.toLowerCase() !== c.toUpperCase() || isDigitCode(c.charCodeAt(0)))

/** Words of four letters or more: the ones Title Case capitalises (short ones may be `of`, `and`, `in`). */
const LONG_WORD = /[\p{L}\d][\p{L}\p{M}\d’'-]{3,}/gu

/**
 * Whether a line reads as a title or a title-case heading: a few words (at most 25), no full stop, semicolon or
 * comma at its end, and most of its long words capitalised. WordPress turns a typed ` - ` there into ` – `, so a
 * spaced dash in such a line is an en dash; in body text writers use both, and the em dash is the likelier.
 *
 * @example
 * isTitleLine('Lynas Expands Capacity – What It Means for Magnets') // true
 * isTitleLine('The plan — announced on Monday — is large.') // false
 */
export function isTitleLine(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed === '' || /[.;,:]$/u.test(trimmed)) return false
  const words = trimmed.split(/\s+/u)
  if (words.length < 3 || words.length > 25) return false
  let long = 0
  let capitalised = 0
  for (const match of trimmed.matchAll(LONG_WORD)) {
    long++
    if (isCapitalised(match[0]) || isDigitCode(match[0].charCodeAt(0))) capitalised++
  }
  return long >= 2 && capitalised * 4 >= long * 3
}

const isBreakCode = (code: number): boolean => code === 0x0a || code === 0x0d

/**
 * The offset of the first character of a text that is not white space (its length when there is none).
 *
 * @example
 * firstNonBlank('\n  Title') // 3
 */
export function firstNonBlank(text: string): number {
  let index = 0
  while (index < text.length && /\s/u.test(text.charAt(index))) index++
  return index
}

/**
 * Whether the line holding `offset` is the title: the first line with text (`firstText`, from `firstNonBlank`)
 * when it reads as a title (see `isTitleLine`). Reads the line once.
 *
 * @example
 * titleLineAt('Lynas Expands Capacity – What It Means\nBody.', 5, 0) // true
 */
export function titleLineAt(text: string, offset: number, firstText: number): boolean {
  let start = offset
  while (start > 0 && !isBreakCode(text.charCodeAt(start - 1))) start--
  if (start > firstText) return false
  let end = offset
  while (end < text.length && !isBreakCode(text.charCodeAt(end))) end++
  return isTitleLine(text.slice(start, end))
}
