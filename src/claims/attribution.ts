import type {Attribution} from '../schema/claim.js'

/**
 * A named thing in a sentence, with offsets relative to the sentence.
 *
 * @example
 * const name: NamedSpan = {name: 'Song Zhiping', type: 'person', start: 22, end: 34}
 */
export interface NamedSpan {
  readonly name: string
  readonly type: string
  readonly start: number
  readonly end: number
}

// Cues that put the source after them (`according to Reuters`, `as reported in Yicai Global`).
// Only the first letter may be a capital (`According to`): no `i` flag, which makes V8's regexes slower.
const sourceAfter = /\b(?:[Aa]ccording to|[Aa]s reported (?:in|by)|[Rr]eported (?:in|by)|[Aa]s cited (?:in|by)|[Cc]ited by|[Qq]uoted (?:in|by)|[Aa]s stated (?:in|by)|[Vv]ia)\s/gu
// Verbs of saying that put the source before them (`Song Zhiping praised`), or after (`, said Jane Roe`).
const sayingVerb =
  /\b(?:said|says|told|noted|stated|added|explained|wrote|argued|warned|praised|pledged|announced|claimed|confirmed|emphasized|emphasised|stressed|urged|remarked|commented|insisted|predicted|acknowledged|vowed|promised|reported|disclosed|revealed|declared|estimated|forecast|expects|projected)\b/gu
// The same patterns without `g`, to test for any cue before paying for `matchAll` (most sentences hold none).
const anySourceAfter = new RegExp(sourceAfter.source, 'u')
const anySayingVerb = new RegExp(sayingVerb.source, 'u')
const maxCues = 8
const appositive = /^,[^,.;]{1,80},\s*$/u
// A ticker or short note in brackets between a name and its verb: `MP Materials (NYSE: MP) announced`.
const parenthetical = /^\s*\([^()]{1,40}\)\s*$/u
// `added` says something only before what was said (`added that`, `, he added.`), not in `added X to a list`.
const addedSaying = /^(?:\s+that\b|\s*[,.:;"\u201C\u201D]|\s*$)/u
const onlySpace = /^\s*$/u
// Before an inverted verb (`, said Jane Roe`): a comma, or the end of a quotation (`,” said`, `?” said`).
const invertedBefore = /(?:,|[,?!]["\u201D\u2019'])\s*$/u
// Between an inverted verb and its source: space, and up to three title words (`said Senator Tom Cotton`).
const titleGap = /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u
const leadingArticle = /^(?:the\s)?$/iu

/**
 * Find who a sentence is attributed to: a named entity (or a link anchor) before a verb of saying (`Song
 * Zhiping praised`, `Lynas, the miner, said`), after one (`, said Jane Roe`, `,” said Senator Tom Cotton`), or
 * after `according to` / `as reported in`. Pronouns and the writer (`we stated`) are not sources.
 *
 * @param sentence the sentence text
 * @param names named things in the sentence (entities and link anchors), offsets relative to the sentence; or
 *   a function that lists them, called only when the sentence holds a cue
 * @returns the attribution, or `null`
 * @example
 * findAttribution('It grew, as reported in Yicai Global.', [{name: 'Yicai Global', type: 'organization', start: 24, end: 36}])
 * // → {source: 'Yicai Global', cue: 'as reported in'}
 */
export function findAttribution(sentence: string, names: ReadonlyArray<NamedSpan> | (() => ReadonlyArray<NamedSpan>)): Attribution | null {
  // Most sentences hold no cue: the names are only listed (and `names` only called) once one is found.
  let listed: NamedSpan[] | undefined
  const namedSources = (): NamedSpan[] => (listed ??= (typeof names === 'function' ? names() : names).filter((name) => name.type !== 'material'))
  // The first few cues decide; a run-on text with thousands of cues must not cost cues × names.
  let budget = maxCues
  for (const match of anySourceAfter.test(sentence) ? sentence.matchAll(sourceAfter) : []) {
    if ((budget -= 1) < 0) break
    const cueEnd = match.index + match[0].length
    const source = namedSources().find((name) => name.start >= cueEnd && leadingArticle.test(sentence.slice(cueEnd, name.start)))
    if (source) return {source: source.name, cue: match[0].trim().toLowerCase()}
  }
  budget = maxCues
  for (const match of anySayingVerb.test(sentence) ? sentence.matchAll(sayingVerb) : []) {
    if ((budget -= 1) < 0) break
    const cueStart = match.index
    const cueEnd = cueStart + match[0].length
    if (match[0] === 'added' && !addedSaying.test(sentence.slice(cueEnd, cueEnd + 8))) continue
    // The nearest name before the verb: right before it, or before an appositive (`Liu, Chairman of X, said`).
    const sources = namedSources()
    const before = sources
      .filter((name) => name.end <= cueStart)
      .filter((name) => {
        const gap = sentence.slice(name.end, cueStart)
        return onlySpace.test(gap) || appositive.test(gap) || parenthetical.test(gap)
      })
      .sort((a, b) => b.end - a.end || rank(a) - rank(b))[0]
    if (before) return {source: before.name, cue: match[0]}
    const after = invertedBefore.test(sentence.slice(Math.max(0, cueStart - 4), cueStart))
      ? sources.find((name) => name.start >= cueEnd && titleGap.test(sentence.slice(cueEnd, name.start)))
      : undefined
    if (after) return {source: after.name, cue: match[0]}
  }
  return null
}

/** People are the likeliest sources, then organizations. */
function rank(name: NamedSpan): number {
  return name.type === 'person' ? 0 : name.type === 'organization' ? 1 : 2
}
