/**
 * Stock exchanges by the names and codes news writes before a ticker (`(ASX: LYC)`, `(SZSE: 000001)`,
 * `(HKEX: 3993)`): the digits after one of these and a colon are a ticker, not a figure. Everything else before a
 * colon is a run-in label, and the figure after it is a figure (`Capacity: 40,000 tpa`). Upper case, as written.
 *
 * The basis is the exchange codes of the ISO 10383 market identifier list and the short names the wire services
 * use in tickers (Reuters Handbook "company names and tickers"; AP Stylebook "stock exchanges"), for the markets
 * where the field's companies list: China (SSE, SZSE, Shanghai, Shenzhen), Hong Kong, Australia, Canada, the US,
 * the UK and Europe, Japan, Korea, India, Southeast Asia, South Africa.
 *
 * @example
 * exchangeCodes.has('SZSE') // → true
 */
export const exchangeCodes: ReadonlySet<string> = new Set([
  // China and Hong Kong
  'SSE', 'SZSE', 'SHA', 'SHE', 'SH', 'SZ', 'HKEX', 'HKSE', 'SEHK', 'HK', 'HKG', 'BSE', 'NEEQ', 'STAR',
  // Australia, New Zealand
  'ASX', 'NSX', 'NZX',
  // North America
  'TSX', 'TSXV', 'TSX-V', 'CSE', 'NEO', 'NYSE', 'NASDAQ', 'Nasdaq', 'AMEX', 'NYSEAMERICAN', 'ARCA', 'OTC', 'OTCQX', 'OTCQB',
  'OTCMKTS', 'BATS', 'CBOE',
  // Europe, UK
  'LSE', 'LON', 'AIM', 'FRA', 'ETR', 'XETRA', 'EPA', 'AMS', 'EBR', 'BME', 'BIT', 'SIX', 'SWX', 'STO', 'CPH', 'HEL', 'OSL',
  'WSE', 'VIE', 'ELI',
  // Asia, Africa, Latin America
  'TYO', 'TSE', 'JPX', 'KRX', 'KOSDAQ', 'KOSPI', 'NSE', 'SGX', 'KLSE', 'BURSA', 'IDX', 'HOSE', 'HNX', 'SET', 'PSE',
  'TWSE', 'TPEX', 'JSE', 'B3', 'BMV', 'BVL', 'MOEX', 'TASE'
])
