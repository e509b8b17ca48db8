import {exchangeCodes} from '../lexicon/exchanges.js'
import {monthAlternation} from '../lexicon/months.js'
import type {FoundQuantity} from '../schema/mentions.js'
import {approxCues, boundCues, cueBefore} from './quantity-units.js'
import {currencyBefore, readFigure, type Reading} from './read-figure.js'

// Only a Latin letter glued before digits makes them a code (`Q1`); a Thai one is mojibake (`ยฅ1`).
// A figure: digits with optional thousands commas and decimals, or a number word before a scale word.
// No nested quantifiers: `,\d{3}` repeats a fixed-width group.
const figure =
  /(?<![\p{N}.,])\d+(?:,\d{3})*(?:\.\d+)?|(?<![\p{Script=Latin}\p{N}])(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?=\s(?:thousand|million|billion|trillion)\b)/giu
const monthBefore = new RegExp(String.raw`\b(?:${monthAlternation})\.?\s$`, 'u')
const monthAfter = new RegExp(String.raw`^\s(?:${monthAlternation})\b`, 'u')
// `No. 1`, `#3`, tickers (`HK:1234`), times (`10:30`), `COVID-19`, transcript speakers (`Speaker 2`), and the
// second part of something whose first part was no figure (`2025-10-09`, `Oct 6-10`): a figure that starts a
// range reads its second part itself.
const identifierBefore = /(?:\bNo\.?\s?|#|\d:|\p{L}-|\d[-–]|\b(?:Speaker|Guest|Host|Participant)\s)$/u
// A word and a colon before a figure: an exchange code (`SZSE: 000001`, a ticker) or a run-in label (`Capacity:
// 40,000 tpa`, a figure). The word is read back from the colon.
const codeBefore = /(?:^|[^\p{L}\p{N}])([A-Za-z][A-Za-z0-9-]{1,13}):\s?$/u
// `2024’s record`: a year in the possessive.
const possessiveAfter = /^['’]s\b/u
// Ordinals (`20th`), times (`00:01`) and exchange codes (`600392.SH`, `1234.HK`) are not figures.
const ordinalAfter = /^(?:st|nd|rd|th)\b|^:\d|^\.[A-Z]{1,3}\b/u
const yenContext = /\b(?:yen|JPY|Japan|Japanese|Tokyo)\b/u
const yuanContext = /\b(?:yuan|RMB|CNY|renminbi|China|Chinese|Beijing)\b/u
const wordChar = /[\p{L}\p{N}]/u
const anyDigit = /\d/u
const latinLetter = /^\p{Script=Latin}$/u
const anyScaleWord = /illion|thousand/iu
const betweenCue: ReadonlySet<string> = new Set(['between'])
// `figure` without `g`: testing for any figure is cheaper than `matchAll` (a copy and an iterator) finding none.
const anyFigure = new RegExp(figure.source, 'iu')

/**
 * Find money, percentages, masses, prices and counts in text, with value, unit and kind, approximation and
 * bounds, ranges, and conversions in brackets (`¥1 billion (~US$138 million)` is two figures; the second has
 * `convertedFrom: 0`). `¥` is CNY unless yen is meant (`yen`, `JPY` or Japan nearby, and nothing Chinese).
 * Years, days of dates, ordinals and identifiers (`No. 1`, `HK:1234`, `COVID-19`) are not quantities.
 *
 * @param text the text
 * @returns the figures, in text order
 * @example
 * findQuantities('Baogang invested ¥1 billion (~US$138 million).')
 * // → [{text: '¥1 billion', value: 1e9, unit: 'CNY', kind: 'money', approx: false, bound: null, range: null,
 * //      convertedFrom: null, start: 17, end: 27},
 * //    {text: '~US$138 million', value: 1.38e8, unit: 'USD', kind: 'money', approx: true, bound: null,
 * //      range: null, convertedFrom: 0, start: 29, end: 44}]
 */
export function findQuantities(text: string): FoundQuantity[] {
  // Most sentences hold no figure at all: a digit or a scale word is needed, so skip the scan without them.
  if (!anyDigit.test(text) && !anyScaleWord.test(text)) return []
  const found: FoundQuantity[] = []
  let consumed = 0
  for (const match of anyFigure.test(text) ? text.matchAll(figure) : []) {
    const start = match.index
    const end = start + match[0].length
    if (start < consumed) continue
    const before = text.slice(Math.max(0, start - 12), start)
    if (identifierBefore.test(before) || monthBefore.test(before)) continue
    const code = before.includes(':') ? codeBefore.exec(text.slice(Math.max(0, start - 16), start))?.[1] : undefined
    if (code !== undefined && exchangeCodes.has(code)) continue
    const after = text.slice(end, end + 12)
    if (ordinalAfter.test(after) || monthAfter.test(after)) continue
    const currency = currencyBefore(text, start)
    // A Latin letter glued before digits makes a code (`Q1`, `H2`, `FY25`), unless it ends a currency code
    // (`RMB5bn`, `US$`-less `USD5m`).
    if (latinLetter.test(text.charAt(start - 1)) && !currency) continue
    // `(−2.2%)`, `-4.5%`, `-$1.15/share`: a minus sign against the figure or its currency, after a space or a
    // bracket, makes it negative.
    const signAt = currency ? currency.start - 1 : start - 1
    const negative = isMinus(text.charCodeAt(signAt)) && !wordChar.test(text.charAt(signAt - 1))
    // `half a million tonnes`: `a` is one, and `half` before it halves it.
    const half = !currency && end - start === 1 && (text.charCodeAt(start) | 0x20) === 0x61 && /(?:^|[^\p{L}])half $/iu.test(text.slice(Math.max(0, start - 6), start))
    const left = negative ? signAt : currency ? currency.start : half ? start - 5 : start
    const context = text.slice(Math.max(0, left - 16), left)
    const boundCue = cueBefore(context, boundCues)
    const approxCue = boundCue ? undefined : cueBefore(context, approxCues)
    const between = cueBefore(context, betweenCue) !== undefined
    const reading = readFigure(text, start, end, currency?.code ?? null, between)
    // A letter glued to the figure that no unit took (`5G`, `1H26`, `2030s`) makes it something else.
    if (reading.end === end && wordChar.test(text.charAt(end))) continue
    if (isYear(text.slice(start, end), reading, boundCue ?? approxCue, text.slice(reading.end, reading.end + 3))) continue
    // `12–14 May`: the days of a date range, not a count.
    if (reading.kind === 'count' && reading.unit === null && monthAfter.test(text.slice(reading.end, reading.end + 12))) continue
    const cue = boundCue ?? approxCue ?? (between ? 'between' : undefined)
    // cueBefore matched the cue at the end of the trimmed context: step back over the spaces and the cue.
    const textStart = cue ? left - (context.length - context.trimEnd().length) - cue.length : left
    let unit = reading.unit
    if (currency && (currency.symbol === '¥' || currency.symbol === 'ยฅ' || currency.symbol === '￥')) {
      const window = text.slice(Math.max(0, start - 80), reading.end + 80)
      if (yenContext.test(window) && !yuanContext.test(window)) unit = unit?.replace('CNY', 'JPY') ?? unit
    }
    found.push({
      text: text.slice(textStart, reading.end),
      value: negative && reading.range === null ? -reading.value : half ? reading.value / 2 : reading.value,
      unit,
      kind: reading.kind,
      approx: approxCue !== undefined,
      bound: boundCue ? (boundCues.get(boundCue) ?? null) : reading.bound,
      range: reading.range,
      convertedFrom: null,
      start: textStart,
      end: reading.end
    })
    consumed = reading.end
  }
  return linkConversions(text, found)
}

/**
 * A bare 4-digit figure from 1800 to 2199 is a year (`in 2025`), a bare range of two such figures a span of
 * years (`between 2020 and 2024`, `2021-2023`), and one in the possessive a year even after a cue
 * (`exceed 2024’s record`): the date finder reads them.
 */
function isYear(raw: string, reading: Reading, cue: string | undefined, after: string): boolean {
  if (reading.kind !== 'count' || !/^\d{4}$/u.test(raw)) return false
  if (possessiveAfter.test(after)) return yearLike(Number(raw))
  if (cue) return false
  return yearLike(Number(raw)) && (reading.range === null || yearLike(reading.range.max))
}

/** `-` or the minus sign `−`. */
function isMinus(code: number): boolean {
  return code === 0x2d || code === 0x2212
}

function yearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2199
}

// `¥1 billion (~US$138 million)` or `¥1 billion, or US$138 million`: the second figure converts the first.
const conversionGap = /^(?:\s?[([]\s?|,?\s(?:or|about|roughly|approximately)\s|\s?\/\s?)$/u

function linkConversions(text: string, found: ReadonlyArray<FoundQuantity>): FoundQuantity[] {
  return found.map((quantity, index) => {
    const previous = found[index - 1]
    if (!previous || index === 0) return quantity
    const money = (q: FoundQuantity): boolean => q.kind === 'money' || q.kind === 'price'
    if (!money(previous) || !money(quantity) || previous.unit === quantity.unit) return quantity
    if (!conversionGap.test(text.slice(previous.end, quantity.start))) return quantity
    return {...quantity, convertedFrom: index - 1}
  })
}
