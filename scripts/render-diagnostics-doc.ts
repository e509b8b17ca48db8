import {rules} from '../src/index.js'

/** The Markdown of docs/diagnostics.md, made from the rule tables. */
export function renderDiagnosticsDoc(): string {
  const rows = rules.map(
    (rule) => `| \`${rule.ruleId}\` | ${rule.source} | ${rule.severity} | ${rule.description} | ${rule.example} |`
  )
  return `# Diagnostics

Problems are data. Every \`Article\` has \`diagnostics\`: \`{reason, ruleId, source, severity, place?, actual?,
expected?, note?}\`, sorted by offset (those without a place first), then ruleId. \`place\` is \`{line, column,
offset}\` in the input (1-based line and column, 0-based UTF-16 offset into the decoded input, before repair).

Messy input never throws. \`parseArticle\` throws \`ArticleParseError\` (with a \`code\` and the \`diagnostics\`)
only for misuse (\`invalid-input\`), for input over \`maxInputBytes\` (\`input-too-large\`), or, with \`strict:
true\`, when any diagnostic has severity \`error\` or \`warning\` (\`strict\`). Bad options throw zod's \`ZodError\`.

This table is generated from the rule tables in \`src/diagnostics/\` (\`npx tsx scripts/write-diagnostics-doc.ts\`);
the ruleIds are stable once released. The same list is exported as \`rules\`.

| ruleId | source | severity | when | example input |
|---|---|---|---|---|
${rows.join('\n')}
`
}
