import type {Bound} from '../schema/mentions.js'

/**
 * Currency written before a figure, longest first, with its ISO 4217 code. `¥` is CNY in this field (the
 * caller switches it to JPY when yen is meant); `ยฅ` is the lossy-Thai mojibake of `¥`, read as such so the
 * finder works on unrepaired text too.
 *
 * @example
 * currencyPrefixes.find(([symbol]) => symbol === 'A$')?.[1] // → 'AUD'
 */
export const currencyPrefixes: ReadonlyArray<readonly [string, string]> = Object.freeze([
  ['U.S.$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['A$', 'AUD'],
  ['HK$', 'HKD'], ['HKD', 'HKD'], ['CA$', 'CAD'], ['CAD', 'CAD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['S$', 'SGD'],
  ['R$', 'BRL'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'],
  // Other ISO 4217 codes of the field's producing and buying countries, read like `USD 5m`.
  ...['KRW', 'INR', 'MYR', 'SGD', 'NZD', 'BRL', 'CHF', 'RUB', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'MNT', 'KZT', 'IDR',
    'VND', 'THB', 'TWD', 'MXN', 'CLP'].map((code) => [code, code] as const),
  ['RM', 'MYR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['ยฅ', 'CNY'], ['¥', 'CNY'], ['￥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['₩', 'KRW'], ['$', 'USD']
] as const)

/**
 * Currency words and codes written after a figure (`100 billion yuan`, `5 million USD`).
 *
 * @example
 * currencySuffixes.get('yuan') // → 'CNY'
 */
export const currencySuffixes: ReadonlyMap<string, string> = new Map([
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rmb', 'CNY'], ['cny', 'CNY'], ['usd', 'USD'], ['us dollars', 'USD'],
  ['u.s. dollars', 'USD'], ['dollars', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['australian dollars', 'AUD'], ['aud', 'AUD'], ['canadian dollars', 'CAD'], ['cad', 'CAD'], ['hkd', 'HKD'],
  ['yen', 'JPY'], ['jpy', 'JPY'], ['won', 'KRW'], ['krw', 'KRW'], ['rupees', 'INR'], ['inr', 'INR'],
  ['ringgit', 'MYR'], ['myr', 'MYR'], ['gbp', 'GBP'], ['pounds sterling', 'GBP'], ['rubles', 'RUB'], ['roubles', 'RUB']
])

/**
 * Scale words and suffixes; `single` ones (`M`, `B`) count as scale only after a currency.
 *
 * @example
 * scales.get('bn') // → 1e9
 */
export const scales: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['millions', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12],
  // The Indian numbering system, as India's press writes money (`₹7,300 crore`, `Rs 45 lakh`).
  ['crore', 1e7], ['crores', 1e7], ['lakh', 1e5], ['lakhs', 1e5]
])

/**
 * Mass units to their canonical unit and factor (`kt` is a thousand tonnes).
 *
 * @example
 * massUnits.get('kt') // → ['t', 1000]
 */
export const massUnits: ReadonlyMap<string, readonly [unit: string, factor: number]> = new Map([
  ['t', ['t', 1]], ['tonne', ['t', 1]], ['tonnes', ['t', 1]], ['ton', ['t', 1]], ['tons', ['t', 1]],
  ['metric tons', ['t', 1]], ['metric tonnes', ['t', 1]], ['metric ton', ['t', 1]], ['metric tonne', ['t', 1]],
  ['mt', ['t', 1]], ['Mt', ['t', 1e6]], ['MT', ['t', 1]], ['kt', ['t', 1e3]], ['kilotonnes', ['t', 1e3]], ['kg', ['kg', 1]], ['kilograms', ['kg', 1]],
  ['kilogram', ['kg', 1]], ['g', ['g', 1]], ['grams', ['g', 1]], ['lb', ['lb', 1]], ['lbs', ['lb', 1]],
  ['pounds', ['lb', 1]], ['oz', ['oz', 1]], ['ounces', ['oz', 1]], ['tpa', ['t/y', 1]], ['tpy', ['t/y', 1]],
  ['ktpa', ['t/y', 1e3]]
] as const)

/**
 * Units of price denominators (`/kg`, `per dry metric tonne`, `a share`) to their short form.
 *
 * @example
 * perUnits.get('dry metric tonne') // → 'dmt'
 */
export const perUnits: ReadonlyMap<string, string> = new Map([
  ['kg', 'kg'], ['kilogram', 'kg'], ['kilo', 'kg'], ['t', 't'], ['tonne', 't'], ['ton', 't'], ['metric ton', 't'],
  ['metric tonne', 't'], ['dry metric tonne', 'dmt'], ['dry metric ton', 'dmt'], ['dmt', 'dmt'], ['mt', 't'],
  ['lb', 'lb'], ['pound', 'lb'], ['share', 'share'], ['ounce', 'oz'], ['oz', 'oz'], ['mtu', 'mtu'], ['unit', 'unit'],
  ['kwh', 'kWh'], ['mwh', 'MWh'], ['barrel', 'bbl'], ['g', 'g'], ['gram', 'g'], ['year', 'y'], ['annum', 'y'],
  ['yr', 'y'], ['month', 'mo'], ['day', 'd']
])

/**
 * Denominators that make a rate (`500 tonnes per year`, `$5 million a year`), not a price.
 *
 * @example
 * timeUnits.has('y') // → true
 */
export const timeUnits: ReadonlySet<string> = new Set(['y', 'mo', 'd'])

/**
 * Other units: a figure with one of these is kind `other`.
 *
 * @example
 * otherUnits.get('g/t') // → 'g/t'
 */
export const otherUnits: ReadonlyMap<string, string> = new Map([
  ['ppm', 'ppm'], ['g/t', 'g/t'], ['km', 'km'], ['hectares', 'ha'], ['ha', 'ha'], ['acres', 'acre'], ['MW', 'MW'],
  ['GW', 'GW'], ['gwh', 'GWh'], ['mwh', 'MWh'], ['kwh', 'kWh'], ['sq km', 'km2'], ['km2', 'km2'],
  ['years', 'year'], ['year', 'year'], ['months', 'month'], ['month', 'month'], ['weeks', 'week'], ['week', 'week'],
  ['days', 'day'], ['day', 'day'], ['hours', 'hour']
])

/**
 * Words before a figure that make it approximate.
 *
 * @example
 * approxCues.has('nearly') // → true
 */
export const approxCues: ReadonlySet<string> = new Set([
  '~', '≈', 'about', 'around', 'approximately', 'approx.', 'approx', 'roughly', 'nearly', 'almost', 'some', 'circa',
  'an estimated', 'estimated', 'close to', 'c.', 'an approximate', 'approximate'
])

/**
 * Words before a figure that bound it.
 *
 * @example
 * boundCues.get('at least') // → 'gte'
 */
export const boundCues: ReadonlyMap<string, Bound> = new Map([
  ['more than', 'gt'], ['over', 'gt'], ['exceeding', 'gt'], ['exceed', 'gt'], ['exceeds', 'gt'], ['exceeded', 'gt'],
  ['in excess of', 'gt'], ['above', 'gt'], ['upwards of', 'gt'], ['greater than', 'gt'], ['higher than', 'gt'],
  ['at least', 'gte'], ['no less than', 'gte'], ['a minimum of', 'gte'], ['no fewer than', 'gte'],
  ['up to', 'lte'], ['at most', 'lte'], ['no more than', 'lte'], ['as much as', 'lte'], ['as many as', 'lte'],
  ['a maximum of', 'lte'], ['less than', 'lt'], ['under', 'lt'], ['below', 'lt'], ['fewer than', 'lt'], ['lower than', 'lt']
])

/**
 * Number words that may stand for a figure before a scale word (`two billion`).
 *
 * @example
 * numberWords.get('two') // → 2
 */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['hundred', 100]
])

/**
 * The longest key of a table that the lower-cased `text` ends with (on a word boundary), if any.
 *
 * @example
 * cueBefore('revenue of more than ', boundCues) // → 'more than'
 */
export function cueBefore<V>(text: string, table: ReadonlyMap<string, V> | ReadonlySet<string>): string | undefined {
  const trimmed = text.trimEnd().toLowerCase()
  let best: string | undefined
  for (const key of table.keys()) {
    if (!trimmed.endsWith(key)) continue
    const before = trimmed.charAt(trimmed.length - key.length - 1)
    if (/^[a-z]$/u.test(key.charAt(0)) && /[\p{L}\p{N}]/u.test(before)) continue
    if (!best || key.length > best.length) best = key
  }
  return best
}

/**
 * The longest key of a table that `text` starts with, ending on a word boundary. Keys of one or two
 * characters match case exactly (`g` is grams, `5G` is not; `Mt` is a million tonnes, `mt` a metric ton);
 * longer keys match in any case.
 *
 * @example
 * cueAfter('tonnes of oxide', massUnits) // → 'tonnes'
 */
export function cueAfter<V>(text: string, table: ReadonlyMap<string, V>): string | undefined {
  const lower = text.toLowerCase()
  let best: string | undefined
  for (const key of table.keys()) {
    if (key.length <= 2 ? !text.startsWith(key) : !lower.startsWith(key)) continue
    const after = lower.charAt(key.length)
    if (/[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]$/u.test(key)) continue
    if (!best || key.length > best.length) best = key
  }
  return best
}
