import type {Article, Diagnostic} from '../index.js'

/** How many diagnostics the summary shows; the rest are counted. */
const TOP_DIAGNOSTICS = 3

const severityRank: Readonly<Record<Diagnostic['severity'], number>> = Object.freeze({error: 0, warning: 1, info: 2})

/**
 * Render an Article as the human-readable summary of `--format summary`: title, date, highlights, counts of
 * claims, entities, quantities, dates and repairs, and the most severe diagnostics.
 *
 * @param article the parsed Article
 * @param name the input's name as the user gave it (a path, or `<stdin>`)
 * @returns the summary, ending in a newline
 * @example
 * articleToSummary(article, 'seeds/a.txt').split('\n')[0] // '== seeds/a.txt'
 */
export function articleToSummary(article: Article, name: string): string {
  const lines = [`== ${name}`, `Title:       ${article.title ?? '(none)'}`, `Published:   ${article.publishedAt ?? '(unknown)'}`]
  if (article.author !== null) lines.push(`Author:      ${article.author}`)
  lines.push(`Highlights:  ${article.highlights.length}`)
  for (const highlight of article.highlights) lines.push(`  - ${highlight}`)
  lines.push(
    `Counts:      ${plural(article.claims.length, 'claim')}, ${plural(article.entities.length, 'entity', 'entities')}, ` +
      `${plural(article.quantities.length, 'quantity', 'quantities')}, ${plural(article.dates.length, 'date')}, ` +
      `${plural(article.sections.length, 'section')}, ${plural(article.links.length, 'link')}`,
    `Encoding:    ${article.encoding.source}, ${plural(article.encoding.repairs.length, 'repair')}${damageNote(article)}`,
    `Diagnostics: ${diagnosticCounts(article.diagnostics)}`
  )
  const top = [...article.diagnostics]
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
    .slice(0, TOP_DIAGNOSTICS)
  for (const diagnostic of top) {
    const where = diagnostic.place ? ` (${diagnostic.place.line}:${diagnostic.place.column})` : ''
    lines.push(`  ${diagnostic.severity} ${diagnostic.ruleId}${where}: ${diagnostic.reason}`)
  }
  if (article.diagnostics.length > top.length) lines.push(`  … and ${article.diagnostics.length - top.length} more`)
  return `${lines.join('\n')}\n`
}

function damageNote(article: Article): string {
  const kinds = article.encoding.damage.filter((entry) => entry.count > 0).map((entry) => `${entry.kind} ×${entry.count}`)
  return kinds.length > 0 ? ` (${kinds.join(', ')})` : ''
}

function diagnosticCounts(diagnostics: ReadonlyArray<Diagnostic>): string {
  if (diagnostics.length === 0) return 'none'
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, diagnostics.filter((d) => d.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
  return counts.map(([severity, count]) => plural(count, severity)).join(', ')
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
