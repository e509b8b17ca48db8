import type {Bound, QuantityKind} from '../schema/mentions.js'
import {
  cueAfter,
  currencyPrefixes,
  currencySuffixes,
  massUnits,
  numberWords,
  otherUnits,
  perUnits,
  scales,
  timeUnits
} from './quantity-units.js'

// The grammar after a number, as anchored patterns on short slices (linear: no nested quantifiers).
const leadingFigure = /^\d+(?:,\d{3})*(?:\.\d+)?/u
const attachedScale = /^(?:bn|mn|mln|tn|[kKmMbB])(?![\p{L}\p{N}])/u
const unitAfterScale = /^\s(?:tonnes|tons|metric|t\b|kg|lbs?\b|ounces|oz\b|people|jobs|units|shares|barrels|tpa\b)/u
const spacedScale = /^\s(?:thousand|millions?|billions?|trillion|mn|bn|mln|tn|crores?|lakhs?)\b/iu
const rangeSeparator = /^\s?(?:[-–—]|to)\s?/u
const betweenSeparator = /^\s(?:and|to)\s/u
const percentSign = /^\s?(?:%|percent\b|per cent\b|pct\b|percentage points?\b)/iu
const perSeparator = /^\s?(?:\/|per\s|a\s)/u
const wordChar = /[\p{L}\p{N}]/u
const comparisonAfter = /^\s(?:earlier|ago|before|prior|later|after|on)\b/u

/**
 * What `readFigure` found after a number: the value (scaled), range, unit, kind, currency and a `+` bound.
 *
 * @example
 * readFigure('$7-8/kg', 1, 2, 'USD', false) // → {end: 7, value: 7, range: {min: 7, max: 8}, unit: 'USD/kg', kind: 'price', …}
 */
export interface Reading {
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

/**
 * The currency written just before `start` (`US$`, `¥`, a code such as `RMB` with or without a space), and
 * where it begins.
 *
 * @example
 * currencyBefore('paid US$138', 8) // → {code: 'USD', symbol: 'US$', start: 5}
 */
export function currencyBefore(text: string, start: number): {code: string; symbol: string; start: number} | undefined {
  // Most figures have no currency: unless the character before (or before one space) can end a symbol, none does.
  const last = text.charCodeAt(start - 1)
  if (!prefixEnds.has(last) && !(last === 0x20 && prefixEnds.has(text.charCodeAt(start - 2)))) return undefined
  const before = text.slice(Math.max(0, start - 6), start)
  for (const {symbol, code, alphabetic, spacedSymbol} of prefixes) {
    const spaced = alphabetic && before.endsWith(spacedSymbol)
    if (!before.endsWith(symbol) && !spaced) continue
    const at = start - symbol.length - (spaced ? 1 : 0)
    // A code must be a word of its own (`RMB 5`, not `FARM 5`).
    if (alphabetic && at > 0 && wordChar.test(text.charAt(at - 1))) continue
    return {code, symbol, start: at}
  }
  return undefined
}

// The currency symbols and codes, read once: whether each is a code (a word of its own) and its spaced form.
const prefixes = [...currencyPrefixes].map(([symbol, code]) => ({symbol, code, alphabetic: /^[A-Z]/u.test(symbol), spacedSymbol: `${symbol} `}))
const prefixEnds: ReadonlySet<number> = new Set(prefixes.map(({symbol}) => symbol.charCodeAt(symbol.length - 1)))

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
 *
 * @param text the text
 * @param start where the number starts
 * @param end where the number ends
 * @param currency the ISO code of a currency written before it, or `null`
 * @param between `true` after `between` (then `and` joins a range)
 * @returns the reading
 * @example
 * readFigure('100 billion yuan', 0, 3, null, false) // → {end: 16, value: 1e11, unit: 'CNY', kind: 'money', …}
 */
export function readFigure(text: string, start: number, end: number, currency: string | null, between: boolean): Reading {
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
    const second = range ? undefined : percentRangeAt(text, at, between, value, unit)
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
    const span = per.length + (denominator?.length ?? 0)
    // `A$4.1m a year earlier` compares with a year before; it is not A$4.1m per year.
    const comparison = per.trim() === 'a' && comparisonAfter.test(text.slice(at + span, at + span + 12))
    if (short && !comparison && (per.trim() !== 'a' || kind === 'money' || timeUnits.has(short))) {
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

/**
 * The second end of a percent range (`-10%`, ` and 10%`) at `at`, if one is written there in the same unit: `fell
 * 3.5 percentage points to 12.5%` is a change and a level, not a range.
 */
function percentRangeAt(text: string, at: number, between: boolean, min: number, unit: string): {max: number; end: number} | undefined {
  const separator = (between ? betweenSeparator : rangeSeparator).exec(text.slice(at, at + 8))?.[0]
  if (!separator) return undefined
  const start = at + separator.length
  const raw = leadingFigure.exec(text.slice(start, start + 32))?.[0]
  if (!raw) return undefined
  const sign = percentSign.exec(text.slice(start + raw.length, start + raw.length + 24))?.[0]
  const max = toNumber(raw)
  if (!sign || max <= min || /point/iu.test(sign) !== (unit === 'pp')) return undefined
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
