import type {ClaimKind} from '../schema/claim.js'

/**
 * The features checkworthiness is computed from (docs/claims.md explains each weight).
 *
 * @example
 * checkworthiness({kind: 'event', quantityKinds: [], datePrecisions: ['day'], namedEntities: 2, attributed: false,
 *   linked: false, hedged: false, evaluative: false, words: 12}) // → 0.55
 */
export interface CheckworthinessFeatures {
  readonly kind: ClaimKind
  /** Kinds of the figures in the claim (`money`, `count`, …). */
  readonly quantityKinds: ReadonlyArray<string>
  /** Precisions of the dates in the claim. */
  readonly datePrecisions: ReadonlyArray<string>
  /** Distinct organizations, people and places (materials do not count). */
  readonly namedEntities: number
  readonly attributed: boolean
  readonly linked: boolean
  readonly hedged: boolean
  readonly evaluative: boolean
  readonly words: number
}

const kindWeight: Readonly<Record<ClaimKind, number>> = Object.freeze({
  quantitative: 0.1,
  event: 0.1,
  statement: 0.05,
  fact: 0.05,
  plan: 0,
  assessment: -0.15
})

/**
 * Score how worth checking a claim is, from 0 to 1: figures, dates, named actors, a source and a link make it
 * checkable; hedges, judgment and brevity make it less so. Additive weights, clamped and rounded to 0.01.
 *
 * @param features the claim's features
 * @returns the score
 * @example
 * checkworthiness({kind: 'quantitative', quantityKinds: ['money'], datePrecisions: [], namedEntities: 1,
 *   attributed: false, linked: true, hedged: false, evaluative: false, words: 14}) // → 0.7
 */
export function checkworthiness(features: CheckworthinessFeatures): number {
  let score = 0.1
  if (features.quantityKinds.length > 0) score += 0.2
  if (features.quantityKinds.some((kind) => kind !== 'count')) score += 0.1
  if (features.datePrecisions.length > 0) score += 0.1
  if (features.datePrecisions.includes('day')) score += 0.05
  if (features.namedEntities > 0) score += 0.15
  if (features.namedEntities > 1) score += 0.05
  if (features.attributed) score += 0.1
  if (features.linked) score += 0.05
  score += kindWeight[features.kind]
  if (features.hedged) score -= 0.15
  if (features.evaluative) score -= 0.05
  if (features.words < 6) score -= 0.1
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100
}
