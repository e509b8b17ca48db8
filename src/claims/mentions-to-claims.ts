import type {TextUnit} from '../article/text-unit.js'
import type {Claim, Question} from '../schema/claim.js'
import type {Link} from '../schema/link.js'
import type {Mentions} from '../mentions/units-to-mentions.js'
import {sentencesToClaims} from './sentences-to-claims.js'

/**
 * What the claims stage gives.
 *
 * @example
 * const result: ClaimsResult = {claims: [], questions: []}
 */
export interface ClaimsResult {
  readonly claims: Claim[]
  readonly questions: Question[]
}

/**
 * The claims stage (SPEC §5): the sentences of the title, highlights and body, each read with the mentions the
 * mentions stage found in it (its tokens are shared, not made again), become claims (kind, attribution,
 * hedging, checkworthiness) or questions. Ids are `c1…` and `k1…` in reading order. A sentence the end of the
 * input cut off (the article stage's `truncated-input`) is never a claim.
 *
 * @param mentions the mentions stage's result
 * @param links the Article's links (a claim lists those in its sentence)
 * @param cutOff (optional) the text unit whose last sentence the end of the input cut off
 * @returns claims and questions
 * @example
 * mentionsToClaims(unitsToMentions(units, settings), []).claims[0]?.kind // → 'quantitative'
 */
export function mentionsToClaims(mentions: Mentions, links: ReadonlyArray<Link>, cutOff: TextUnit | null = null): ClaimsResult {
  // Ids are `e1…` in the order of `entities`: the name of an id is found by its number, with no map to build.
  const {entities} = mentions
  const entityName = (id: string): string | undefined => entities[Number(id.slice(1)) - 1]?.name
  return sentencesToClaims(mentions.units, links, {reference: mentions.reference, entityName, cutOff, words: mentions.words})
}
