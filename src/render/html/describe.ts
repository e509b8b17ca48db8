import type {DateMention, Quantity} from '../../schema/mentions.js'

const bounds: Readonly<Record<string, string>> = Object.freeze({gt: 'more than ', gte: 'at least ', lt: 'less than ', lte: 'up to '})

/**
 * A figure's meaning in words: bound or approximation, the value (or range) with thousands separators, its unit.
 *
 * @param quantity a Quantity of the Article
 * @returns plain text (escape it before use)
 * @example
 * describeFigure({value: 1e9, unit: 'CNY', approx: false, bound: null, range: null, …}) // → '1,000,000,000 CNY'
 * describeFigure({value: 30, unit: null, approx: false, bound: 'gt', range: null, …}) // → 'more than 30'
 */
export function describeFigure(quantity: Pick<Quantity, 'value' | 'unit' | 'approx' | 'bound' | 'range'>): string {
  const amount = quantity.range ? `${formatNumber(quantity.range.min)}–${formatNumber(quantity.range.max)}` : formatNumber(quantity.value)
  const prefix = (quantity.bound ? (bounds[quantity.bound] ?? '') : '') + (quantity.approx ? '~' : '')
  return `${prefix}${amount}${quantity.unit ? ` ${quantity.unit}` : ''}`
}

/**
 * A date mention's meaning: its ISO value, precision, and whether the year was inferred.
 *
 * @param date a DateMention of the Article
 * @returns plain text (escape it before use)
 * @example
 * describeDate({value: '2025-08-20', precision: 'day', yearInferred: true, …}) // → '2025-08-20 (day, year inferred)'
 */
export function describeDate(date: Pick<DateMention, 'value' | 'precision' | 'yearInferred'>): string {
  return `${date.value} (${date.precision}${date.yearInferred ? ', year inferred' : ''})`
}

/** Digits grouped by three with a comma, the same on every machine (no locale lookup). */
function formatNumber(value: number): string {
  const text = String(Math.abs(value))
  if (!/^\d+(?:\.\d+)?$/.test(text)) return String(value)
  const [whole = '', fraction] = text.split('.')
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1)
  for (let at = grouped.length; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`
}
