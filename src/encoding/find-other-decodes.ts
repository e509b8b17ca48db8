import {byteOfCode, continuationCount, decodeUtf8Char, isContinuationByte} from './code-page.js'
import type {Decode} from './find-decodes.js'
import {LineWalker} from './line-counter.js'
import {OTHER_GATE_BLOCKS, OTHER_LEAD_BLOCKS, OTHER_PAGES, showsOtherPage, type OtherPage} from './other-code-pages.js'
import {plausibility} from './plausible.js'
import {describeExact, type Role} from './targets.js'

/**
 * UTF-8 read as one of the other code pages (Windows-1251, MacRoman, code page 437, Windows-1250, Windows-1257).
 * Their characters overlap those of correct text in many languages, so a span is taken for damage only on evidence
 * that correct text never shows:
 * - **pattern**: the three characters a page makes of a quote, dash or sign of English typography (`вЂ™`, `‚Äô`,
 *   `ΓÇÖ`, `â€ś` for `’ ’ ’ “`): no language writes them;
 * - **letter**: two or three characters that read as a Latin letter inside a Latin word and cannot be part of it as
 *   they stand: a sign, a box drawing or a letter of another alphabet among them (`r√©gime`, `LiĂ¨ge`, `rГ©gion`,
 *   `caf├⌐`), or a capital after a small letter (`oĹźat`, `grÄŻstai`, `mƒÅ`), or two capitals before a small one
 *   (`ÄÆdomu`); the letter must fit the case of its word;
 * - **script**: three or more characters in a row that read as letters of one other alphabet (Hebrew, Arabic,
 *   Cyrillic, Greek) from characters that are not that alphabet (`◊ë◊î◊ï`, `╨┐╤Ç╨░`); never from Windows-1251,
 *   whose characters are Cyrillic already (correct Cyrillic is never read as damage);
 * - **proven**: once the text shows one of the above for a page, the same page's Latin letters that touch a word
 *   and fit its case are read too, a letter whose 0xA0 byte became a space (`Г ` is `à`), and Latin-1 signs
 *   (`В©` is `©`).
 * The page with the most evidence is the one the text was read with; only its spans are returned. A span is
 * evidence only where the page is needed (the base code pages read it otherwise), and a complete span of the base
 * code pages that reads otherwise wins over it (`Ð»Ñ` is K3 of `ль`, not MacRoman `»Ñ`) unless the span holds
 * it whole.
 *
 * @param text the text to scan
 * @param base the spans the base code pages found (see `findDecodes`)
 * @param shows (optional) whether the text shows another code page (`mayBeOtherPage`), when a scan has told already
 * @returns the spans, in order, each with its one reading
 * @example
 * findOtherDecodes('ChinaвЂ™s', []).map((d) => d.readings[0]?.text) // ['’']
 */
export function findOtherDecodes(text: string, base: ReadonlyArray<Decode>, shows = mayBeOtherPage(text)): Decode[] {
  if (!shows) return []
  let best: Decode[] = []
  let bestCount = 0
  const byPage = spansByPage(text)
  for (const [index, page] of OTHER_PAGES.entries()) {
    const spans = withoutConflicts(byPage[index] ?? [], base)
    if (spans.length === 0) continue
    const evidence = classify(text, spans)
    const count = evidence.filter((kind) => kind !== undefined).length
    if (count <= bestCount) continue
    bestCount = count
    best = accepted(text, page, spans, evidence)
  }
  return best
}

/** One span that reads as UTF-8 under a page: where it is and what it reads as. */
interface Span {
  readonly start: number
  /** End of the characters read as bytes; a reading that took the space after it as 0xA0 ends one later. */
  readonly end: number
  readonly code: number
  readonly absorbsSpace: boolean
  /** The base code pages read the span otherwise (or not at all): only this page explains it. */
  readonly needed: boolean
}

/**
 * The spans that no complete span of the base code pages contradicts: where the base pages read all the bytes of
 * a character (no byte lost) as something else, that reading stands. Both lists are in order.
 */
