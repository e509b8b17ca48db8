import {finiteSayingForms, sayingHomographs} from '../lexicon/saying.js'
import {isSpaceCode} from '../structure/is-space-code.js'
import {isPersonWord, quoteOrComma, speakerBefore, titleWords} from './name-words.js'
import type {ProperName} from './proper-names.js'
import {isCapitalized, type Token} from './tokenize.js'

/**
 * A person (two or three words) or other name (one word) where news names a speaker or gives a role: before a
 * verb of saying (also past an aside: `Zhou Lan, speaking at …, said`), before `, <role>` (`Liu Peixun,
 * Chairman`, `Rosa Delgado, an analyst at …`, `Sun Meiling, a consultant who …`), before `, who`, before `of`
 * and a known organization (`Yuki Tanabe of JOGMEC`); or after `according to`, a lower-case title, or a verb of
 * saying after a quotation or a comma (`,” wrote Lena Fairbrook`).
 *
 * @param tokens the text's tokens
 * @param text the text
 * @param first the run's first token
 * @param last the run's last token
 * @param placed per token: 2 where a known place or material stands
 * @returns the person (or, for one word, `other`), or `undefined`
 * @example
 * const text = 'Rosa Delgado, an analyst at CRU, said so.'
 * personBeforeCue(tokenize(text), text, 0, 1, []) // → {type: 'person', first: 0, last: 1}
 */
export function personBeforeCue(
  tokens: ReadonlyArray<Token>,
  text: string,
  first: number,
  last: number,
  placed: ArrayLike<number>
): ProperName | undefined {
  const count = last - first + 1
  // `Shanghai Metals said`: a known place or material is not part of a person's name, nor is a company word.
  for (let index = first; index <= last; index++) {
    if (placed[index] === 2 || !isPersonWord(tokens[index])) return undefined
  }
  const firstToken = tokens[first] as Token
  const lastToken = tokens[last]
  const next = tokens[last + 1]
  if (!lastToken || count > 3) return undefined
  // `according to Li Wei`, `…, said Li Wei`: two or three words after a cue that introduces a speaker; and
  // after a title in lower case (`says analyst Neha Mukherjee`, `chief executive Jane Roe`).
  const before = tokens[first - 1]
  const spacedBefore = before !== undefined && isSpaces(text, before.end, firstToken.start)
  const titledBefore = spacedBefore && titleWords.has((before as Token).text)
  // `,” wrote Lena Fairbrook.` but not `…, said Meridian Magnet Works had …`: the name ends the clause there.
  const saidBefore =
    spacedBefore &&
    finiteSayingForms.has((before as Token).lower) &&
    (before as Token).text === (before as Token).lower &&
    quoteOrComma.test(text.slice(Math.max(0, (before as Token).start - 3), (before as Token).start)) &&
    (next === undefined || hasCode(text, lastToken.end, next.start, clausePunctuation) || clauseEnders.has(next.lower))
  const afterCue = before !== undefined && (before.lower === 'to' || before.lower === 'said' || before.lower === 'says' || before.lower === 'added' || before.lower === 'noted' || before.lower === 'reporters') &&
    speakerBefore.test(text.slice(Math.max(0, firstToken.start - 16), firstToken.start).toLowerCase())
  if (count >= 2 && (titledBefore || saidBefore || afterCue)) return {type: 'person', first, last}
  // `according to Vance`: one word where a speaker stands, a surname or a short name (`linkNames` may join it).
  if (count === 1 && afterCue && before?.lower === 'to') return {type: 'other', first, last}
  if (!next) return undefined
  const spaced = isSpaces(text, lastToken.end, next.start)
  const comma = !spaced && text.charCodeAt(lastToken.end) === 0x2c && isSpaces(text, lastToken.end + 1, next.start, true)
  // `The company’s spokeswoman, Amelia Grant, said`: a name between commas right before the verb.
  const saying = (spaced || (comma && count >= 2)) && isSayingAt(tokens, last + 1)
  const titled = comma && (isRoleAt(tokens, last + 1) || next.lower === 'who')
  const ofOrganization = spaced && next.lower === 'of' && count >= 2 && isKnownOrganizationAt(tokens, last + 2, placed)
  const sayingAfterAside = comma && count >= 2 && sayingAfterComma(tokens, text, last + 1)
  if (!saying && !titled && !ofOrganization && !sayingAfterAside) return undefined
  // One capitalized word opening a sentence (`Leadership emphasized`) is more often a common noun than a name.
  const opening = /(?:^|[.!?:]\s*)$/u.test(text.slice(Math.max(0, firstToken.start - 3), firstToken.start))
  const capitalTitle = comma && isCapitalized(next.text) && titleWords.has(next.lower)
  if (count === 1 && (opening || (!saying && !capitalTitle))) return undefined
  return {type: count === 1 ? 'other' : 'person', first, last}
}

