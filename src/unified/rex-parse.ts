import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {isArticleParseError} from '../diagnostics/error.js'
import {parseArticle} from '../parse-article.js'
import {articleToMdast} from '../render/article-to-mdast.js'
import type {Article} from '../schema/article.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import {ParseOptions} from '../schema/options.js'

declare module 'vfile' {
  interface DataMap {
    /** The Article `rexParse` read from the file. */
    article: Article
  }
}

/** Where every ruleId is documented, with an example. */
const rulesUrl = 'https://unpkg.com/rex-article/docs/diagnostics.md'

/**
 * A unified parser plugin: parse a REEx plain-text dump into its mdast tree (SPEC §4: the whole document, every
 * node positioned in the input, each block's Article field in `data.articleField`). The Article is put on
 * `file.data.article`, and every diagnostic becomes a vfile message (`source: 'rex-article'`, its `ruleId`,
 * `place`, and `fatal: true` for errors, `false` for warnings, `undefined` for info), so vfile reporters print
 * them. With `strict: true`, an error or warning fails the file (`file.fail`, which throws) after all messages
 * are added. The file's bytes are decoded as `parseArticle` decodes them (UTF-8, UTF-16 with BOM, legacy).
 *
 * @param options (optional) the options of `parseArticle`, checked when the plugin is used
 * @example
 * import {unified} from 'unified'
 * import remarkStringify from 'remark-stringify'
 * import {rexParse} from 'rex-article/unified'
 *
 * const file = await unified().use(rexParse).use(remarkStringify).process(dump)
 * String(file) // the dump as Markdown
 * file.data.article?.title // the Article's title
 * file.messages.map(String) // '1:1-1:11: Unexpected page without `Highlights`, expected an article', …
 */
export const rexParse: Plugin<[(ParseOptions | null | undefined)?], string, Root> = function (this: Processor, options) {
  // Misspelt or invalid options throw here, when the plugin is used, not on the first file.
  const settings = ParseOptions.parse(options ?? {})
  const self = this as unknown as Processor<Root>
  self.parser = (document: string, file: VFile): Root => {
    const input = file.value instanceof Uint8Array ? file.value : document
    let article: Article
    try {
      article = parseArticle(input, {...optionsOf(settings), strict: false})
    } catch (error) {
      // Misuse and oversized input fail the file, as any unified parser failure does.
      file.fail(isArticleParseError(error) ? error.message : String(error), {
        ...(error instanceof Error ? {cause: error} : {}),
        ruleId: isArticleParseError(error) ? error.code : 'parse',
        source: 'rex-article'
      })
    }
    file.data.article = article
    for (const diagnostic of article.diagnostics) toMessage(file, diagnostic)
    const failing = settings.strict ? article.diagnostics.find((diagnostic) => diagnostic.severity !== 'info') : undefined
    if (failing) {
      file.fail(`Input has error or warning diagnostics (strict mode): ${failing.reason}`, {
        ruleId: 'strict',
        source: 'rex-article',
        ...(failing.place ? {place: failing.place} : {})
      })
    }
    return articleToMdast(article)
  }
}

/** The options to pass on to `parseArticle`, from the checked settings. */
function optionsOf(settings: ParseOptions): ParseOptions {
  const {referenceDate, mentions, claims, maxInputBytes} = settings
  return {...(referenceDate === undefined ? {} : {referenceDate}), mentions, claims, maxInputBytes}
}

/** One diagnostic as a vfile message on the file. */
function toMessage(file: VFile, diagnostic: Diagnostic): void {
  const message = file.message(diagnostic.reason, {
    ruleId: diagnostic.ruleId,
    source: 'rex-article',
    ...(diagnostic.place ? {place: diagnostic.place} : {})
  })
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
  message.url = `${rulesUrl}#${diagnostic.ruleId}`
  if (diagnostic.actual !== undefined) message.actual = diagnostic.actual
  if (diagnostic.expected !== undefined) message.expected = [diagnostic.expected]
  if (diagnostic.note !== undefined) message.note = diagnostic.note
}