function withoutConflicts(spans: ReadonlyArray<Span>, base: ReadonlyArray<Decode>): Span[] {
  const kept: Span[] = []
  let next = 0
  for (const span of spans) {
    const end = span.end + (span.absorbsSpace ? 1 : 0)
    while (next < base.length && (base[next]?.end ?? 0) <= span.start) next++
    let conflict = false
    for (let index = next; index < base.length && (base[index]?.start ?? end) < end && !conflict; index++) {
      const decode = base[index]
      if (decode === undefined || decode.found === 0 || decode.readings.some((reading) => reading.lossy)) continue
      // A longer span that holds the base span whole explains more (`‚Ä¶` is MacRoman `…`, not `‚` and `Ķ`).
      const inside = decode.start >= span.start && decode.end <= span.end && decode.end - decode.start < span.end - span.start
      const same = decode.start === span.start && decode.readings.length === 1 && decode.readings[0]?.text === String.fromCodePoint(span.code)
      conflict = !same && !inside
    }
    if (!conflict) kept.push(span)
  }
  return kept
}

type Evidence = 'pattern' | 'letter' | 'script' | undefined

/** The characters that may start a span on some page (see `OTHER_LEAD_BLOCKS`). */
const OTHER_LEAD = new RegExp(`[${OTHER_LEAD_BLOCKS}]`, 'g')

/**
 * Whether a text may hold damage from another code page: it has a character such damage shows (see
 * `showsOtherPage`). One regex scan, so most text, K1-K5 damage included, costs a single pass.
 *
 * @example
 * mayBeOtherPage('ChinaвЂ™s') // true
 * mayBeOtherPage('China’s “rare earth” — 5…') // false
 * mayBeOtherPage('Chinaโs Chinaâ€™s') // false (K1 and K3 are the base pages')
 */
export function mayBeOtherPage(text: string): boolean {
  // Most text has none of these blocks at all, which one test proves fastest.
  if (!OTHER_GATE_BLOCKS_CLASS.test(text)) return false
  const blocks = new RegExp(OTHER_GATE_BLOCKS_CLASS.source, 'g')
  for (let match = blocks.exec(text); match !== null; match = blocks.exec(text)) {
    if (showsOtherPage(text.charCodeAt(match.index), text.charCodeAt(match.index + 1))) return true
  }
  return false
}

const OTHER_GATE_BLOCKS_CLASS = new RegExp(`[${OTHER_GATE_BLOCKS}]`)

/**
 * The spans that read as one UTF-8 character under each page (in the order of `OTHER_PAGES`), and whether they
 * need it (see `Span.needed`). One pass over the characters that start spans; a page's leads are never its
 * continuation characters, so its spans never overlap.
 */
function spansByPage(text: string): Span[][] {
  const byPage: Span[][] = OTHER_PAGES.map(() => [])
  const leads = new RegExp(OTHER_LEAD.source, 'g')
  // `test` moves `lastIndex` past the lead without building a match object; the pages are read by index (V8 runs
  // `forEach` over a frozen array several times slower).
  while (leads.test(text)) {
    const start = leads.lastIndex - 1
    const char = text.charCodeAt(start)
    for (let index = 0; index < OTHER_PAGES.length; index++) {
      const page = OTHER_PAGES[index] as OtherPage
      if (!page.leads.has(char)) continue
      const span = spanAt(text, start, page)
      if (span !== undefined) byPage[index]?.push(span)
    }
  }
  return byPage
}

