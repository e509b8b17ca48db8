import type {OutputFormat} from './args.js'

/** How rendered inputs are joined on stdout, and the file extension used with `--out`. */
export interface OutputShape {
  /** The extension of `--out` files, with its dot. */
  readonly extension: string
  /** What to write for the next rendered input (its text, with any separator or opening bracket). */
  item(text: string): string
  /** What to write after the last input (a closing bracket, the summary's totals), given the counts. */
  end(parsed: number, failed: number): string
}

const extensions: Readonly<Record<OutputFormat, string>> = Object.freeze({
  json: '.json',
  jsonl: '.jsonl',
  markdown: '.md',
  text: '.txt',
  summary: '.summary.txt',
  html: '.html'
})

/**
 * Decide how outputs are joined. `json` is the only format whose stream must be one document: one input is an
 * object, a batch is an array of records written item by item (never built in memory), formatted exactly as
 * `JSON.stringify(records, null, 2)` would. In a batch, markdown, text and summary outputs are separated by a
 * blank line (each starts with its header). The object returned keeps the only state of the join (whether an
 * item was written), so each run makes its own.
 *
 * @param format the output format
 * @param several whether the stream holds a batch (a folder, more than one path, or JSONL records)
 * @returns the shape
 * @example
 * const shape = createOutput('json', true)
 * shape.item('{\n  "a": 1\n}\n') + shape.item('{}\n') + shape.end(2, 0) // '[\n  {\n    "a": 1\n  },\n  {}\n]\n'
 */
export function createOutput(format: OutputFormat, several: boolean): OutputShape {
  let count = 0
  const extension = extensions[format]
  if (format === 'json' && several) {
    return {
      extension,
      // JSON strings hold no raw newline, so indenting after every newline indents whole lines only.
      item: (text) => `${count++ === 0 ? '[\n' : ',\n'}  ${text.trimEnd().replaceAll('\n', '\n  ')}`,
      end: () => (count === 0 ? '[]\n' : '\n]\n')
    }
  }
  if (format === 'markdown' || format === 'summary' || (format === 'text' && several)) {
    return {
      extension,
      // A blank line between documents keeps one Markdown document from running into the next.
      item: (text) => `${count++ === 0 ? '' : '\n'}${text}`,
      end: (parsed, failed) => (format === 'summary' && several ? `\n${parsed + failed} inputs: ${parsed} parsed, ${failed} failed\n` : '')
    }
  }
  return {extension, item: (text) => text, end: () => ''}
}
