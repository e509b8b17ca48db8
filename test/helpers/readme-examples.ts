import {join} from 'node:path'

/** A runnable README example: its code block, the `text` block that shows its output, and where they are. */
export interface ReadmeExample {
  readonly language: string
  readonly code: string
  readonly output: string
  /** 1-based line of the code block's opening fence. */
  readonly line: number
  /** Line indices (0-based) of the output block's first and last content line, exclusive end. */
  readonly outputLines: readonly [number, number]
}

/**
 * README's runnable examples: a `ts` or `js` code block followed (after blank lines) by a `text` block. Other
 * code blocks are illustrations.
 */
export function readmeExamples(readme: string): ReadmeExample[] {
  const lines = readme.split('\n')
  const blocks: Array<{language: string; from: number; to: number}> = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\w*)$/u.exec(lines[index] as string)
    if (!open) continue
    let close = index + 1
    while (close < lines.length && lines[close] !== '```') close++
    blocks.push({language: open[1] as string, from: index + 1, to: close})
    index = close
  }
  const examples: ReadmeExample[] = []
  blocks.forEach((block, at) => {
    const next = blocks[at + 1]
    if ((block.language !== 'ts' && block.language !== 'js') || next?.language !== 'text') return
    if (lines.slice(block.to + 1, next.from - 1).some((line) => line.trim() !== '')) return
    examples.push({
      language: block.language,
      code: `${lines.slice(block.from, block.to).join('\n')}\n`,
      output: next.to > next.from ? `${lines.slice(next.from, next.to).join('\n')}\n` : '',
      line: block.from,
      outputLines: [next.from, next.to]
    })
  })
  return examples
}

/**
 * An example pointed at the sources: `rex-article` imports, and `const {…} = require('rex-article')` (CommonJS
 * examples read the same exports), become imports of src/.
 */
export function toSources(code: string, root: string): string {
  return code
    .replaceAll(/^const (\{[^}]*\}) = require\((['"])(rex-article(?:\/unified)?)\2\)$/gmu, "import $1 from '$3'")
    .replaceAll(/(['"])rex-article\/unified\1/gu, JSON.stringify(join(root, 'src', 'unified', 'index.ts')))
    .replaceAll(/(['"])rex-article\1/gu, JSON.stringify(join(root, 'src', 'index.ts')))
}
