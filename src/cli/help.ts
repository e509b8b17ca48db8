/**
 * The CLI's help text: printed by `--help`, and after the reason on a usage error (exit code 2).
 *
 * @example
 * helpText().split('\n')[0] // 'Usage: rex-article [options] [paths…]'
 */
export function helpText(): string {
  return `Usage: rex-article [options] [paths…]

Parse Rare Earth Exchanges (REEx) plain-text dumps into structured, validated Articles.
Paths are files or folders (walked recursively for *.txt, in name order); \`-\` or no path reads stdin.

Options:
  -f, --format <name>        json (default), jsonl, markdown, text or summary
  -o, --out <dir>            write one output file per input into <dir> instead of stdout
      --fix-only             print only the repaired text (the same as --format text)
      --no-claims            skip entities, quantities, dates, claims and questions
      --reference-date <d>   resolve dates without a year against <d> (YYYY-MM-DD)
      --strict               fail an input that has any error or warning diagnostic
      --schema               print the JSON Schema of the Article and exit
  -j, --jobs <n>             parse in <n> worker threads (default: 1); output keeps input order
  -q, --quiet                no progress bar and no closing tally on stderr (failures are still named)
  -h, --help                 print this help and exit
  -v, --version              print the version and exit

Formats:
  json      one input: an Article object; several inputs or a folder: an array of Articles
  jsonl     one Article per line
  markdown  each Article as Markdown
  text      the repaired text of each input
  summary   title, date, highlights, counts of claims, entities and repairs, top diagnostics

Exit codes: 0 every input parsed; 1 some input failed (each named on stderr); 2 usage error.
`
}
