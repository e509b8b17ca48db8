/**
 * Recognisers for the site chrome of REEx pages (SPEC section 2): each takes one cleaned line and says whether
 * it is that kind of chrome. They look at a whole line, never at a fragment of prose.
 */

const highlightsMarker = /^(?:key )?highlights:?$/i
const tableOfContents = /^table of contents(?: toggle)?$/i
/** Share and reply widgets, comment forms, post navigation. */
const shareChrome = new RegExp(
  '^(?:' +
    [
      'spread the word:?',
      'share(?: this(?: article| post| story)?)?(?: on [\\w ]{1,30})?:?',
      'like this:?',
      'like loading\\.{3}',
      'loading\\.{3}',
      'leave a (?:reply|comment)(?: cancel reply)?',
      'cancel reply',
      'your email address will not be published\\..*',
      'required fields are marked \\*',
      'post comment',
      'save my name, email, and website in this browser for the next time i comment\\.?',
      '(?:comment|name|email|website) ?\\*?',
      'click to (?:share|print|email)\\b.*',
      'print|facebook|twitter|x|linkedin|reddit|whatsapp|telegram|pinterest',
      '(?:previous|next) (?:post|article|story)\\b.*',
      'tags:.*',
      '\\d{1,6} (?:thoughts?|responses?|replies) (?:on|to) .*'
    ].join('|') +
    ')$',
  'i'
)
const relatedAlways = /^(?:you (?:might|may) also like|related (?:posts|articles|stories|news)|more from rare earth exchanges)\b/i
const relatedShort = /^(?:see also|read more|read next|related)\b/i
const maxRelatedWords = 20
const comments = /^(?:(\d{1,7}|no|one) comments?|comments?\s?\((\d{1,7})\))$/i
const categories = /^categories\s*:(.*)$/i
// `All rights reserved. © 2025 REEx` puts the reservation first.
const copyright = /^(?:all rights reserved\.?\s*)?(?:©|\(c\)|copyright\b)/i
const credit = /^(?:sources?|image|photo|picture|illustration)(?: (?:credit|source|courtesy))?\s*:\s*(\S.*)$/i
const disclaimers = [
  /^(?:disclaimer|disclosure|editor['’]?s note|editorial note)\b/i,
  /\bshould be (?:independently verified|verified independently)\b/i,
  /\boriginates from .*(?:state|media|press|government)/i,
  /\bnot (?:financial|investment) advice\b/i,
  /\bfor (?:informational|information) purposes only\b/i,
  /\bdoes not constitute (?:financial|investment|legal|an offer)/i
]

/**
 * Whether a line is the `Highlights` marker.
 *
 * @example
 * isHighlightsMarker('Highlights') // → true
 */
export function isHighlightsMarker(text: string): boolean {
  return highlightsMarker.test(text)
}

/**
 * Whether a line is a table-of-contents marker (`Table of Contents` alone; no entries follow in dumps).
 *
 * @example
 * isTableOfContents('Table of Contents') // → true
 */
export function isTableOfContents(text: string): boolean {
  return tableOfContents.test(text)
}

/**
 * Whether a line is share or reply chrome (`Spread the word:`, `Leave a Reply`, the comment form).
 *
 * @example
 * isShareChrome('Leave a Reply') // → true
 */
export function isShareChrome(text: string): boolean {
  return shareChrome.test(text)
}

/**
 * Whether a line can start the related-posts tail: `always` for an unmistakable marker (`You Might Also
 * Like…`), `short` for a short `See also …` / `Read more …` / `Related` line (a tail only if post titles follow),
 * else `false`.
 *
 * @example
 * isRelatedMarker('You Might Also Like…') // → 'always'
 * isRelatedMarker('See also: Lynas expands') // → 'short'
 */
export function isRelatedMarker(text: string): 'always' | 'short' | false {
  if (relatedAlways.test(text)) return 'always'
  if (isMoreButton(text)) return false
  return relatedShort.test(text) && text.split(' ').length <= maxRelatedWords ? 'short' : false
}

/** `Read More »`, `Continue reading →`: the button under one post of a listing, not a related-posts marker. */
const moreButton = /^(?:read more|continue reading|read the full (?:story|article|post)|keep reading)\s*[»›→>]+$/i

/**
 * Whether a line is the "read more" button of a listing or a teaser (`Read More »`): site chrome.
 *
 * @example
 * isMoreButton('Read More »') // → true
 * isMoreButton('Read more: China’s new rules') // → false
 */
export function isMoreButton(text: string): boolean {
  return moreButton.test(text)
}

/**
 * A promo of another post inside the article (`Read more: China’s rare earth rules explained`): a short related
 * marker with a title after its colon. Where it starts no tail, it is still a related post, not a heading.
 *
 * @example
 * isRelatedPromo('Read more: China’s rules explained') // → true
 * isRelatedPromo('Read more') // → false
 */
export function isRelatedPromo(text: string): boolean {
  return isRelatedMarker(text) === 'short' && relatedPromo.test(text)
}

const relatedPromo = /^[^:]+:\s*\S/u

const byline = /^by\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/iu

/**
 * The name in a byline (`By Daniel O’Connor`), else `null`.
 *
 * @example
 * parseByline('By Daniel O’Connor') // → 'Daniel O’Connor'
 */
export function parseByline(text: string): string | null {
  return byline.exec(text)?.[1] ?? null
}

/**
 * The comment count of a `0 Comments` line, else `null`.
 *
 * @example
 * parseCommentCount('12 Comments') // → 12
 */
export function parseCommentCount(text: string): number | null {
  const match = comments.exec(text)
  if (!match) return null
  const count = (match[1] ?? match[2] ?? '').toLowerCase()
  return count === 'no' ? 0 : count === 'one' ? 1 : Number(count)
}

/**
 * The category names of a `CATEGORIES:` line (lost names give `[]`), else `null`.
 *
 * @example
 * parseCategories('CATEGORIES: , ,') // → []
 * parseCategories('Categories: Magnets, Policy') // → ['Magnets', 'Policy']
 */
export function parseCategories(text: string): string[] | null {
  const match = categories.exec(text)
  if (!match) return null
  return (match[1] as string)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

/**
 * Whether a line is the copyright notice.
 *
 * @example
 * isCopyright('© 2025 Rare Earth Exchanges™ — Accelerating Transparency') // → true
 */
export function isCopyright(text: string): boolean {
  return copyright.test(text)
}

/**
 * The credited party of a `Source: X` line (also `Image: X`, `Photo credit: X`), else `null`.
 *
 * @example
 * parseCredit('Source: Yicai Global') // → {credit: 'Yicai Global', offset: 8}
 */
export function parseCredit(text: string): {credit: string; offset: number} | null {
  const match = credit.exec(text)
  if (!match) return null
  const value = match[1] as string
  return {credit: value, offset: text.length - value.length}
}

/**
 * Whether a line is an editorial disclaimer (`This news item originates from … should be verified
 * independently.`, `Disclaimer: …`, `… not investment advice …`).
 *
 * @example
 * isDisclaimer('Disclaimer: This is not investment advice.') // → true
 */
export function isDisclaimer(text: string): boolean {
  return disclaimers.some((pattern) => pattern.test(text))
}

const nameWord = /^\p{Lu}[\p{L}'’.-]*$/u
/** Words of short headings and site names that a lone capitalised line may hold but a personal name does not. */
const notNameWords = new Set(
  (
    'conclusion conclusions summary introduction background overview outlook analysis takeaway takeaways context ' +
    'implications references sources methodology transcript highlights disclaimer update updates editorial ' +
    'commentary opinion news related comments share print email subscribe advertisement contents notes appendix ' +
    'glossary faq bottom line final thoughts next steps key points what why how the a an and of for in on to is ' +
    'are rare earth earths exchanges team staff desk editors market markets china policy supply chain'
  ).split(' ')
)

/**
 * Whether a line is a sign-off: a lone personal name of one to four capitalised words (`Daniel`,
 * `Daniel O’Connor`) that is not a heading word (`Conclusion`) or a site name.
 *
 * @example
 * isSignOffName('Daniel') // → true
 * isSignOffName('Conclusion') // → false
 */
export function isSignOffName(text: string): boolean {
  const words = text.split(' ')
  if (words.length > 4) return false
  return words.every((word) => nameWord.test(word) && !notNameWords.has(stripTrailing(word.toLowerCase(), ".'’-")))
}

const copyrightYears = /\b(?:19|20)\d{2}\b/g
const copyrightLead =
  /^(?:all rights reserved\.?\s*)?(?:©|\(c\)|copyright\b)\s*(?:(?:©|copyright\b)\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?[\s,]*/i
const holderEnd = /[™®|—–,.]| - |\ball rights reserved\b/iu

/**
 * Read a copyright notice: `{year, holder, notice}` (the notice is the whole line).
 *
 * @example
 * parseCopyright('© 2025 Rare Earth Exchanges™ — Accelerating Transparency')
 * // → {year: 2025, holder: 'Rare Earth Exchanges', notice: '© 2025 Rare Earth Exchanges™ — Accelerating Transparency'}
 */
export function parseCopyright(notice: string): {year: number | null; holder: string | null; notice: string} {
  // `© 2024-2025`: the notice is current as of its last year.
  let year: number | null = null
  for (const match of notice.matchAll(copyrightYears)) year = Math.max(year ?? 0, Number(match[0]))
  const rest = notice.replace(copyrightLead, '')
  const end = holderEnd.exec(rest)
  const holder = (end ? rest.slice(0, end.index) : rest).trim()
  return {year, holder: holder === '' ? null : holder, notice}
}

/** `text` without the trailing characters listed in `chars` (a loop: a regex `[…]+$` scans quadratically). */
export function stripTrailing(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
