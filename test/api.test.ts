import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names (a change here is a change of the public contract)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'Article',
      'ArticleParseError',
      'Attribution',
      'BatchRecord',
      'Block',
      'Bound',
      'Claim',
      'ClaimKind',
      'Copyright',
      'DEFAULT_MAX_INPUT_BYTES',
      'DamageKind',
      'DateMention',
      'DatePrecision',
      'Diagnostic',
      'DiagnosticSource',
      'EncodingReport',
      'EncodingSource',
      'Entity',
      'EntityMention',
      'EntityType',
      'FixOptions',
      'FoundDate',
      'FoundEntity',
      'FoundQuantity',
      'Link',
      'List',
      'ListItem',
      'Locator',
      'Paragraph',
      'ParseOptions',
      'Place',
      'Quantity',
      'QuantityKind',
      'Question',
      'Repair',
      'Section',
      'Severity',
      'SpanFrom',
      'TextSpan',
      'articleJsonSchema',
      'articleToHtml',
      'articleToMarkdown',
      'articleToMdast',
      'batchRecordJsonSchema',
      'findDates',
      'findEntities',
      'findQuantities',
      'fixText',
      'isArticleParseError',
      'parseArticle',
      'rules',
      'safeParseArticle'
    ])
  })

  it('has no default export', () => {
    expect('default' in api).toBe(false)
  })

  it('exports functions as functions and schemas as zod schemas', () => {
    for (const name of ['parseArticle', 'safeParseArticle', 'fixText', 'findEntities', 'findQuantities', 'findDates', 'articleToMdast', 'articleToMarkdown', 'articleToHtml', 'articleJsonSchema', 'isArticleParseError'] as const) {
      expect(typeof api[name]).toBe('function')
    }
    for (const name of ['Article', 'Claim', 'Entity', 'Quantity', 'DateMention', 'Diagnostic', 'ParseOptions'] as const) {
      expect(typeof api[name].safeParse).toBe('function')
    }
  })
})
