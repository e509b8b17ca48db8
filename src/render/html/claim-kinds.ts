/**
 * The claim kinds the page knows, in the order of the legend, with what each means (docs/claims.md). A kind not
 * listed here (a newer schema, a hand-made Article) is shown in the neutral style of `other`.
 *
 * @example
 * claimKinds.map((entry) => entry.kind) // → ['statement', 'plan', 'event', 'quantitative', 'fact', 'assessment']
 */
export const claimKinds: ReadonlyArray<{readonly kind: string; readonly label: string; readonly meaning: string}> = Object.freeze([
  {kind: 'statement', label: 'statement', meaning: 'an attributed saying: someone said, reported or announced it'},
  {kind: 'plan', label: 'plan', meaning: 'an aim, target or forecast'},
  {kind: 'event', label: 'event', meaning: 'something that happened'},
  {kind: 'quantitative', label: 'quantitative', meaning: 'asserts a figure'},
  {kind: 'fact', label: 'fact', meaning: 'a neutral, checkable present state'},
  {kind: 'assessment', label: 'assessment', meaning: 'the writer’s own judgment'}
])

const known = new Set(claimKinds.map((entry) => entry.kind))

/**
 * The CSS class for a claim kind: `rx-kind-<kind>` for a known kind, `rx-kind-other` for any other string, so
 * an unexpected kind never becomes an arbitrary class name.
 *
 * @param kind the claim's `kind`
 * @returns a class name
 * @example
 * kindClass('event') // → 'rx-kind-event'
 * kindClass('rumour') // → 'rx-kind-other'
 */
export function kindClass(kind: string): string {
  return known.has(kind) ? `rx-kind-${kind}` : 'rx-kind-other'
}
