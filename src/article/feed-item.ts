import {format, isValid, parse} from 'date-fns'

/** The item a WordPress feed header squashed on one line names: its title (with offsets) and its date. */
export interface FeedItem {
  readonly title: string
  /** Where the title starts and ends in the line. */
  readonly start: number
  readonly end: number
  /** The item's RFC-822 date (`Mon, 17 Nov 2025 09:00:00 +0000`) as an ISO date, if the line has one. */
  readonly publishedAt: string | null
}

const url = /^https?:\/\/\S+$/u
const commentsUrl = /^https?:\/\/\S+#(?:respond|comments)$/u
const number = /^\d+$/u
const maxTitleWords = 30
/** RFC 822 as WordPress writes it in feeds: `Mon, 17 Nov 2025 09:00:00 +0000`. */
const rfc822 = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2} [A-Z][a-z]{2} \d{4}) \d{2}:\d{2}:\d{2} [+-]\d{4}\b/gu
/** date-fns needs a reference for missing fields; the format has them all, so a fixed epoch serves. */
const epoch = new Date(0)

/**
 * Read the item of a WordPress feed header squashed onto one line (SPEC §2: channel name and URL, build date,
 * `hourly 1`, generator URL, logo URL, sizes, then the item's title, its URL, `…/#respond`, its RFC-822 date).
 * The title is the run of words right before the item's URL, back to the previous URL or number (the logo's
 * sizes); the item's URL is the last URL before its comments URL (`#respond`) or its date. `null` when the line
 * names no item that way.
 *
 * @param text a cleaned line (single spaces)
 * @returns the item, or `null`
 * @example
 * readFeedItem('Site https://x.com 32 32 China Tightens Rules https://x.com/a/ https://x.com/a/#respond Mon, 17 Nov 2025 09:00:00 +0000')
 * // → {title: 'China Tightens Rules', start: 25, end: 45, publishedAt: '2025-11-17'}
 */
export function readFeedItem(text: string): FeedItem | null {
  const words: Array<{word: string; start: number}> = []
  let at = 0
  for (const word of text.split(' ')) {
    words.push({word, start: at})
    at += word.length + 1
  }
  // The channel's build date comes first; the item's is the last one.
  let date: RegExpExecArray | undefined
  for (const match of text.matchAll(rfc822)) date = match
  // The comments URL, else the first word of the date: the item's URL stands right before it.
  let anchor = -1
  for (let index = words.length - 1; index >= 0 && anchor < 0; index--) if (commentsUrl.test((words[index] as {word: string}).word)) anchor = index
  if (anchor < 0 && date) anchor = words.findIndex((entry) => entry.start >= date.index)
  if (anchor <= 0) return null
  let item = anchor - 1
  while (item >= 0 && !url.test((words[item] as {word: string}).word)) item--
  if (item <= 0 || commentsUrl.test((words[item] as {word: string}).word)) return null
  let first = item
  while (first > 0 && item - first < maxTitleWords) {
    const previous = (words[first - 1] as {word: string}).word
    if (url.test(previous) || number.test(previous)) break
    first--
  }
  if (first === item || first === 0) return null
  const start = (words[first] as {start: number}).start
  const last = words[item - 1] as {word: string; start: number}
  return {title: text.slice(start, last.start + last.word.length), start, end: last.start + last.word.length, publishedAt: date ? isoDate(date[1] as string) : null}
}

function isoDate(value: string): string | null {
  const parsed = parse(value, 'd MMM yyyy', epoch)
  return isValid(parsed) ? format(parsed, 'yyyy-MM-dd') : null
}
