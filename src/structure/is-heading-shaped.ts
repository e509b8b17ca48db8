/** SPEC: a heading is short, about 12 words or fewer; a little slack keeps `Label: Title` lines in. */
const maxHeadingWords = 14
const maxQuestionWords = 12
const maxHeadingLength = 150

/** Closing quotes and brackets are looked through when reading a line's last punctuation. */
const closers = ')]}"\'”’»'
/** Punctuation that ends a sentence or a clause, so the line is prose (`…` marks text cut short). */
const proseEnd = /[.!;,:…]$/u
/** A full stop after a word of two or more lower-case letters, then a capital: two sentences on one line. */
const twoSentences = /\p{Ll}{2}[.!?] +\p{Lu}/u
/** `Speaker (00:01.538)` or `Jane Doe (1:02:03)`: a transcript turn, not a heading. */
const speakerLabel = /^[^()]{1,60} \(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\)$/u
const firstIsLower = /^\p{Ll}/u
const hasLetter = /\p{L}/u

/**
 * Whether a body line has the shape of a heading (SPEC section 2): a short line with no sentence-ending
 * `.` `!` `;` `,` (nor `:`, which introduces a list, nor `…`), or a short question, or a short question followed
 * by a title (`What Comes Next? The Supply Question`); never a transcript speaker label, never starting in lower
 * case.
 *
 * @example
 * isHeadingShaped('Implications for the U.S. and Allies') // → true
 * isHeadingShaped('So what does this mean?') // → true
 * isHeadingShaped('Who Pays? A New Floor for Prices') // → true
 * isHeadingShaped('The policy focuses on two main objectives:') // → false
 */
export function isHeadingShaped(text: string): boolean {
  if (text.length > maxHeadingLength || !hasLetter.test(text) || firstIsLower.test(text)) return false
  const words = countWords(text)
  let cut = text.length
  while (cut > 0 && closers.includes(text.charAt(cut - 1))) cut--
  const end = text.slice(0, cut)
  if (end.endsWith('?')) return words <= maxQuestionWords && !twoSentences.test(text)
  if (words > maxHeadingWords || proseEnd.test(end)) return false
  if (twoSentences.test(text) && !isQuestionThenTitle(text)) return false
  return !isSpeakerLabel(text)
}

/** Words a title leaves in lower case: articles, short prepositions and conjunctions. */
const minorWords: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'vs', 'via', 'from', 'with', 'into', 'over'])

/**
 * A short question, then a title in Title Case (`What Comes Next? The Supply Question`): headline style, one
 * heading. Two sentences of prose (`Is it big? Yes, it is.`) have lower-case words after the question.
 */
function isQuestionThenTitle(text: string): boolean {
  const mark = text.indexOf('? ')
  if (mark < 0 || countWords(text.slice(0, mark + 1)) > maxQuestionWords) return false
  const tail = text.slice(mark + 2).split(' ')
  return tail.length <= maxQuestionWords && tail.every((word, index) => !firstIsLower.test(word) || (index > 0 && minorWords.has(word)))
}

/**
 * Whether a line is a transcript speaker label (`Speaker (00:01.538)`), as on REEx podcast pages.
 *
 * @example
 * isSpeakerLabel('Speaker 2 (01:12.004)') // → true
 */
export function isSpeakerLabel(text: string): boolean {
  // A label is short and ends with its time in brackets: most lines fail this before any regex runs.
  return text.length <= 80 && text.charCodeAt(text.length - 1) === 0x29 && speakerLabel.test(text)
}

function countWords(text: string): number {
  let words = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = text.charCodeAt(index) === 32
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}
