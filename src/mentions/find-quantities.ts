import type {Bound, FoundQuantity, QuantityKind} from '../schema/mentions.js'
import {
  approxCues,
  boundCues,
  cueAfter,
  cueBefore,
  currencyPrefixes,
  currencySuffixes,
  massUnits,
  numberWords,
  otherUnits,
  perUnits,
  scales,
  timeUnits
} from './quantity-units.js'

// Only a Latin letter glued before digits makes them a code (`Q1`); a Thai one is mojibake (`ยฅ1`).
// A figure: digits with optional thousands commas and decimals, or a number word before a scale word.
// No nested quantifiers: `,\d{3}` repeats a fixed-width group.
const figure =
  /(?<![\p{N}.,])\d+(?:,\d{3})*(?:\.\d+)?|(?<![\p{Script=Latin}\p{N}])(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?=\s(?:thousand|million|billion|trillion)\b)/giu
const leadingFigure = /^\d+(?:,\d{3})*(?:\.\d+)?/u
const attachedScale = /^(?:bn|mn|mln|tn|[kKmMbB])(?![\p{L}\p{N}])/u
const unitAfterScale = /^\s(?:tonnes|tons|metric|t\b|kg|lbs?\b|ounces|oz\b|people|jobs|units|shares|barrels|tpa\b)/u
const spacedScale = /^\s(?:thousand|millions?|billions?|trillion|mn|bn|mln|tn)\b/iu
const rangeSeparator = /^\s?(?:[-–—]|to)\s?/u
const betweenSeparator = /^\s(?:and|to)\s/u
const percentSign = /^\s?(?:%|percent\b|per cent\b|pct\b|percentage points?\b)/iu
const perSeparator = /^\s?(?:\/|per\s|a\s)/u
const monthBefore = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$/u
const monthAfter = /^\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u
const identifierBefore = /(?:\bNo\.?\s?|#|\b[A-Za-z]{2,}:\s?|\d:|\p{L}-)$/u
// Ordinals (`20th`), times (`00:01`) and exchange codes (`600392.SH`, `1234.HK`) are not figures.
const ordinalAfter = /^(?:st|nd|rd|th)\b|^:\d|^\.[A-Z]{1,3}\b/u
const yenContext = /\b(?:yen|JPY|Japan|Japanese|Tokyo)\b/u
const yuanContext = /\b(?:yuan|RMB|CNY|renminbi|China|Chinese|Beijing)\b/u
const wordChar = /[\p{L}\p{N}]/u
const anyDigit = /\d/u
const latinLetter = /^\p{Script=Latin}$/u
const anyScaleWord = /illion|thousand/iu

/** What `readFigure` found after a number. */
interface Reading {
  end: number
  value: number
  range: {min: number; max: number} | null
  unit: string | null
  kind: QuantityKind
  currency: string | null
  bound: Bound | null
}

function toNumber(raw: string): number {
  const word = numberWords.get(raw.toLowerCase())
  return word ?? Number(raw.replaceAll(',', ''))
}

function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15))
}

/** The currency written just before `start`, and where it begins. */
function currencyBefore(text: string, start: number): {code: string; symbol: string; start: number} | undefined {
  const before = text.slice(Math.max(0, start - 6), start)
  for (const [symbol, code] of currencyPrefixes) {
    const alphabetic = /^[A-Z]/u.test(symbol)
    const spaced = alphabetic && before.endsWith(`${symbol} `)
    if (!before.endsWith(symbol) && !spaced) continue
    const at = start - symbol.length - (spaced ? 1 : 0)
    // A code must be a word of its own (`RMB 5`, not `FARM 5`).
    if (alphabetic && at > 0 && wordChar.test(text.charAt(at - 1))) continue
    return {code, symbol, start: at}
  }
  return undefined
}

/** A scale word or suffix at the start of `rest` (`bn`, ` million`); single letters only after a currency. */
function scaleAt(rest: string, hasCurrency: boolean): {length: number; factor: number} | undefined {
  const attached = attachedScale.exec(rest)?.[0]
  // `1.2m tonnes`: a unit after the letter makes it a scale without a currency too.
  const unitFollows = attached !== undefined && unitAfterScale.test(rest.slice(attached.length))
  if (attached && (hasCurrency || unitFollows || attached.length > 1 || attached === 'k' || attached === 'K')) {
    return {length: attached.length, factor: scales.get(attached.toLowerCase()) ?? 1}
  }
  const spaced = spacedScale.exec(rest)?.[0]
  if (spaced) return {length: spaced.length, factor: scales.get(spaced.trim().toLowerCase()) ?? 1}
  return undefined
}

/**
 * Read what follows a number: a scale, a range, a unit (percent, currency word, mass or other) and a
 * per-unit denominator, in that order, as REEx writes them (`$7-8/kg`, `100 billion yuan`, `90%+`).
 */
