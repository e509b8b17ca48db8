/** The public barrel of rex-article: the only part of the library the CLI uses. */
export type Library = typeof import('../index.js')

/**
 * Load the library (the parser, zod, unified, remark-parse, date-fns) when it is first needed, not when the CLI
 * starts: `--help` and `--version` do not pay for it, and with `--jobs N` the main thread, which only hands out
 * inputs and writes results, never loads it at all, so the workers start sooner and the main thread leaves
 * them the cores. The module system keeps the one loaded copy.
 *
 * @returns the public barrel
 * @example
 * const {parseArticle} = await loadLibrary()
 */
export function loadLibrary(): Promise<Library> {
  return import('../index.js')
}
