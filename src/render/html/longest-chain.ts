/**
 * A candidate place for one item: its `position` in the document and its `drift`, how much text before it was
 * removed (input position minus document position).
 */
export interface ChainPoint {
  readonly item: number
  readonly position: number
  readonly drift: number
}

/**
 * The largest set of points, at most one per item, whose positions strictly increase while their drifts never
 * decrease (removed text only accumulates along a document); among sets of the same size, the one with the
 * smallest total of drifts as sizes (text moved ahead counts as much as text removed). A longest non-decreasing subsequence over the points sorted by position, with a Fenwick
 * tree over the drift ranks: O(n log n), no recursion. Two points of one item can never both be chosen: their
 * input position is the same, so a later document position means a smaller drift.
 *
 * @param points the candidates, in any order
 * @returns the chosen points, by position
 * @example
 * longestChain([{item: 0, position: 5, drift: 0}, {item: 0, position: 2, drift: 3}, {item: 1, position: 9, drift: 0}])
 * // → [{item: 0, position: 5, drift: 0}, {item: 1, position: 9, drift: 0}]
 */
export function longestChain(points: ReadonlyArray<ChainPoint>): ChainPoint[] {
  if (points.length === 0) return []
  const sorted = [...points].sort((a, b) => a.position - b.position)
  const drifts = [...new Set(sorted.map((point) => point.drift))].sort((a, b) => a - b)
  const rankOf = new Map(drifts.map((drift, rank) => [drift, rank + 1]))
  const size = drifts.length
  // Fenwick tree of the best chain ending at a drift rank: length, total drift, and the point that ends it.
  const treeLength = new Int32Array(size + 1)
  const treeDrift = new Float64Array(size + 1)
  const treePoint = new Int32Array(size + 1).fill(-1)
  const length = new Int32Array(sorted.length)
  const total = new Float64Array(sorted.length)
  const parent = new Int32Array(sorted.length).fill(-1)
  const better = (lengthA: number, driftA: number, lengthB: number, driftB: number): boolean =>
    lengthA > lengthB || (lengthA === lengthB && driftA < driftB)

  let groupStart = 0
  while (groupStart < sorted.length) {
    let groupEnd = groupStart
    while (groupEnd < sorted.length && (sorted[groupEnd] as ChainPoint).position === (sorted[groupStart] as ChainPoint).position) groupEnd++
    // Points at one position cannot follow each other: query all of them before any is added.
    for (let index = groupStart; index < groupEnd; index++) {
      const point = sorted[index] as ChainPoint
      let bestLength = 0
      let bestDrift = 0
      let bestPoint = -1
      for (let rank = rankOf.get(point.drift) as number; rank > 0; rank -= rank & -rank) {
        if (treePoint[rank] !== -1 && better(treeLength[rank] as number, treeDrift[rank] as number, bestLength, bestDrift)) {
          bestLength = treeLength[rank] as number
          bestDrift = treeDrift[rank] as number
          bestPoint = treePoint[rank] as number
        }
      }
      length[index] = bestLength + 1
      total[index] = bestDrift + Math.abs(point.drift)
      parent[index] = bestPoint
    }
    for (let index = groupStart; index < groupEnd; index++) {
      for (let rank = rankOf.get((sorted[index] as ChainPoint).drift) as number; rank <= size; rank += rank & -rank) {
        if (treePoint[rank] === -1 || better(length[index] as number, total[index] as number, treeLength[rank] as number, treeDrift[rank] as number)) {
          treeLength[rank] = length[index] as number
          treeDrift[rank] = total[index] as number
          treePoint[rank] = index
        }
      }
    }
    groupStart = groupEnd
  }

  let end = 0
  for (let index = 1; index < sorted.length; index++) {
    if (better(length[index] as number, total[index] as number, length[end] as number, total[end] as number)) end = index
  }
  const chain: ChainPoint[] = []
  for (let index = end; index !== -1; index = parent[index] as number) chain.push(sorted[index] as ChainPoint)
  return chain.reverse()
}
