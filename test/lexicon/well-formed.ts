/**
 * The entries of a vocabulary list that break its form: not lower case, not trimmed, a run of spaces, empty,
 * or a repeat of an earlier entry. An empty result means the list is well formed.
 *
 * @example
 * malformed(['say', 'Say', 'say ']) // → ['Say (not lower case)', 'say  (not trimmed)']
 */
export function malformed(list: Iterable<string>): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  for (const entry of list) {
    if (entry !== entry.toLowerCase()) problems.push(`${entry} (not lower case)`)
    else if (entry !== entry.trim() || entry === '') problems.push(`${entry} (not trimmed)`)
    else if (entry.includes('  ')) problems.push(`${entry} (a run of spaces)`)
    else if (seen.has(entry)) problems.push(`${entry} (repeated)`)
    seen.add(entry)
  }
  return problems
}
