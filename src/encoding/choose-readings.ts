import {type Decode, type Reading} from './find-decodes.js'
import {caseScore, chooseReading} from './score-candidates.js'
import {firstNonBlank, titleLineAt} from './dash-context.js'
import {WINDOWS_1252_MARKS} from './code-page.js'
import {positionReader} from './positions.js'
import {describeSpan, isLetter, type SpanContext} from './span-context.js'
import {textGate, type TextGate} from './text-gate.js'

/** A decided span: the decode and the reading chosen for it. */
export interface Chosen {
  readonly decode: Decode
  readonly reading: Reading
  /** What the span becomes: the reading, and a space when one is kept (see `keepsSpace`). */
  readonly text: string
  readonly end: number
  readonly confidence: number
  /** Where the text before the span was read for quotes (the end of the span before), and what it said. */
  readonly gapStart: number
  readonly gapQuote: QuoteMark
}

/** The last quote mark in a stretch of text: `open` (`“`), `closed` (`”` or a line break) or `none`. */
export type QuoteMark = 'open' | 'closed' | 'none'

/**
 * Choose a reading for every span, left to right along each line (so quotes pair up and a span knows what the one
 * before it became), and drop the spans whose best reading does not fit where it stands.
 *
 * @param text the text the spans were found in
 * @param decodes the spans that passed the evidence rules, in order
 * @param outside (optional) what the line around the text says, when the text is a piece of a line (an inner
 *   layer of K5 damage): whether a quote is open where it starts, whether something past its end could close a
 *   quote, and whether the line is a title line
 * @param gate (optional) what `textGate` says of the text, when it was scanned already (its list of quotes)
 * @returns the chosen readings, in order
 * @example
 * chooseReadings('Chinaโs', findDecodes('Chinaโs').decodes)[0].text // '’'
 */
export function chooseReadings(
  text: string,
  decodes: ReadonlyArray<Decode>,
  outside: LineOutside = NO_OUTSIDE,
  gate: TextGate = textGate(text)
): Chosen[] {
  const chosen: Chosen[] = []
  let quoteOpen = outside.quoteOpen
  let cursor = 0
  let previous: Chosen | undefined
  const titles = lineTitles(text, outside)
  const nextQuote = quoteReader(text, gate)
  let quote = nextQuote()
  let lastQuote = -1
  // Per list of readings (spans with the same bytes share one): whether one is a C1 control, and the readings
  // that stand alone.
  const lists = new Map<ReadonlyArray<Reading>, ListFacts>()
  for (let index = 0; index < decodes.length; index++) {
    const decode = decodes[index]
    if (decode === undefined) continue
    const gapStart = cursor
    while (quote >= 0 && quote < decode.start) {
      lastQuote = quote
      quote = nextQuote()
    }
    const gapQuote = gapMark(text, cursor, lastQuote, decode.lineStart)
    if (gapQuote !== 'none') quoteOpen = gapQuote === 'open'
    const joinedPrev = previous !== undefined && previous.end === decode.start ? previous.text.slice(-1) : undefined
    const nextDecode = decodes[index + 1]
    const nextStart = nextDecode?.start ?? -1
    // A C1 control is only ever a middle layer, so it is a reading only inside a run of damage.
    const runs = joinedPrev !== undefined || decode.end === nextStart
    // (Filtered only when there is something to drop: most spans have no such reading, and a copy per span costs.)
    let facts = lists.get(decode.readings)
    if (facts === undefined) {
      facts = {c1: hasC1Reading(decode.readings)}
      lists.set(decode.readings, facts)
    }
    let readings = runs || !facts.c1 ? decode.readings : decode.readings.filter((reading) => reading.plausibility !== 'c1')
    // A run of Thai that touches no word stands for a word of its own when it is damage: a symbol English uses
    // alone (`ยฉ` ©, `โข` •, `โ` —), or French `à`; read as letters (`โลก` as `—š`) it is a Thai word.
    if (decode.alone && decode.strength === 'thai') {
      if (readings !== decode.readings) readings = readings.filter(standsAlone)
      else readings = facts.alone ??= readings.filter(standsAlone)
    }
    // The context of a reading, described once per place it ends at (most readings end where the span ends; one
    // that takes the following space as 0xA0 ends one later), and only when something asks for it.
    const site: Site = {text, decode, nextDecode, nextStart, joinedPrev, quoteOpen, titles, closerBeyond: outside.closerBeyond}
    // One reading needs no choice: its bytes say what it is (`â€™`, `ยฉ`), and only the checks of a span standing
    // alone may ask about its context.
    const only = readings.length === 1 ? readings[0] : undefined
    const pick = only !== undefined ? {best: only, confidence: 1} : chooseReading(readings, (reading) => contextAt(site, reading))
    cursor = decode.end
    if (pick === undefined) continue
    const {best} = pick
    const end = decode.end + (best.absorbsSpace ? 1 : 0)
    const inRun = joinedPrev !== undefined || end === nextStart
    if (!inRun && decode.strength !== 'thai' && !fitsAlone(site, best)) continue
    const output = best.absorbsSpace && keepsSpace(text, end, best, decode.start) ? `${best.text} ` : best.text
    // A character cut off by the end of the input is a guess, however well it fits (see `ReadingOptions.cut`).
    const confidence = decode.cutOff ? Math.min(CUT_CONFIDENCE, pick.confidence) : pick.confidence
    previous = {decode, reading: best, text: output, end, confidence, gapStart, gapQuote}
    chosen.push(previous)
    cursor = end
    if (best.text === '\u201C') quoteOpen = true
    else if (best.text === '\u201D') quoteOpen = false
  }
  return chosen
}

