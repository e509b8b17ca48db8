/**
 * Abbreviations whose period ends no sentence, as the sentence splitter, the date finder and the link-anchor reader
 * need them: the one home of such lists. Lower case, without their final period (inner periods kept: `u.s`).
 *
 * - `titleAbbreviations`: titles and honorifics before a name (`Mr.`, `Dr.`, `Sen.`, `Gov.`): never final.
 * - `referenceAbbreviations`: `No. 1`, `vs.`, `e.g.`, `approx.`, `Vol.`: never final.
 * - `companyAbbreviations`: company forms (`Inc.`, `Co., Ltd.`, `Corp.`): final only if a sentence opening follows;
 *   `etc.` too, final before any capital.
 * - `placeAbbreviations`: `U.S.`, `U.K.`, `E.U.`, `D.C.`: final only if a sentence opening follows.
 *
 * @example
 * titleAbbreviations.has('sen') // → true
 */
export const titleAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'jr', 'sr', 'messrs', 'hon', 'mt', 'ft'
])

/** References and Latin abbreviations: never the end of a sentence. */
export const referenceAbbreviations: ReadonlySet<string> = new Set([
  'no', 'nos', 'vs', 'approx', 'est', 'fig', 'e.g', 'i.e', 'cf', 'dept', 'ca', 'pp', 'vol', 'op', 'u.s.a', 'intl', 'bros'
])

/** Company forms: a sentence may end with one, but usually goes on (`Co., Ltd.`, `Inc. said`). */
export const companyAbbreviations: ReadonlySet<string> = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 's.a', 'n.v', 'etc'])

/** Abbreviated places: a sentence may end with one (`… in the U.S. The plan …`). */
export const placeAbbreviations: ReadonlySet<string> = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'p.r.c'])