function readFigure(text: string, start: number, end: number, currency: string | null, between: boolean): Reading {
  let value = toNumber(text.slice(start, end))
  let at = end
  const first = scaleAt(text.slice(at, at + 12), currency !== null)
  if (first) {
    value = scaled(value, first.factor)
    at += first.length
  }
  let range: Reading['range'] = null
  const separator = (between ? betweenSeparator : rangeSeparator).exec(text.slice(at, at + 8))?.[0]
  if (separator) {
    let next = at + separator.length
    const repeated = currencyPrefixes.find(([symbol]) => text.startsWith(symbol, next))
    if (repeated && currency) next += repeated[0].length
    const raw = leadingFigure.exec(text.slice(next, next + 32))?.[0]
    if (raw) {
      let max = toNumber(raw)
      next += raw.length
      const second = scaleAt(text.slice(next, next + 12), currency !== null)
      if (second) {
        max = scaled(max, second.factor)
        if (!first) value = scaled(value, second.factor)
        next += second.length
      } else if (first) {
        max = scaled(max, first.factor)
      }
      if (max > value) {
        range = {min: value, max}
        at = next
      }
    }
  }
  let unit: string | null = null
  let kind: QuantityKind = 'count'
  const percent = percentSign.exec(text.slice(at, at + 24))?.[0]
  if (percent) {
    unit = /point/iu.test(percent) ? 'pp' : '%'
    kind = 'percent'
    at += percent.length
    // `5%-10%`, `between 5% and 10%`: the range is written after the first percent sign.
    const second = range ? undefined : percentRangeAt(text, at, between, value)
    if (second) {
      range = {min: value, max: second.max}
      at = second.end
    }
  } else {
    const reading = unitAt(text, at, currency)
    if (reading) {
      ;({unit, kind, currency} = reading)
      if (reading.factor !== 1) {
        value = scaled(value, reading.factor)
        if (range) range = {min: scaled(range.min, reading.factor), max: scaled(range.max, reading.factor)}
      }
      at = reading.end
    }
  }
  if (currency && kind === 'count') {
    kind = 'money'
    unit = currency
  }
  const per = perSeparator.exec(text.slice(at, at + 6))?.[0]
  if (per && (kind === 'money' || kind === 'mass')) {
    const denominator = cueAfter(text.slice(at + per.length, at + per.length + 20), perUnits)
    const short = denominator && perUnits.get(denominator)
    if (short && (per.trim() !== 'a' || kind === 'money' || timeUnits.has(short))) {
      unit = `${unit ?? ''}/${short}`
      // A rate over time keeps its kind (`t/y`, `USD/y`); over a unit of goods, money is a price.
      if (!timeUnits.has(short)) kind = kind === 'money' ? 'price' : 'other'
      at += per.length + denominator.length
    }
  }
  let bound: Bound | null = null
  if (text.charAt(at) === '+') {
    bound = 'gt'
    at += 1
  }
  return {end: at, value, range, unit, kind, currency, bound}
}

/** The second end of a percent range (`-10%`, ` and 10%`) at `at`, if one is written there. */
function percentRangeAt(text: string, at: number, between: boolean, min: number): {max: number; end: number} | undefined {
  const separator = (between ? betweenSeparator : rangeSeparator).exec(text.slice(at, at + 8))?.[0]
  if (!separator) return undefined
  const start = at + separator.length
  const raw = leadingFigure.exec(text.slice(start, start + 32))?.[0]
  if (!raw) return undefined
  const sign = percentSign.exec(text.slice(start + raw.length, start + raw.length + 24))?.[0]
  const max = toNumber(raw)
  if (!sign || max <= min) return undefined
  return {max, end: start + raw.length + sign.length}
}

/** A currency word, a mass unit or another unit after a figure. */
function unitAt(
  text: string,
  at: number,
  currency: string | null
): {unit: string; kind: QuantityKind; currency: string | null; factor: number; end: number} | undefined {
  // A space, or a hyphen in compounds (`a 10-year offtake`, `a 5-tonne batch`), may join figure and unit.
  const joiner = text.charAt(at)
  const space = joiner === ' ' || joiner === '-' ? 1 : 0
  const rest = text.slice(at + space, at + space + 24)
  if (!currency && joiner === ' ') {
    const word = cueAfter(rest, currencySuffixes)
    const code = word && currencySuffixes.get(word)
    if (code) return {unit: code, kind: 'money', currency: code, factor: 1, end: at + space + word.length}
  }
  const other = cueAfter(rest, otherUnits)
  const mass = cueAfter(rest, massUnits)
  if (other && (!mass || other.length > mass.length)) {
    return {unit: otherUnits.get(other) ?? other, kind: 'other', currency, factor: 1, end: at + space + other.length}
  }
  if (mass && !currency) {
    const [unit, factor] = massUnits.get(mass) ?? ['t', 1]
    return {unit, kind: 'mass', currency, factor, end: at + space + mass.length}
  }
  return undefined
}

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
  for (const match of text.matchAll(figure)) {
    const start = match.index
    const end = start + match[0].length
    if (start < consumed) continue
    const before = text.slice(Math.max(0, start - 12), start)
    if (identifierBefore.test(before) || monthBefore.test(before)) continue
    const after = text.slice(end, end + 12)
    if (ordinalAfter.test(after) || monthAfter.test(after)) continue
    const currency = currencyBefore(text, start)
    // A Latin letter glued before digits makes a code (`Q1`, `H2`, `FY25`), unless it ends a currency code
    // (`RMB5bn`, `US$`-less `USD5m`).
    if (latinLetter.test(text.charAt(start - 1)) && !currency) continue
    const left = currency ? currency.start : start
    const context = text.slice(Math.max(0, left - 16), left)
    const boundCue = cueBefore(context, boundCues)
    const approxCue = boundCue ? undefined : cueBefore(context, approxCues)
    const between = cueBefore(context, new Set(['between'])) !== undefined
    const reading = readFigure(text, start, end, currency?.code ?? null, between)
    // A letter glued to the figure that no unit took (`5G`, `1H26`, `2030s`) makes it something else.
    if (reading.end === end && wordChar.test(text.charAt(end))) continue
    if (isYear(text.slice(start, end), reading, boundCue ?? approxCue)) continue
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
      value: reading.value,
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

function isYear(raw: string, reading: Reading, cue: string | undefined): boolean {
  if (cue || reading.kind !== 'count' || reading.range || !/^\d{4}$/u.test(raw)) return false
  const year = Number(raw)
  return year >= 1800 && year <= 2199
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
