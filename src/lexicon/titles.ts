/**
 * Titles and roles of people, single and multiword, lower case: the words news English writes before a name
 * (`Chairman Liu`, `analyst Jane Roe`) or beside it (`Jane Roe, chief executive of Acme`) and that so mark the
 * name as a person's.
 *
 * What belongs: offices, corporate and public (`chairman`, `chief executive`, `minister`, `governor`), jobs of
 * the people the field quotes (`analyst`, `economist`, `geologist`, `editor`, `correspondent`), and their
 * standard short forms (`ceo`, `cfo`, `md`, `mp`). The basis is the list of titles news style guides tell
 * writers how to capitalize and abbreviate (AP Stylebook "titles"; Reuters Handbook "titles"; The Economist
 * Style Guide), and the officer titles of company filings. A title with a modifier (`deputy director`,
 * `former minister`) is a title plus `titleModifiers`; only modifier-title pairs that are titles in their own
 * right (`vice president`, `managing director`, `prime minister`) are listed whole.
 *
 * Left out on purpose: words that are roles but not titles and that name groups or the writer (`expert`,
 * `investor`, `writer`, `author`, `publisher`, `reader`), ranks in the military (they are honorifics before a
 * name: see `honorifics`), and departments joined to a title (`commerce secretary` is `commerce` +
 * `secretary`: the department is a name, not a title word).
 *
 * @example
 * personTitles.includes('chief executive officer') // → true
 */
export const personTitles: ReadonlyArray<string> = Object.freeze([
  // boards and companies
  'chairman', 'chairwoman', 'chairperson', 'chair', 'vice chairman', 'vice chairwoman', 'vice chair', 'president',
  'vice president', 'chief executive', 'chief executive officer', 'ceo', 'chief financial officer', 'cfo',
  'chief operating officer', 'coo', 'chief technology officer', 'cto', 'chief commercial officer',
  'chief strategy officer', 'chief investment officer', 'chief economist', 'chief scientist', 'founder',
  'co-founder', 'cofounder', 'owner', 'managing director', 'md', 'general manager', 'director', 'executive director',
  'non-executive director', 'board member', 'partner', 'managing partner', 'general partner', 'executive', 'officer',
  'manager', 'head', 'chief', 'general counsel', 'company secretary', 'treasurer', 'controller', 'trader',
  'portfolio manager', 'fund manager', 'banker',
  // government, parliament, diplomacy
  'minister', 'prime minister', 'premier', 'vice premier', 'secretary', 'secretary of state', 'secretary-general',
  'secretary general', 'general secretary', 'party secretary', 'undersecretary', 'under secretary', 'spokesperson',
  'spokesman', 'spokeswoman', 'press secretary', 'senator', 'representative', 'congressman', 'congresswoman',
  'lawmaker', 'legislator', 'member of parliament', 'mp', 'governor', 'lieutenant governor', 'mayor', 'deputy mayor',
  'ambassador', 'envoy', 'special envoy', 'consul', 'trade representative', 'commissioner', 'chancellor',
  'administrator', 'director-general', 'director general', 'attorney general', 'official', 'regulator', 'inspector',
  'councillor', 'councilor', 'party chief',
  // research, analysis, the press
  'analyst', 'economist', 'strategist', 'researcher', 'research fellow', 'senior fellow', 'fellow', 'scientist',
  'professor', 'lecturer', 'geologist', 'metallurgist', 'engineer', 'chemist', 'consultant', 'adviser', 'advisor',
  'editor', 'editor-in-chief', 'managing editor', 'executive editor', 'columnist', 'correspondent', 'reporter',
  'journalist', 'commentator', 'bureau chief'
])

/**
 * Honorifics and abbreviated ranks written before a name, lower case and without their period (`Dr.` → `dr`,
 * `Sen.` → `sen`, `Lt. Col.` → `lt` + `col`). The basis: the courtesy titles and the abbreviated civil and
 * military titles of the AP Stylebook and the Reuters Handbook.
 *
 * Left out on purpose: `miss` and `lady` (common words more often than titles), `sec` (a second, or the SEC).
 *
 * @example
 * honorifics.includes('dr') // → true
 */
export const honorifics: ReadonlyArray<string> = Object.freeze([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'dr', 'prof', 'sir', 'dame', 'lord', 'rev', 'hon', 'mme', 'sen', 'rep', 'gov',
  'amb', 'pres', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt'
])

/**
 * Words that change a title without ending it (`deputy minister`, `former chief executive`, `acting head`,
 * `co-chair`): a title may follow any run of these. `co-` is the prefix, written with its hyphen.
 *
 * @example
 * titleModifiers.includes('former') // → true
 */
export const titleModifiers: ReadonlyArray<string> = Object.freeze([
  'deputy', 'vice', 'senior', 'chief', 'executive', 'acting', 'interim', 'former', 'incoming', 'outgoing',
  'assistant', 'associate', 'lead', 'principal', 'co-', 'joint', 'first', 'group', 'global', 'regional',
  'junior', 'then', 'then-'
])
