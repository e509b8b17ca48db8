/**
 * The offsets of the characters of a class in a text, in order, one at a time: first those a scan has listed
 * (`textGate` lists what `findDecodes` and the quote tracking look for while it reads the text anyway), then,
 * past the point that scan stopped listing, found with `pattern` (a regex of one character class).
 *
 * @param text the text
 * @param listed the offsets already found, in order, every one below `seenTo`
 * @param seenTo the offset up to which `listed` is complete
 * @param pattern the class, for the rest of the text (used from `seenTo` on, with a fresh `lastIndex`)
 * @returns a function giving the next offset each time it is called, then -1
 * @example
 * const next = positionReader('a“b”c“', [1, 3], 4, /[“”]/g)
 * [next(), next(), next(), next()] // [1, 3, 5, -1]
 */
export function positionReader(text: string, listed: ReadonlyArray<number>, seenTo: number, pattern: RegExp): () => number {
  let index = 0
  let rest: RegExp | undefined
  return () => {
    if (index < listed.length) return listed[index++] ?? -1
    if (seenTo >= text.length) return -1
    if (rest === undefined) {
      rest = new RegExp(pattern.source, 'g')
      rest.lastIndex = seenTo
    }
    // `test` leaves `lastIndex` just past the character, and builds no match object.
    return rest.test(text) ? rest.lastIndex - 1 : -1
  }
}