// After a speaker named after `said`, what shows the name ends the clause (`, said Li Wei.`, `wrote Li Wei in …`).
const clausePunctuation: ReadonlyArray<number> = [0x2c, 0x2e, 0x3b, 0x3a]
const clauseEnders: ReadonlySet<string> = new Set(['in', 'at', 'on', 'of', 'for', 'to'])

/** Is `text[from, to)` white space (and not empty, unless `allowEmpty`)? Read by code, with no copy. */
function isSpaces(text: string, from: number, to: number, allowEmpty = false): boolean {
  if (from >= to) return allowEmpty
  for (let at = from; at < to; at++) if (!isSpaceCode(text.charCodeAt(at))) return false
  return true
}

/** Does `text[from, to)` hold one of `codes`? */
function hasCode(text: string, from: number, to: number, codes: ReadonlyArray<number>): boolean {
  for (let at = from; at < to; at++) if (codes.includes(text.charCodeAt(at))) return true
  return false
}

/** A finite verb of saying at `index` (`says`, `argued`; a form that is also a noun only before `that`). */
function isSayingAt(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]
  if (!token || token.text !== token.lower || !finiteSayingForms.has(token.lower)) return false
  return !sayingHomographs.has(token.lower) || token.lower === 'said' || tokens[index + 1]?.lower === 'that'
}

/** A role after a name and a comma: a title, after an article and up to two modifiers (`, a metals trader`). */
function isRoleAt(tokens: ReadonlyArray<Token>, index: number): boolean {
  let at = index
  const article = tokens[at]?.lower
  if (article === 'a' || article === 'an' || article === 'the' || article === 'its' || article === 'their') at += 1
  for (let modifiers = 0; modifiers <= 2; modifiers++) {
    const word = tokens[at + modifiers]
    if (!word) return false
    if (titleWords.has(word.lower)) return true
  }
  return false
}

/** A known organization (or a person's employer named by the gazetteer) at `index`, after an optional `the`. */
function isKnownOrganizationAt(tokens: ReadonlyArray<Token>, index: number, placed: ArrayLike<number>): boolean {
  const at = tokens[index]?.lower === 'the' ? index + 1 : index
  return placed[at] === 1
}

/** `, speaking at the association's meeting, said`: an aside of up to 30 words, then a comma and a verb of saying. */
function sayingAfterComma(tokens: ReadonlyArray<Token>, text: string, index: number): boolean {
  for (let at = index + 1; at < Math.min(tokens.length, index + 30); at++) {
    const from = (tokens[at - 1] as Token).end
    const to = (tokens[at] as Token).start
    // Nearly every gap is one space: nothing to look for in it.
    if (to === from + 1 && text.charCodeAt(from) === 0x20) continue
    if (hasCode(text, from, to, sentencePunctuation)) return false
    if (hasCode(text, from, to, commaCode)) return isSayingAt(tokens, at)
  }
  return false
}

const sentencePunctuation: ReadonlyArray<number> = [0x2e, 0x3b, 0x3a, 0x21, 0x3f]
const commaCode: ReadonlyArray<number> = [0x2c]
