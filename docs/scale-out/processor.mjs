// The sandboxed processor: BullMQ runs this file in a child process of each worker (worker.mjs), so the CPU work
// of parsing never blocks the worker's own event loop, which must keep renewing its job locks on Redis.
//
// It returns the body of a batch record, `{article}` or `{error}`; collect.mjs adds the `input` of each record.
// The rule is the CLI's (docs/cli.md): an input the library finds empty or binary is an error record, and so is
// an ArticleParseError. A failure of the input is a result, not a job failure: parsing is deterministic, so a
// retry would fail the same way. Only a crash (a bug, a killed process) makes BullMQ run the job again.
import {isArticleParseError, parseArticle} from 'rex-article'

const failingRuleIds = new Set(['empty-input', 'binary-input'])

export default function parse(job) {
  try {
    const article = parseArticle(job.data.text)
    const found = article.diagnostics.find((diagnostic) => failingRuleIds.has(diagnostic.ruleId))
    if (found === undefined) return {article}
    return {error: {code: found.ruleId, message: `${found.reason} (${found.ruleId})`, diagnostics: article.diagnostics}}
  } catch (error) {
    if (!isArticleParseError(error)) throw error
    return {error: {code: error.code, message: `${error.message} (${error.code})`, diagnostics: error.diagnostics}}
  }
}