/** A span in its place, and the contexts of its readings once described (see `contextAt`). */
interface Site {
  readonly text: string
  readonly decode: Decode
  readonly nextDecode: Decode | undefined
  readonly nextStart: number
  readonly joinedPrev: string | undefined
  readonly quoteOpen: boolean
  readonly titles: (line: number, offset: number) => boolean
  readonly closerBeyond: boolean
  atEnd?: SpanContext
  afterSpace?: SpanContext
}

/** The context of a reading of a site's span, described the first time it is asked for. */
function contextAt(site: Site, reading: Reading): SpanContext {
  const known = reading.absorbsSpace ? site.afterSpace : site.atEnd
  if (known !== undefined) return known
  const {text, decode, nextDecode, nextStart} = site
  const end = decode.end + (reading.absorbsSpace ? 1 : 0)
  // What the next span reads as, when its bytes leave no choice (`ยฅ` is `¥`, `โฌ` is `€`): a range may end there.
  const only = end === nextStart && nextDecode?.readings.length === 1 ? nextDecode.readings[0] : undefined
  const nextPeek = only !== undefined && nextDecode !== undefined ? only.text + text.slice(nextDecode.end, nextDecode.end + 16) : undefined
  const context = describeSpan({
    text,
    start: decode.start,
    end,
    joinedPrev: site.joinedPrev,
    joinedNext: end === nextStart,
    quoteOpen: site.quoteOpen,
    nextPeek,
    line: decode.line,
    titleLine: site.titles,
    closerBeyond: site.closerBeyond
  })
  if (reading.absorbsSpace) site.afterSpace = context
  else site.atEnd = context
  return context
}

/**
 * Whether a line is the title line (see `titleLineAt`), remembered for the last line asked: the spans of a line
 * come together, so each line is read once. An inner layer's text is a piece of one line, whose answer it is given.
 */
function lineTitles(text: string, outside: LineOutside): (line: number, offset: number) => boolean {
  const {title} = outside
  if (title !== undefined) return () => title
  let known = {line: -1, value: false}
  let firstText = -1
  return (line, offset) => {
    if (known.line !== line) {
      if (firstText < 0) firstText = firstNonBlank(text)
      known = {line, value: titleLineAt(text, offset, firstText)}
    }
    return known.value
  }
}

/** The most a cut-off character's reading may claim: under `uncertain-repair`'s 0.6, so it is flagged. */
const CUT_CONFIDENCE = 0.5

/**
 * Latin-1 signs English text does not set apart as words: `ย` + a Thai consonant reads as one of them
 * (`ยก` is `¡`), and a Thai word is likelier.
 */
const NOT_ALONE = new Set([...'\u00A1\u00A2\u00A4\u00A6\u00A8\u00AA\u00AC\u00AD\u00AF\u00B2\u00B3\u00B4\u00B5\u00B8\u00B9\u00BA\u00BF'])

/** Whether a reading may stand as a word of its own in English text (see `chooseReadings`). */
const standsAlone = (reading: Reading): boolean =>
  reading.text === '\u00E0' || (reading.role !== 'letter' && reading.plausibility !== 'wide' && !NOT_ALONE.has(reading.text))

function hasC1Reading(readings: ReadonlyArray<Reading>): boolean {
  for (const reading of readings) if (reading.plausibility === 'c1') return true
  return false
}

/**
 * The checks for a span that stands alone among clean text (not part of a run of damage), where a coincidence
 * is likeliest: ftfy's negative cases `ZZAJÉ’s`, `AHÅ™`, `a radius of 10 Å—`, `Brontë…”`, `MISUTÂ\u00A0AJIKKO`.
 */
