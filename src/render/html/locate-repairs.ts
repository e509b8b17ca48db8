import type {Article} from '../../schema/article.js'
import type {Repair} from '../../schema/encoding.js'
import {articleTexts, type ArticleText, type TextPlace} from './article-texts.js'
import {longestChain, type ChainPoint} from './longest-chain.js'

/** A repair and where its repaired text sits in the Article, or `at: null` when it could not be placed. */
export interface LocatedRepair {
  readonly repair: Repair
  readonly at: {
    readonly from: TextPlace
    readonly section: number | null
    readonly block: number | null
    readonly item: number | null
    readonly start: number
    readonly end: number
  } | null
}

/** How far the Article's text may run ahead of the input (a feed header's title is taken from the end of its line). */
const SLACK = 16

/** The places tried for one repair: the nearest occurrences of its text at or before where the input puts it. */
const CANDIDATES = 32

/**
 * Find each repair's text in the Article, best-effort. Repairs point into the input text, which the Article
 * does not keep, so the Article's texts are laid end to end in document order (`articleTexts`, one `\n` between
 * two, as between input lines) and each repair's `to` (NFC, NBSP as a space, as the Article stores text) is looked
 * for there. The rule that decides: going from one repair to the next, the Article never holds more text than
 * the repaired input did (bullets, blank lines, the date line, link markers and chrome lines are removed, never
 * added), so between two placed repairs the document distance is positive and at most the input distance. Of
 * the candidate places (the 32 nearest occurrences at or before the repair's input position), the largest set
 * of repairs that keeps this rule is chosen, and among equals the one that places each repair as late as it can
 * (the least text removed before it): a clean `’` earlier in a mixed page then cannot pull every later repair
 * one place back. A repair with no consistent place stays unplaced (`at: null`) rather than sit on a wrong word:
 * a repaired bullet (the marker is not text), a repair in a removed line, or one in a `Source:` credit that stood
 * mid-body (credits come after the body here). Two repairs of the same character that the rule cannot tell
 * apart (a credit mid-body, then the same character in the next paragraph) may swap places. The lead may
 * replace this with the positioned mdast tree; callers depend only on this function.
 *
 * @param article the Article (from `parseArticle`)
 * @returns one entry per repair, in input order
 * @example
 * locateRepairs(parseArticle('Chinaโs output rose.'))[0]?.at
 * // → {from: 'body', section: 0, block: 0, item: null, start: 5, end: 6}
 */
export function locateRepairs(article: Article): LocatedRepair[] {
  const texts = articleTexts(article)
  const starts: number[] = []
  let document = ''
  for (const text of texts) {
    starts.push(document.length)
    document += `${text.text}\n`
  }
  const repairs = [...article.encoding.repairs].sort((a, b) => a.start - b.start || a.end - b.end)
  const targets = repairs.map((repair) => repair.to.normalize('NFC').replaceAll('\u00a0', ' '))
  const occurrences = new Map<string, number[]>()
  const points: ChainPoint[] = []
  let shrunk = 0
  repairs.forEach((repair, index) => {
    // where the repair sits in the repaired input: earlier repairs made the text shorter
    const position = repair.start - shrunk
    shrunk += repair.end - repair.start - repair.to.length
    const target = targets[index] as string
    if (target.length === 0) return
    const found = occurrences.get(target) ?? allOccurrences(document, target)
    occurrences.set(target, found)
    const last = lastAtOrBefore(found, position + SLACK)
    for (let at = last; at >= 0 && at > last - CANDIDATES; at--) {
      const place = found[at] as number
      points.push({item: index, position: place, drift: position - place})
    }
  })
  const chosen = new Map(longestChain(points).map((point) => [point.item, point.position]))
  return repairs.map((repair, index) => {
    const position = chosen.get(index)
    return {repair, at: position === undefined ? null : placeOf(texts, starts, position, (targets[index] as string).length)}
  })
}

/** Every start of `target` in `text`, ascending (overlapping ones included). */
function allOccurrences(text: string, target: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(target); at !== -1; at = text.indexOf(target, at + 1)) found.push(at)
  return found
}

/** The index of the last value `<= limit` in an ascending list, or -1. */
function lastAtOrBefore(values: ReadonlyArray<number>, limit: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) <= limit) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** The text holding `[at, at + length)` and the offsets in it; null when the match runs across two texts. */
function placeOf(texts: ReadonlyArray<ArticleText>, starts: ReadonlyArray<number>, at: number, length: number): LocatedRepair['at'] {
  const index = lastAtOrBefore(starts, at)
  const text = texts[index]
  const start = at - (starts[index] as number)
  if (text === undefined || start + length > text.text.length) return null
  return {from: text.from, section: text.section, block: text.block, item: text.item, start, end: start + length}
}
