import type {SpanContext} from './span-context.js'
import type {Role} from './targets.js'

/** A reading of a span with its prior. */
export interface Scored {
  readonly prior: number
  readonly role: Role
  readonly text: string
}

/**
 * How well a role fits its context, in 0..1. The rules are the typography of English news: an apostrophe inside
 * a word before `s t re ve ll d m`, an em dash between other words, an en dash between digits, an opening quote
 * after a space and before a word, a closing quote after a word or punctuation, a bullet at the start of a line,
 * a trade mark after a name.
 *
 * @example
 * roleScore('apostrophe', describeSpan({text: 'Chinaโs', start: 5, end: 6, joinedPrev: undefined, joinedNext: false, quoteOpen: false})) // 1
 */
export function roleScore(role: Role, c: SpanContext): number {
  switch (role) {
    case 'apostrophe': {
      // Between two figures (`¥560,000โยฅ580,000`) it is a range, not `’`.
      if (c.range) return 0.02
      if (c.prevLetter && c.nextLetter) return c.contraction ? 1 : c.elision ? 0.8 : c.namePair ? 0.01 : 0.05
      // `the 1990’s boom`: a number takes a possessive or plural `’s` the way a word does.
      if (c.prevDigit && c.nextLetter && c.contraction) return 0.9
      if ((c.prevLetter || c.prevDigit) && (c.nextSpace || c.nextCloser)) {
        if (c.quoteOpen) return 0.1
        // After a plural (`investors’`); after a figure hardly ever (`2026’`).
        return c.prev === 's' || c.prev === 'S' ? 0.6 : c.prevDigit ? 0.05 : 0.25
      }
      // `’90s`: a decade drops its century after an apostrophe.
      if ((c.prevSpace || c.prevOpener) && c.decade) return 0.95
      return 0.02
    }
    case 'open-double':
      // An opening quote that nothing later on the line could close was a dash (`5% —and`).
      if ((c.prevSpace || c.prevOpener) && !c.nextSpace && !c.nextCloser) return !c.closerAhead ? 0.05 : c.quoteOpen ? 0.3 : 0.9
      return 0.02
    case 'close-double':
      if ((c.prevLetter || c.prevDigit || c.prevCloser) && (c.nextSpace || c.nextCloser)) {
        if (c.quoteOpen) return 0.9
        return c.prevCloser ? 0.7 : 0.15
      }
      return 0.02
    case 'open-single':
      if ((c.prevSpace || c.prevOpener) && (c.nextLetter || c.nextDigit)) return !c.closerAhead ? 0.01 : c.quoteOpen ? 0.5 : 0.1
      return 0.01
    case 'em-dash':
      // The ends of a range, two names of equal rank, a spaced dash in a title: en dashes (see dash-context.ts).
      if (c.range || c.namePair || c.titleDash) return 0.1
      if (c.prevLetter && c.nextLetter) return 0.9
      if (c.prevSpace && c.nextSpace) return c.lineStart ? 0.3 : 0.7
      if ((c.prevLetter || c.prevCloser) && (c.nextLetter || c.nextSpace)) return 0.2
      // After a space before a word, with no quote to close later on the line (`5% —and`).
      if (c.prevSpace && c.nextLetter && !c.closerAhead) return 0.5
      return 0.1
    case 'en-dash':
      if (c.range || (c.prevDigit && c.nextDigit)) return 0.95
      if (c.namePair || c.titleDash) return 0.9
      // A figure, then a dash at the line end: a range the scraper cut off (`in 2025–`).
      if (c.prevDigit && c.next === '') return 0.6
      return c.prevSpace && c.nextSpace ? 0.3 : 0.05
    case 'times':
      // `4×`, `10× faster`, `3×3`: a multiplication sign follows a figure.
      if (c.prevDigit && (c.nextSpace || c.nextCloser || c.nextDigit || c.next === '')) return 0.95
      return c.prevSpace && c.nextSpace ? 0.3 : 0.05
    case 'hyphen':
      return c.prevLetter && c.nextLetter ? 0.3 : 0.05
    case 'minus':
      return (c.prevSpace || c.prevOpener) && c.nextDigit ? 0.5 : 0.05
    case 'bullet':
      if (c.lineStart) return 1
      return c.prevSpace && c.nextSpace ? 0.6 : 0.02
    case 'trademark':
      if (c.prevLetter || c.prevDigit || c.prev === ')' || c.prev === '\u00AE') return 1
      return c.lineStart ? 0.01 : 0.1
    case 'ellipsis':
    case 'letter':
      return 1
    case 'space':
      return c.prevLetter || c.prevDigit ? 0.2 : 0.05
    case 'invisible':
      return 0.1
    case 'arrow':
      return c.prevSpace && c.nextSpace ? 0.3 : 0.05
    case 'other':
      return 0.5
  }
}

/**
 * How well a letter's case fits the letters around it: `Ã©` in `cafÃ©` is `é`, not `É`; a capital after a
 * capital is fine, a small letter squeezed between capitals is not (`MÄ£ÄM` stays as it is).
 *
 * @example
 * caseScore('é', describeSpan({text: 'cafÃ©', start: 3, end: 5, joinedPrev: undefined, joinedNext: false, quoteOpen: false})) // 1
 */
export function caseScore(text: string, c: SpanContext): number {
  const upper = text !== text.toLowerCase()
  const lower = text !== text.toUpperCase()
  if (!upper && !lower) return 1
  if (c.prevLetter) {
    if (c.prevUpper) return upper ? 1 : c.nextLetter && !c.nextUpper ? 0.8 : 0.1
    return lower ? 1 : 0.2
  }
  if (c.nextLetter) return upper || !c.nextUpper ? 1 : 0.3
  // A letter glued to a figure and to no word (`4É`) is no English; a sign after a figure is (`4×`).
  if (c.prevDigit) return 0.05
  // A letter standing alone as a word: `à`, `é`, `Ã` happen; `ŗ` or `ř` alone do not.
  return (text.codePointAt(0) ?? 0) <= 0xff ? 0.5 : 0.3
}

/**
 * Rank readings of one span by prior × fit to context, and say how sure the pick is (its share of the total).
 *
 * @param readings the candidate characters
 * @param contextOf the context of a reading (readings may end at different offsets)
 * @returns the best reading, its score and a confidence in 0..1, or `undefined` when nothing scores
 * @example
 * const context = describeSpan({text: 'monopolyโit', start: 8, end: 9, joinedPrev: undefined, joinedNext: false, quoteOpen: false})
 * chooseReading([{text: '’', prior: 1000, role: 'apostrophe'}, {text: '—', prior: 300, role: 'em-dash'}], () => context)?.best.text // '—'
 */
export function chooseReading<T extends Scored>(
  readings: ReadonlyArray<T>,
  contextOf: (reading: T) => SpanContext
): {best: T; score: number; confidence: number} | undefined {
  let best: T | undefined
  let bestScore = -1
  let total = 0
  for (const reading of readings) {
    const context = contextOf(reading)
    const fit = reading.role === 'letter' ? caseScore(reading.text, context) : roleScore(reading.role, context)
    const score = reading.prior * fit
    total += score
    if (score > bestScore) {
      best = reading
      bestScore = score
    }
  }
  if (best === undefined || total <= 0) return undefined
  return {best, score: bestScore, confidence: Math.round((bestScore / total) * 1000) / 1000}
}
