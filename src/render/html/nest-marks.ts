import {escapeHtml, htmlAttributes} from './escape-html.js'

/**
 * A span of one text to wrap in a `<span>`: `start`/`end` are UTF-16 offsets (`end` exclusive). `layer` orders
 * spans that cover the same characters, outermost first (claims 0, links 1, mentions 2, repairs 3), so that a
 * claim stays one element and the spans inside it are the ones split when two spans cross.
 */
export interface Mark {
  readonly start: number
  readonly end: number
  readonly layer: number
  /** Attributes of every piece of the span (its class, `data-ref`, …). */
  readonly attributes: Readonly<Record<string, string>>
  /** Attributes of the first piece only (an `id`, a `tabindex`): a span split in pieces is still one target. */
  readonly first?: Readonly<Record<string, string>>
}

/**
 * Write a text as HTML with its marks as nested `<span>` elements. The text is cut at every mark boundary
 * (sorted once), and at each cut the open elements are compared with the marks that cover the next piece: only
 * the elements that differ are closed and opened, so overlapping spans always nest, and a span that crosses
 * an outer one is split into pieces (the later pieces get the class `rx-cont`) rather than mis-nested. Text is
 * never searched or replaced, so a mark can never land on the wrong occurrence of a word. Marks outside the text
 * or empty are ignored. No recursion, and the work grows with the text plus the marks times the marks open at
 * one place.
 *
 * @param text the text (untrusted: every character is escaped)
 * @param marks the spans to wrap, in any order
 * @returns HTML
 * @example
 * nestMarks('Lynas said so', [
 *   {start: 0, end: 13, layer: 0, attributes: {class: 'c'}},
 *   {start: 0, end: 5, layer: 2, attributes: {class: 'm'}}
 * ])
 * // → '<span class="c"><span class="m">Lynas</span> said so</span>'
 */
export function nestMarks(text: string, marks: ReadonlyArray<Mark>): string {
  const usable = marks
    .filter((mark) => Number.isInteger(mark.start) && Number.isInteger(mark.end) && mark.start >= 0)
    .filter((mark) => mark.start < mark.end && mark.end <= text.length)
  if (usable.length === 0) return escapeHtml(text)

  const byStart = [...usable].sort((a, b) => a.start - b.start)
  const cuts = [...new Set([0, text.length, ...usable.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b)
  const rank = new Map(usable.map((mark, index) => [mark, index]))
  const opened = new Set<Mark>()
  let html = ''
  let stack: Mark[] = []
  let active: Mark[] = []
  let next = 0

  for (let index = 0; index < cuts.length - 1; index++) {
    const from = cuts[index] as number
    const to = cuts[index + 1] as number
    active = active.filter((mark) => mark.end > from)
    while (next < byStart.length && (byStart[next] as Mark).start === from) active.push(byStart[next++] as Mark)
    const wanted = [...active].sort((a, b) => a.layer - b.layer || a.start - b.start || b.end - a.end || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    let same = 0
    while (same < stack.length && same < wanted.length && stack[same] === wanted[same]) same++
    for (let depth = stack.length - 1; depth >= same; depth--) html += '</span>'
    for (const mark of wanted.slice(same)) {
      html += openTag(mark, opened.has(mark))
      opened.add(mark)
    }
    stack = wanted
    html += escapeHtml(text.slice(from, to))
  }
  for (let depth = stack.length - 1; depth >= 0; depth--) html += '</span>'
  return html
}

function openTag(mark: Mark, continued: boolean): string {
  if (!continued) return `<span${htmlAttributes({...mark.attributes, ...mark.first})}>`
  const className = mark.attributes.class
  return `<span${htmlAttributes({...mark.attributes, class: className ? `${className} rx-cont` : 'rx-cont'})}>`
}
