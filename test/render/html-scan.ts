/** A tag of the page as a test sees it: its name, whether it closes, and its attributes. */
export interface ScannedTag {
  readonly name: string
  readonly closing: boolean
  readonly attributes: ReadonlyArray<readonly [string, string]>
  readonly index: number
}

/**
 * Read every tag of a page written by `articleToHtml`, strictly: a `<` must start a tag whose attributes are all
 * `name="value"` with no raw `"`, `<` or `>` in the value; the contents of `<style>` and `<script>` are skipped.
 * Throws on anything else, so a test that passes knows no text escaped into markup.
 */
export function scanTags(html: string): ScannedTag[] {
  const tags: ScannedTag[] = []
  let at = 0
  while ((at = html.indexOf('<', at)) !== -1) {
    const end = html.indexOf('>', at)
    if (end === -1) throw new Error(`Unclosed \`<\` at ${at}`)
    const source = html.slice(at + 1, end)
    if (source === '!doctype html') {
      at = end + 1
      continue
    }
    const match = /^(\/?)([a-z][a-z0-9]*)((?: [a-z-]+(?:="[^"<>]*")?)*)$/.exec(source)
    if (match === null) throw new Error(`Not a clean tag at ${at}: <${source.slice(0, 80)}>`)
    const attributes = [...(match[3] ?? '').matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)].map((entry) => [entry[1] as string, entry[2] ?? ''] as const)
    const name = match[2] as string
    tags.push({name, closing: match[1] === '/', attributes, index: at})
    at = end + 1
    if (!match[1] && (name === 'style' || name === 'script')) {
      at = html.indexOf(`</${name}>`, at)
      if (at === -1) throw new Error(`Unclosed <${name}>`)
    }
  }
  return tags
}

/** Turn the page's character references back into text. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[name] as string)
}

/**
 * The text inside the element whose opening tag starts at `start`, tags removed and references decoded; for a
 * span split in pieces, only this piece.
 */
export function elementText(html: string, start: number): string {
  const open = html.indexOf('>', start) + 1
  let depth = 1
  const pattern = /<(\/?)span\b[^>]*>/g
  pattern.lastIndex = open
  let match: RegExpExecArray | null
  while ((match = pattern.exec(html)) !== null) {
    depth += match[1] ? -1 : 1
    if (depth === 0) return unescapeHtml(html.slice(open, match.index).replace(/<[^<>]*>/g, ''))
  }
  throw new Error(`No end for the element at ${start}`)
}
