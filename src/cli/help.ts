/**
 * The CLI's help text: printed by `--help`, and after the reason on a usage error (exit code 2).
 *
 * @example
 * helpText().split('\n')[0] // 'Usage: rex-article [options] [paths…]'
 */
export function helpText(): string {
  return `Usage: rex-article [options] [paths…]

Parse Rare Earth Exchanges (REEx) plain-text dumps into structured, validated Articles.
Paths are files or folders (walked recursively for *.txt, or *.jsonl with --input-format jsonl, in name
order); \`-\` or no path reads stdin.

Options:
  -f, --format <name>        json (default), jsonl, markdown, text, summary or html
      --input-format <name>  text (default: each input is one dump) or jsonl (one {"id", "text"} record a line)
  -o, --out <dir>            write one file per input into <dir>, mirroring the inputs' paths, not to stdout
      --fix-only             print only the repaired text (the same as --format text)
      --no-claims            skip claims and questions (entities, quantities and dates are kept)
      --no-mentions          skip entities, quantities and dates too (structure and repair only)
      --reference-date <d>   resolve dates without a year against <d> (YYYY-MM-DD)
      --strict               fail an input that has any error or warning diagnostic
      --schema [name]        print a JSON Schema and exit: article (default) or batch-record
  -j, --jobs <n>             parse in <n> worker threads (default: 1 on 2 cores or fewer, else half the
                             cores; at most one fewer than the cores); the output is the same whatever <n>
  -q, --quiet                no progress bar and no closing tally on stderr (failures are still named)
  -h, --help                 print this help and exit
  -v, --version              print the version and exit

Formats (a batch is more than one path, a folder, or JSONL records):
  json      one input: the Article; a batch: an array of records {input, article} or {input, error}
  jsonl     one record a line, {input, article} or {input, error}, for every input, failures included
  markdown  each Article as Markdown; in a batch each after a line ==> input <==
  text      the repaired text of each input; in a batch each after a line ==> input <==
  summary   title, date, highlights, counts of claims, entities and repairs, top diagnostics
  html      the review page of one article (with --out for several)

Exit codes: 0 every input parsed; 1 some input failed (each named on stderr); 2 usage error.
`
}