/** The span that starts at `start` under `page`, when its characters read as one UTF-8 character. */
function spanAt(text: string, start: number, page: OtherPage): Span | undefined {
  const lead = page.byteOf.get(text.charCodeAt(start)) ?? 0
  const count = continuationCount(lead)
  const bytes = [lead]
  let needed = byteOfCode(text.charCodeAt(start)) !== lead
  let end = start + 1
  while (end < text.length && bytes.length <= count) {
    const byte = page.byteOf.get(text.charCodeAt(end)) ?? text.charCodeAt(end)
    if (!isContinuationByte(byte)) break
    if (byteOfCode(text.charCodeAt(end)) !== byte) needed = true
    bytes.push(byte)
    end++
  }
  // A sloppy decoder turned the last byte, 0xA0 (NBSP on this page), into a space (`Г ` is `à`).
  const absorbsSpace = bytes.length === count && page.nbspAtA0 && text.charCodeAt(end) === 0x20
  if (absorbsSpace) bytes.push(0xa0)
  const code = bytes.length === count + 1 ? decodeUtf8Char(bytes) : -1
  return code >= 0 ? {start, end, code, absorbsSpace, needed} : undefined
}

/** What English typography's quotes, dashes and signs are: three bytes from 0xE2, each a role of its own. */
const PATTERN_ROLES: ReadonlySet<Role> = new Set([
  'apostrophe',
  'open-double',
  'close-double',
  'open-single',
  'em-dash',
  'en-dash',
  'bullet',
  'ellipsis',
  'trademark'
])

const isBox = (code: number): boolean => code >= 0x2500 && code <= 0x259f
/** Letters no living orthography writes (long s, kra, n preceded by apostrophe): never a repair's result. */
const ARCHAIC = new Set([0x017f, 0x0138, 0x0149])

/** Which scripts a letter belongs to, for runs of one alphabet: Greek, Cyrillic, Armenian, Hebrew, Arabic. */
function scriptOf(code: number): string | undefined {
  if (code >= 0x0386 && code <= 0x03ce) return 'greek'
  if (code >= 0x0400 && code <= 0x04ff) return 'cyrillic'
  if (code >= 0x0531 && code <= 0x0587) return 'armenian'
  if (code >= 0x05d0 && code <= 0x05ea) return 'hebrew'
  if (code >= 0x0621 && code <= 0x06d3) return 'arabic'
  return undefined
}

/** A Latin letter of a living orthography: what a repaired letter inside a Latin word must be. */
const isLatinLetter = (code: number): boolean =>
  ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)) &&
  !ARCHAIC.has(code)

/** Signs that follow a word in correct text: marks, closing quotes and brackets, dashes, accents set apart. */
const FOLLOWS_WORDS = '\u2122\u00AE\u00A9\u2019\u201D\u00BB\u203A\u2026\u2014\u2013\u2022\u00B0\u00B4\u00A8\u02D9\u02C7\u02D8\u02DD\u00A0\u00AD'

const isUpperChar = (c: string): boolean => c !== c.toLowerCase()
const isLowerChar = (c: string): boolean => c !== c.toUpperCase()

/** The evidence each span gives by itself or with its neighbours (see `findOtherDecodes`). */
function classify(text: string, spans: ReadonlyArray<Span>): Evidence[] {
  const evidence: Evidence[] = spans.map((span) => {
    if (span.absorbsSpace || !span.needed) return undefined
    const role = describeExact(String.fromCodePoint(span.code)).role
    if (span.end - span.start === 3 && span.code >= 0x2000 && span.code <= 0x2122 && PATTERN_ROLES.has(role)) return 'pattern'
    return isLetterInWord(text, span, true) ? 'letter' : undefined
  })
  // Runs of three or more adjacent spans that read as letters of one other alphabet.
  let first = 0
  while (first < spans.length) {
    let last = first
    const script = scriptOf(spans[first]?.code ?? 0)
    while (script !== undefined && last + 1 < spans.length && spans[last + 1]?.start === spans[last]?.end && scriptOf(spans[last + 1]?.code ?? 0) === script) last++
    const needed = spans.slice(first, last + 1).some((span) => span.needed)
    if (script !== undefined && last - first >= 2 && needed && !isScriptText(text, spans[first]?.start ?? 0, spans[last]?.end ?? 0, script)) {
      for (let index = first; index <= last; index++) evidence[index] = 'script'
    }
    first = last + 1
  }
  return evidence
}

