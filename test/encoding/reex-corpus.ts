/**
 * REEx-like English text for the damage generator, written for it (the companies, figures and quotes are
 * illustrative, not reporting): the constructions where K1's lost bytes are hardest to infer, in the proportions
 * news text has them beside the ordinary apostrophes and quotes. A title with a spaced dash comes first (WordPress
 * turns a typed ` - ` there into ` – `); some body lines are cut off, as scraped dumps are; one ends in a NBSP
 * that scrapers trim.
 */
export const reexTitle = 'Lynas Q3 Update – Heavy Rare Earth Output Rises as Prices Firm'

export const reexLines: ReadonlyArray<string> = [
  // Ranges of amounts, percentages, years and quarters.
  'Lynas now expects revenue of $110M–$125M for the quarter, up from $96M a year earlier.',
  'Analysts see NdPr oxide at $58–$62/kg through Q1–Q3, with margins of 15%–18% for the miners.',
  'The company’s 2024–2025 plan calls for 10,500–12,000 tonnes of oxide, and 40–45 kt of concentrate.',
  'Prices of ¥560,000–¥580,000 per tonne held in Baotou, while Rotterdam quotes stayed at €850–€900/kg.',
  'Iluka’s refinery will cost A$1.7bn–A$1.8bn, and its first output is due in 2027–28.',
  'Demand for magnets should grow 8%–10% a year, and prices could rise 20%–25% in H1–H2 2026.',
  'The mine’s life was extended to 2045–2050 after a 30–35% increase in reserves.',
  // Ranges of months and days.
  'Exports rose 12% in Jan–Nov from a year earlier, customs data showed.',
  'From January–March 2025, China shipped 1,200 tonnes of magnets to the EU, the ministry’s figures show.',
  'The Sept.–Oct. figures were revised, and the Mar 3–5 meeting in Ganzhou was postponed.',
  // Names of equal rank.
  'The U.S.–Japan framework and the EU–Australia talks both cover rare earths.',
  'The US–China rivalry has reshaped the China–Japan trade in magnets since 2010.',
  'A Lynas–JARE offtake and the India–Australia critical minerals partnership were signed in Canberra.',
  'The Sino–Kazakh venture said its Astana–Almaty rail link would carry concentrate from 2026.',
  // Multiplication signs after figures.
  'Magnet demand could rise 4× by 2040, analysts at Adamas said.',
  'It trades at 2.5× book value, about 10× the valuation of its Chinese peers.',
  'The new line runs at 3× the speed of the old one, the company’s engineers said.',
  // Spaced dashes in body text: writers use both (em three times out of five in REEx text whose characters are known).
  'Lynas said on Monday that its Kalgoorlie plant — its first outside Malaysia — is running at full rate.',
  'China’s quotas — unchanged for two years — were raised in April, according to state media.',
  'The deal — which hasn’t been made public in full — includes a ten-year supply agreement.',
  'Western producers – Lynas, MP Materials and Iluka – still refine less than a tenth of the world’s supply.',
  'Prices fell in May – the third monthly decline – as buyers waited for the new quotas.',
  // Closed dashes, apostrophes and paired quotes: the bulk of REEx damage.
  'Baogang’s increased stake is more than a balance sheet event—it’s a strategic tightening of China’s command.',
  'The company’s chief executive said the market “isn’t pricing in the risk of another export ban.”',
  'Officials called the plan “ambitious but achievable,” and said they’d review it in the fourth quarter.',
  'Beijing’s new licensing regime—announced on October 9—extends controls to products made abroad.',
  '“We’re not going to wait for Beijing,” one official said. “If they won’t supply us, we’ll build it ourselves.”',
  'The investors’ concern is simple: the West’s projects aren’t moving as fast as China’s.',
  'It’s unclear whether the rules apply to semi-finished products; lawyers say the text is vague.',
  // Single words in quotes.
  'The so-called “green” premium has faded, and the “dual circulation” model still guides policy.',
  'Traders call it the “Baotou price,” and the ministry calls it “guidance.”',
  'Critics say the deal is “premature”; supporters say it is “overdue.”',
  // A quote nothing closes is a dash.
  'Output rose 5% —and may rise again, the company said.',
  'Shares fell 8% on the news —the steepest drop since March.',
  // Signs.
  '• Dysprosium oxide traded at €850/kg, and Rare Earth Exchanges™ tracks it daily…',
  'Ucore’s RapidSX™ process is designed to cut costs by a third; the Société Générale loan closed in Québec.',
  // A NBSP trimmed off the end of a line.
  'Analysts at Benchmark Mineral Intelligence expect a deficit by 2027.\u00A0',
  // Lines cut off by the scraper, right after a damaged character.
  'The ministry’s statement said exports to “end users in good standing” would continue, but the company’',
  'Officials expect the plant to reach full output in 2026–',
  'According to one trader, the new rules were “not targeted',
  '© 2025 Rare Earth Exchanges™ — Accelerating Transparency, Accuracy, and Insight Across the Rare Earth & Critical Minerals Supply Chain.'
]

