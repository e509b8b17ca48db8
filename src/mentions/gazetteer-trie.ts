import type {GazetteerEntry} from '../lexicon/gazetteer/types.js'
import {foldCase, isCapitalized, tokenize, type Token} from './tokenize.js'

/**
 * A word of an alias with the case a text word must have to match it, decided once when the trie is built:
 * `exact` (short or mixed-case words: `MP`, `NdPr`, compared with accents folded), `capitalized`, or `any`.
 */
interface AliasToken {
  readonly fit: 'exact' | 'capitalized' | 'any'
  /** The word with accents folded (compared for `exact`). */
  readonly folded: string
}

/** One alias of an entry, as the tokens it must match. */
interface AliasRef {
  readonly entry: GazetteerEntry
  readonly tokens: ReadonlyArray<AliasToken>
}

/**
 * A node of the token trie: the next tokens (folded) and the aliases that end here.
 *
 * @example
 * buildTrie(gazetteer).next.has('lynas') // → true
 */
export interface TrieNode {
  readonly next: ReadonlyMap<string, TrieNode>
  readonly ends: ReadonlyArray<AliasRef>
  /**
   * (optional, root only) Which first words exist, by shape: bit `length` of entry `first * 128 + last` (ASCII
   * first and last letters, length up to 15) is set when some key of `next` has that shape. Most words of a
   * text have no such shape, and a bit test is much cheaper than looking the word up.
   */
  readonly shapes?: Uint16Array
}

/**
 * A gazetteer entry matched over tokens `[first, last]` (inclusive token indices).
 *
 * @example
 * matchTrie(trie, tokenize('Lynas grew'), 'Lynas grew')[0] // → {entry: {name: 'Lynas Rare Earths', …}, first: 0, last: 0}
 */
export interface TrieMatch {
  readonly entry: GazetteerEntry
  readonly first: number
  readonly last: number
}

interface MutableNode {
  next: Map<string, MutableNode>
  ends: AliasRef[]
}

/** Can a word of this shape be a key of the root's `next`? Words of other shapes are always looked up. */
function mayStart(shapes: Uint16Array | undefined, word: string): boolean {
  if (!shapes) return true
  const first = word.charCodeAt(0)
  const last = word.charCodeAt(word.length - 1)
  if (first >= 128 || last >= 128 || word.length > 15) return true
  return ((shapes[first * 128 + last] as number) & (1 << word.length)) !== 0
}

/**
 * Build a token trie over the names and aliases of gazetteer entries, once: matching a text is then one walk
 * per token, whatever the size of the gazetteer.
 *
 * @param entries the gazetteer
 * @returns the root node
 * @example
 * const root = buildTrie(gazetteer)
 * root.next.get('lynas')?.ends[0]?.entry.name // → 'Lynas Rare Earths'
 */
export function buildTrie(entries: ReadonlyArray<GazetteerEntry>): TrieNode {
  const root: MutableNode = {next: new Map(), ends: []}
  for (const entry of entries) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const tokens = tokenize(alias)
      if (tokens.length === 0) continue
      let node = root
      for (const token of tokens) {
        let child = node.next.get(token.lower)
        if (!child) {
          child = {next: new Map(), ends: []}
          node.next.set(token.lower, child)
        }
        node = child
      }
      if (!node.ends.some((ref) => ref.entry === entry)) node.ends.push({entry, tokens: tokens.map((t) => toAliasToken(t.text))})
    }
  }
  const shapes = new Uint16Array(128 * 128)
  for (const key of root.next.keys()) {
    const first = key.charCodeAt(0)
    const last = key.charCodeAt(key.length - 1)
    if (first < 128 && last < 128 && key.length <= 15) shapes[first * 128 + last] = (shapes[first * 128 + last] as number) | (1 << key.length)
  }
  return {...root, shapes}
}

// Company-form words after a known name extend its mention (`Lynas` + `Corp.`), and `,` may precede them.
const corporateSuffixes = new Set(['group', 'co', 'ltd', 'inc', 'corp', 'corporation', 'limited', 'holdings', 'plc', 'llc', 'company', 'high', 'hi', 'tech'])
const commaSuffixes = new Set(['ltd', 'inc', 'llc', 'limited', 'plc', 'corp', 'co'])

