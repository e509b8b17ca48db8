import type {Copyright} from '../schema/article.js'
import type {Section} from '../schema/block.js'
import type {Claim, Question} from '../schema/claim.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Link} from '../schema/link.js'
import type {DateMention, Entity, Quantity} from '../schema/mentions.js'

/** The parts of the Article the claims stage reads. */
export interface ClaimsInput {
  readonly title: string | null
  readonly highlights: ReadonlyArray<string>
  readonly sections: ReadonlyArray<Section>
  readonly links: ReadonlyArray<Link>
  readonly publishedAt: string | null
  readonly copyright: Copyright | null
}

/** Settings of the claims stage. */
export interface ClaimsSettings {
  /** `options.referenceDate` as given by the caller (`YYYY-MM-DD`), if any. */
  readonly referenceDate: string | undefined
}

/** What the claims stage adds to the Article. */
export interface ClaimsResult {
  readonly entities: Entity[]
  readonly quantities: Quantity[]
  readonly dates: DateMention[]
  readonly claims: Claim[]
  readonly questions: Question[]
  readonly diagnostics: Diagnostic[]
}

/** Find the entities, quantities, dates, claims and questions of an Article (STUB until issue 4). */
export function articleToClaims(input: ClaimsInput, settings: ClaimsSettings): ClaimsResult {
  void input
  void settings
  return {entities: [], quantities: [], dates: [], claims: [], questions: [], diagnostics: []}
}