function fitsAlone(site: Site, reading: Reading): boolean {
  const {text, decode} = site
  const contextOf = (): SpanContext => contextAt(site, reading)
  const code = reading.text.codePointAt(0) ?? 0
  // A letter from two bytes must fit the case of its word; three specific bytes are evidence enough.
  if (reading.role === 'letter' && (decode.strength !== 'strong' || code < 0x800) && caseScore(reading.text, contextOf()) < 0.5) {
    return false
  }
  // One CJK or Hangul character made of a word's last letter and the punctuation after it is a coincidence
  // (`Brontë…”` is not `Bront녔`); `Ningboï¼ŒChina` is a real full-width comma.
  if (reading.plausibility === 'wide' && contextOf().prevLetter && PUNCTUATION_TAIL.test(text.slice(decode.start + 1, decode.end))) {
    return false
  }
  // A NBSP after a capital is a NBSP inside an upper-case phrase, not `Â` + NBSP.
  if (reading.text === '\u00A0' && contextOf().prevUpper) return false
  // `É’s`, `Ã’s`: a curly apostrophe before a contraction ending is an apostrophe, not a continuation byte.
  if (decode.found > 0 && text.charCodeAt(decode.end - 1) === 0x2019 && CONTRACTION_AFTER.test(text.slice(decode.end, decode.end + 3))) {
    return false
  }
  return true
}

const PUNCTUATION_TAIL = /^[\u2013-\u2026]+$/u
const CONTRACTION_AFTER = /^(?:[dmst]|re|ve|ll)(?!\p{L})/u
/** Portuguese crase: `às`, `àquele`, `àquilo` are one word, so the space a sloppy decoder made of 0xA0 goes. */
const CRASE = /^(?:s |quel|quil)/u

/**
 * Whether a reading that took a following space as byte 0xA0 should keep a space after it. Web text collapses
 * the space after `à` into the 0xA0 byte's space (`Ã le` for `à le`), so a letter followed by a word keeps one,
 * unless it is a capital starting a word.
 */
function keepsSpace(text: string, end: number, reading: Reading, start: number): boolean {
  if (reading.role !== 'letter' || reading.plausibility !== 'latin') return false
  // A capital that starts a word starts it (`Å veices` is `Šveices`): only a letter that ends a word (`voilà`) or
  // is one (`à`) had a space after it.
  if (reading.text !== reading.text.toLowerCase() && !isLetter(text.charAt(start - 1))) return false
  if (CRASE.test(text.slice(end, end + 4))) return false
  return isLetter(text.charAt(end)) || (text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39)
}

/** What the line around a piece of text says about it (see `chooseReadings`). */
export interface LineOutside {
  readonly quoteOpen: boolean
  readonly closerBeyond: boolean
  readonly title?: boolean
}

const NO_OUTSIDE: LineOutside = {quoteOpen: false, closerBeyond: false}


/** What `chooseReadings` learns once per list of readings. */
interface ListFacts {
  readonly c1: boolean
  alone?: ReadonlyArray<Reading>
}

/**
 * The offsets of `“` and `”` in a text, in order, one at a time: they are among the marks `textGate` listed while
 * it read the text anyway.
 */
function quoteReader(text: string, gate: TextGate): () => number {
  const nextMark = positionReader(text, gate.marks, gate.seenTo, WINDOWS_1252_MARKS)
  return () => {
    for (;;) {
      const at = nextMark()
      if (at < 0 || text.charCodeAt(at) === 0x201c || text.charCodeAt(at) === 0x201d) return at
    }
  }
}

/**
 * The last quote mark (`lastQuoteMark`) between `from` and a span: the later of the last quote before the span and
 * the last line break before it (just before the span's line starts), if it is at `from` or after. The spans come
 * with their line's start, so no text is read for the breaks.
 *
 * @param text the text
 * @param from where the stretch starts (the end of the span before)
 * @param lastQuote the last `“` or `”` before the span (-1 if none)
 * @param lineStart where the span's line starts
 * @example
 * gapMark('a “b\nc', 0, 2, 5) // 'closed' (the line break comes after the quote)
 */
export function gapMark(text: string, from: number, lastQuote: number, lineStart: number): QuoteMark {
  const lastBreak = lineStart - 1
  const quote = lastQuote >= from ? lastQuote : -1
  if (lastBreak >= from && lastBreak > quote) return 'closed'
  if (quote < 0) return 'none'
  return text.charCodeAt(quote) === 0x201c ? 'open' : 'closed'
}

/**
 * Follow `“`/`”` between two offsets; a line break closes whatever was open.
 *
 * @example
 * trackQuotes('He said “yes', 0, 12, false) // true
 */
export function trackQuotes(text: string, from: number, to: number, open: boolean): boolean {
  const mark = lastQuoteMark(text, from, to)
  return mark === 'none' ? open : mark === 'open'
}

/**
 * The last `“`, `”` or line break between two offsets. Reads back from `to` only as far as that mark (no copy of
 * the text between), so the text is read about once however many spans there are.
 *
 * @example
 * lastQuoteMark('He said “yes', 0, 12) // 'open'
 */
export function lastQuoteMark(text: string, from: number, to: number): QuoteMark {
  for (let index = to - 1; index >= from; index--) {
    const code = text.charCodeAt(index)
    if (code === 0x201c) return 'open'
    if (code === 0x201d || code === 0x0a || code === 0x0d) return 'closed'
  }
  return 'none'
}