// Spaces, hyphens, apostrophes, and `โ` (the lossy-Thai mojibake of `’`) may join the words of a name.
const gapChar = /^[\s\-\u2010\u2011\u2013'\u2019\u0e42]$/u

// Domains that end a site's name (`Mining.com`, `MINING.COM`).
const topLevelDomains: ReadonlySet<string> = new Set(['com', 'net', 'org', 'io', 'co', 'au', 'cn', 'uk', 'info', 'biz', 'news', 'COM'])

/**
 * True when the characters between two tokens may sit inside one name: spaces, hyphens and apostrophes
 * (`Bayan-Obo`, `People's`), a period after a short token (`U.S.`, `Co.`), a comma before `Ltd`/`Inc`.
 *
 * @example
 * isNameGap(tokenize('China. Northern'), 'China. Northern', 0) // → false
 */
export function isNameGap(tokens: ReadonlyArray<Token>, text: string, index: number): boolean {
  const left = tokens[index]
  const right = tokens[index + 1]
  if (!left || !right) return false
  // Nearly every gap is one space: no slice, no loop.
  if (right.start - left.end === 1 && text.charCodeAt(left.end) === 32) return true
  const gap = text.slice(left.end, right.start)
  if (gap.length > 3) return false
  // A site's name holds its domain (`Mining.com`): a period glued to a top-level domain joins the name.
  if (gap === '.' && topLevelDomains.has(right.text)) return true
  for (const char of gap) {
    if (char === '.') {
      if (left.text.length > 3) return false
    } else if (char === ',') {
      if (!commaSuffixes.has(right.lower)) return false
    } else if (!gapChar.test(char)) {
      return false
    }
  }
  return true
}

/** An alias word's case rule: short or mixed-case words match exactly, capitalized ones need a capital. */
function toAliasToken(word: string): AliasToken {
  const hasInnerUpper = word.slice(1) !== word.slice(1).toLowerCase()
  if (word.length <= 3 || hasInnerUpper) return {fit: 'exact', folded: foldAccents(word)}
  return {fit: isCapitalized(word) ? 'capitalized' : 'any', folded: word}
}

/** Does a text token satisfy the case of an alias token? */
function caseFits(aliasToken: AliasToken, token: Token): boolean {
  if (aliasToken.fit === 'exact') return aliasToken.folded === foldAccents(token.text)
  if (aliasToken.fit === 'capitalized') return isCapitalized(token.text)
  return true
}

const nonAscii = /[^\0-\x7f]/u

function foldAccents(word: string): string {
  // ASCII words (nearly all) have no accents to fold.
  return nonAscii.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word
}

/**
 * Find gazetteer names in tokenized text: leftmost-longest, non-overlapping. A match is extended over
 * corporate suffixes that follow it (`Lynas` `Corp`).
 *
 * @param root the trie of `buildTrie`
 * @param tokens the tokens of `text`
 * @param text the text
 * @returns the matches, in order
 * @example
 * matchTrie(buildTrie(gazetteer), tokenize('Lynas Corp. and MP Materials'), 'Lynas Corp. and MP Materials').length // → 2
 */
export function matchTrie(root: TrieNode, tokens: ReadonlyArray<Token>, text: string): TrieMatch[] {
  const matches: TrieMatch[] = []
  let index = 0
  while (index < tokens.length) {
    const found = mayStart(root.shapes, (tokens[index] as Token).lower) ? longestAt(root, tokens, text, index) : undefined
    if (!found) {
      index += 1
      continue
    }
    let last = found.last
    if (found.entry.type === 'organization') {
      while (isNameGap(tokens, text, last) && corporateSuffixes.has(tokens[last + 1]?.lower ?? '') && isCapitalized(tokens[last + 1]?.text ?? '')) last += 1
    }
    matches.push({entry: found.entry, first: index, last})
    index = last + 1
  }
  return matches
}

function longestAt(root: TrieNode, tokens: ReadonlyArray<Token>, text: string, first: number): TrieMatch | undefined {
  let node: TrieNode | undefined = root
  let best: TrieMatch | undefined
  for (let index = first; node && index < tokens.length; index++) {
    const token = tokens[index]
    if (!token) break
    if (index > first && !isNameGap(tokens, text, index - 1)) break
    node = node.next.get(token.lower)
    if (!node) break
    for (const ref of node.ends) {
      if (ref.tokens.every((aliasToken, offset) => caseFits(aliasToken, tokens[first + offset] as Token))) {
        best = {entry: ref.entry, first, last: index}
        break
      }
    }
  }
  return best
}

/** Fold a name for keys: tokens folded and joined by one space. @example nameKey('Song  Zhiping') // → 'song zhiping' */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => foldCase(t.text))
    .join(' ')
}