/** Whether the characters of a run are already letters of the alphabet they would become (correct text). */
function isScriptText(text: string, start: number, end: number, script: string): boolean {
  for (let index = start; index < end; index++) if (scriptOf(text.charCodeAt(index)) !== script) return false
  return true
}

/**
 * Whether a span reads as a Latin letter in a Latin word: it touches a Latin letter, its letter fits the case of
 * the word, and (when `strict`) its characters could not stand in that word as they are.
 */
function isLetterInWord(text: string, span: Span, strict: boolean): boolean {
  if (!isLatinLetter(span.code)) return false
  const before = text.charAt(span.start - 1)
  const after = text.charAt(span.end + (span.absorbsSpace ? 1 : 0))
  const prevLetter = before !== '' && isLatinLetter(before.charCodeAt(0))
  const nextLetter = after !== '' && isLatinLetter(after.charCodeAt(0))
  const raw = text.slice(span.start, span.end)
  const boxes = [...raw].every((c) => isBox(c.charCodeAt(0)))
  // Box drawings touch letters in drawings and tables (`├┤a`); only inside a word are they a letter.
  if (boxes ? !(prevLetter && nextLetter) : !(prevLetter || nextLetter || span.absorbsSpace)) return false
  const letter = String.fromCodePoint(span.code)
  // The letter must fit its word: no capital after a small letter, no small letter between capitals.
  if (isUpperChar(letter) && prevLetter && isLowerChar(before)) return false
  if (isLowerChar(letter) && prevLetter && nextLetter && isUpperChar(before) && isUpperChar(after) && !isLowerChar(before)) return false
  if (!strict) return true
  if (boxes) return true
  // Something that cannot stand inside a Latin word: a sign, or a letter of another alphabet. A word may end in
  // a letter and be followed by a sign (`NICIODATĂ™` is a Romanian word and `™`), so a sign that follows words
  // counts only inside a word or after a lead that is no letter (`équilibr√©`).
  const ends = !nextLetter && isLatinLetter(raw.charCodeAt(0))
  for (const c of raw) if (!isLatinLetter(c.charCodeAt(0)) && !(ends && FOLLOWS_WORDS.includes(c))) return true
  // A capital after a small letter, or two capitals before a small letter.
  const chars = before + raw + after
  for (let index = 1; index < chars.length; index++) {
    if (isUpperChar(chars.charAt(index)) && !isLowerChar(chars.charAt(index)) && isLowerChar(chars.charAt(index - 1))) return true
  }
  return raw.length >= 2 && [...raw].every((c) => isUpperChar(c) && !isLowerChar(c)) && isLowerChar(after)
}

/** A Latin-1 sign from two bytes (`В©` is `©` in Windows-1251, `¬∞` is `°` in MacRoman). */
const isLatinSign = (span: Span): boolean => span.code >= 0xa1 && span.code <= 0xbf && !span.absorbsSpace

/** The page's spans that its evidence accepts, with the proven page's other Latin letters, as decodes. */
function accepted(text: string, page: OtherPage, spans: ReadonlyArray<Span>, evidence: ReadonlyArray<Evidence>): Decode[] {
  const lines = new LineWalker(text)
  const decodes: Decode[] = []
  spans.forEach((span, index) => {
    if (evidence[index] === undefined && !(span.needed && (isLatinSign(span) || isLetterInWord(text, span, false)))) return
    const letter = String.fromCodePoint(span.code)
    const {prior, role} = describeExact(letter)
    decodes.push({
      start: span.start,
      end: span.end,
      line: lines.lineAt(span.start),
      lineStart: lines.lineStart,
      readings: [{text: letter, prior, role, absorbsSpace: span.absorbsSpace, lossy: false, plausibility: plausibility(span.code)}],
      strength: 'strong',
      hasC1: false,
      hasHigh: true,
      nbspContinuation: span.absorbsSpace,
      found: span.end - span.start - 1,
      alone: false,
      cutOff: false,
      page: page.name
    })
  })
  return decodes
}