/** The kinds of construction a damaged word can show, for the accuracy table. */
export type Construction =
  | 'title dash'
  | 'amount range'
  | 'month range'
  | 'name compound'
  | 'times sign'
  | 'spaced dash (em)'
  | 'spaced dash (en)'
  | 'quote nothing closes'
  | 'single-word quote'
  | 'single quotes'
  | 'cut-off end'
  | 'trimmed NBSP'
  | 'apostrophe, quote, closed dash, sign'

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?\.?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const MONTH_RANGE = new RegExp(`^${MONTH}\u2013${MONTH}`, 'u')
/** A word made of two halves around an en dash, each with a figure (`$110M–$125M`, `Q1–Q3`). */
const isAmountRange = (word: string): boolean => {
  const halves = word.split('\u2013')
  return halves.length === 2 && halves.every((half) => /\d/u.test(half))
}
/** A word made of two capitalised halves around an en dash (`U.S.–Japan`). */
const isNameCompound = (word: string): boolean => {
  const halves = word.split('\u2013')
  return halves.length === 2 && halves.every((half) => /^\p{Lu}/u.test(half))
}

/**
 * The construction a clean word shows (the word as split on white space), given where it stands.
 *
 * @param word the clean word
 * @param place whether it is in the title, the last word of a cut-off line, or the last word of its line, and
 *   whether its line opens a single quote (`‘`)
 */
export function constructionOf(
  word: string,
  place: {title: boolean; cutOff: boolean; lineEnd: boolean; singleQuotes: boolean}
): Construction {
  if (place.title && (word === '\u2013' || word === '\u2014')) return 'title dash'
  if (place.cutOff) return 'cut-off end'
  if (place.lineEnd && word.endsWith('\u00A0')) return 'trimmed NBSP'
  if (word.includes('\u00D7')) return 'times sign'
  if (MONTH_RANGE.test(word)) return 'month range'
  if (isAmountRange(word)) return 'amount range'
  if (isNameCompound(word)) return 'name compound'
  if (word === '\u2014') return 'spaced dash (em)'
  if (word === '\u2013') return 'spaced dash (en)'
  if (/^\u2014\p{L}/u.test(word)) return 'quote nothing closes'
  if (/^\u201C[\p{L}-]+[\u201D,.;]+$/u.test(word)) return 'single-word quote'
  if (word.startsWith('\u2018') || (place.singleQuotes && /\u2019[,.;]?$/u.test(word))) return 'single quotes'
  return 'apostrophe, quote, closed dash, sign'
}

/** Whether a corpus line ends cut off (no sentence end): its last word is a cut-off end. */
export const isCutOff = (line: string): boolean => !/[.!?…”)]\u00A0?$/u.test(line)
