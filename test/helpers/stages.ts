import {textUnits} from '../../src/article/text-units.js'
import {mentionsToClaims} from '../../src/claims/mentions-to-claims.js'
import {unitsToMentions} from '../../src/mentions/units-to-mentions.js'
import type {Copyright, Link, Section} from '../../src/index.js'

/** The parts of an Article that the mentions and claims stages read. */
export interface StageInput {
  readonly title: string | null
  readonly highlights: ReadonlyArray<string>
  readonly sections: ReadonlyArray<Section>
  readonly links: ReadonlyArray<Link>
  readonly publishedAt: string | null
  readonly copyright: Copyright | null
  readonly credits?: ReadonlyArray<string>
}

/** Run stages 4 and 5 (mentions, then claims) on hand-made Article parts, as `parseArticle` runs them. */
export function mentionsAndClaims(input: StageInput, settings: {referenceDate: string | undefined}) {
  const units = textUnits(input.title, input.highlights, input.sections, input.credits ?? [])
  const mentions = unitsToMentions(units, {referenceDate: settings.referenceDate, publishedAt: input.publishedAt, copyright: input.copyright})
  const {claims, questions} = mentionsToClaims(mentions, input.links)
  return {entities: mentions.entities, quantities: mentions.quantities, dates: mentions.dates, claims, questions, diagnostics: mentions.messages}
}

/**
 * Run the mentions and claims stages on body paragraphs (or one highlight), with a reference date (default
 * `2025-11-20`; `null` for none): the shape most claim tests need.
 */
export function readParagraphs(paragraphs: ReadonlyArray<string>, options: {referenceDate?: string | null; highlight?: boolean} = {}) {
  const sections = options.highlight ? [] : [{heading: null, blocks: paragraphs.map((text) => ({type: 'paragraph' as const, text}))}]
  const highlights = options.highlight ? paragraphs : []
  const referenceDate = options.referenceDate === null ? undefined : (options.referenceDate ?? '2025-11-20')
  return mentionsAndClaims({title: null, highlights, sections, links: [], publishedAt: null, copyright: null}, {referenceDate})
}

/** The claim of the last paragraph whose text is `sentence` (default: the whole last paragraph), or `undefined`. */
export function claimOf(paragraphs: ReadonlyArray<string>, options: {referenceDate?: string | null; highlight?: boolean; sentence?: string} = {}) {
  const result = readParagraphs(paragraphs, options)
  const wanted = options.sentence ?? paragraphs.at(-1)
  return result.claims.find((claim) => claim.text === wanted)
}
