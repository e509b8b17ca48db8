import type {Rule} from './rule.js'
import {articleRules} from './article-rules.js'
import {mentionsRules} from './mentions-rules.js'
import {encodingRules} from './encoding-rules.js'
import {structureRules} from './structure-rules.js'

/** Every diagnostic rule, in pipeline order (docs/diagnostics.md is generated from this list). */
export const allRules: ReadonlyArray<Rule> = Object.freeze([
  ...Object.values<Rule>(encodingRules),
  ...Object.values<Rule>(structureRules),
  ...Object.values<Rule>(articleRules),
  ...Object.values<Rule>(mentionsRules)
])
