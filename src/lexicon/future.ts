/**
 * Future and intention: the words that make a claim a `plan` (an aim, target, schedule or forecast, not yet
 * done). The basis is the future-time constructions of the reference grammars (Quirk et al. 1985 §4.41-4.49:
 * `will`/`shall`, `be going to`, `be to`, `be about to`, the present for a timetable) and the verbs of
 * intention and scheduling of business and policy news (Biber et al. 1999 §6.6 "verbs of desire and
 * intention"; the AP Stylebook's advice to attribute forecasts). Lower case, as the words stand in the text.
 *
 * Groups:
 * - `modal`: `will`, `shall`, `would` (the engine skips the noun `will`: `political will`, `at will`; and
 *   `would` in reported speech, where the sentence is a statement anyway).
 * - `schedule`: a timetable or an arrangement (`is set to`, `is due to`, `is scheduled to`, `is to`, `on track
 *   to`, `takes effect`).
 * - `intention`: a party's aim (`aims to`, `plans to`, `intends to`, `hopes to`, `seeks to`, `wants to`,
 *   `targets`, `is preparing to`, `is seeking`).
 *
 * Left out on purpose: verbs of saying that commit to something (`pledges`, `vows`, `promises`, `expects`):
 * with a subject they relay a party's word and make the claim a `statement` (see `saying.ts`); past forms of
 * intention (`planned to`, `aimed to`), which report an intention that may be over; and `due to` without a
 * form of `be` before it, which means "because of".
 *
 * @example
 * futureCues.find((cue) => cue.text === 'is set to') // → {text: 'is set to', group: 'schedule'}
 */
export const futureCues: ReadonlyArray<FutureCue> = Object.freeze([
  ...rows('modal', ['will', 'shall', 'would', 'will not', 'would not', 'is going to', 'are going to', 'going to']),
  ...rows('schedule', [
    'is set to', 'are set to', 'is due to', 'are due to', 'is scheduled to', 'are scheduled to', 'scheduled to',
    'is slated to', 'are slated to', 'slated to', 'is poised to', 'are poised to', 'poised to', 'is on track to',
    'are on track to', 'on track to', 'is on course to', 'on course to', 'is about to', 'are about to', 'is to be',
    'are to be', 'is expected to', 'are expected to', 'takes effect', 'take effect', 'comes into force',
    'come into force', 'enters into force', 'enter into force', 'is to', 'are to', 'is due', 'are due',
    'is planned for', 'are planned for', 'is planned', 'are planned'
  ]),
  ...rows('intention', [
    'aims to', 'aim to', 'aiming to', 'aims for', 'plans to', 'plan to', 'planning to', 'plans', 'intends to',
    'intend to', 'intending to', 'hopes to', 'hope to', 'hoping to', 'seeks to', 'seek to', 'seeking to',
    'is seeking', 'are seeking', 'wants to', 'want to', 'targets', 'target', 'is targeting', 'are targeting',
    'targeting', 'is preparing to', 'are preparing to', 'prepares to', 'is planning', 'are planning',
    'proposes to', 'propose to', 'commits to', 'is committed to', 'are committed to', 'is working to',
    'are working to', 'is looking to', 'are looking to', 'is pushing to', 'intends', 'envisages', 'envisions',
    'is preparing', 'are preparing', 'a goal of', 'a target of', 'goals of', 'targets of', 'benchmarks of'
  ])
])

/**
 * The group of a future cue.
 *
 * @example
 * const group: FutureGroup = 'schedule'
 */
export type FutureGroup = 'modal' | 'schedule' | 'intention'

/**
 * One future cue: its lower-case words and its group.
 *
 * @example
 * const cue: FutureCue = {text: 'aims to', group: 'intention'}
 */
export interface FutureCue {
  readonly text: string
  readonly group: FutureGroup
}

function rows(group: FutureGroup, texts: ReadonlyArray<string>): FutureCue[] {
  return texts.map((text) => Object.freeze({text, group}))
}
