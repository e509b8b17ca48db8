import type {Article, ListItem} from '../../src/index.js'

/**
 * SPEC's "nothing is lost", checked from the outside: every non-blank line of the (repaired) input must end up in
 * exactly one place of the Article. Returns the lines that are found in no place or in more places than the
 * input has copies of them. Lines are compared after the cleaning the format defines: whitespace folded, NBSP to
 * space, `(opens in a new tab)` removed, a leading bullet or list number dropped.
 */
export function unaccountedLines(repairedText: string, article: Article): {missing: string[]; extra: string[]} {
  const places = new Map<string, number>()
  const add = (text: string): void => {
    const key = normalize(text)
    places.set(key, (places.get(key) ?? 0) + 1)
  }
  if (article.title !== null) add(article.title)
  if (article.author !== null) add(article.author)
  for (const text of [...article.highlights, ...article.disclaimers, ...article.related, ...article.preamble, ...article.boilerplate]) add(text)
  for (const section of article.sections) {
    if (section.heading !== null) add(section.heading)
    for (const block of section.blocks) {
      if (block.type === 'paragraph') add(block.text)
      else for (const item of flatten(block.items)) add(item.text)
    }
  }
  if (article.copyright) add(article.copyright.notice)

  const missing: string[] = []
  for (const raw of joinWrappedItems(repairedText.split(/\r\n|\r|\n/))) {
    const byline = /^by (.+)$/i.exec(normalize(raw))?.[1]
    // A byline is stored as the author's name.
    const line = byline !== undefined && byline === article.author ? byline : normalize(raw)
    if (line === '') continue
    const count = places.get(line) ?? 0
    if (count > 0) {
      places.set(line, count - 1)
      continue
    }
    if (isSplitFeedHeader(line, article, places)) continue
    if (!isAccountedField(line, article)) missing.push(line)
  }
  const extra = [...places].filter(([, count]) => count > 0).map(([text]) => text)
  return {missing, extra}
}

/**
 * The format's wrapped list items (SPEC §2, issue 12): an indented line without a bullet right after an item (or
 * after one blank line) continues it, so it is stored as part of the item's text.
 */
function joinWrappedItems(lines: ReadonlyArray<string>): string[] {
  const joined: string[] = []
  let item = -1
  let itemIndent = 0
  let gap = 0
  for (const raw of lines) {
    const indent = /^[ \t\u00A0]*/u.exec(raw)?.[0].replaceAll('\t', '    ').length ?? 0
    const text = raw.trim()
    if (text === '') {
      gap++
      joined.push(raw)
      continue
    }
    const bullet = /^(?:[-–*]\s+|[•·◦▪▫●○‣⁃∙►▶➢➤✓✔■□♦◆]\s*|\d{1,3}[.)]\s+)(?=\S)/u.test(text)
    if (!bullet && item >= 0 && indent > itemIndent && gap <= 1) {
      joined[item] = `${joined[item]} ${text}`
      gap = 0
      continue
    }
    item = bullet ? joined.length : -1
    itemIndent = indent
    gap = 0
    joined.push(raw)
  }
  return joined
}

/**
 * A feed header squashed on one line (SPEC §2) is stored in three places: the item's title, the header around it
 * (`preamble`, two pieces) and the trailing `Highlights` marker.
 */
function isSplitFeedHeader(line: string, article: Article, places: Map<string, number>): boolean {
  const title = article.title
  if (title === null || !line.endsWith(' Highlights')) return false
  const at = line.indexOf(` ${title} `)
  if (at < 0) return false
  const pieces = [line.slice(0, at), line.slice(at + title.length + 2, -' Highlights'.length)].filter((piece) => piece !== '')
  if (!pieces.every((piece) => (places.get(piece) ?? 0) > 0)) return false
  for (const piece of pieces) places.set(piece, (places.get(piece) ?? 0) - 1)
  // The title was counted as a place of its own; this line is where it came from.
  places.set(title, (places.get(title) ?? 0) - 1)
  return true
}

/** Lines whose content is stored as a value rather than as text: credits, date, counts, categories, marker. */
function isAccountedField(line: string, article: Article): boolean {
  if (/^(?:key )?highlights:?$/i.test(line)) return article.highlights.length > 0
  if (/^categories\s*:/i.test(line)) return true
  if (/^(?:(?:\d+|no|one) comments?|comments? ?\(\d+\))$/i.test(line)) return article.commentCount !== null
  const credit = /^[\w ]{1,30}:\s*(\S.*)$/.exec(line)
  if (credit && article.credits.includes(credit[1] as string)) return true
  return article.publishedAt !== null && /\d{4}/.test(line) && line.split(' ').length <= 8
}

function normalize(text: string): string {
  return text
    .replace(/[\u00A0\t\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replaceAll('\0', '\uFFFD')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\((?:opens in (?:a )?new (?:tab|window)|link is external)\)/gi, '')
    .trim()
    .replace(/^(?:[-*]\s+|[•·◦▪▫●○‣⁃∙]\s*|\d{1,3}[.)]\s+)(?=\S)/u, '')
    .trim()
}

function flatten(items: ReadonlyArray<ListItem>): ListItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}
