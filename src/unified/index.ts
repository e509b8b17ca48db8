/**
 * `rex-article/unified`: the unified parser plugin. `unified().use(rexParse).parse(file)` gives the dump's
 * positioned mdast tree; `file.data.article` holds the Article.
 */
export {rexParse} from './rex-parse.js'
