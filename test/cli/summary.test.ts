import {describe, expect, it} from 'vitest'
import {Article} from '../../src/index.js'
import {articleToSummary} from '../../src/cli/summary.js'

function article(overrides: Partial<Article>): Article {
  return Article.parse({
    schemaVersion: 1,
    id: 'a1',
    title: null,
    publishedAt: null,
    author: null,
    highlights: [],
    sections: [],
    links: [],
    credits: [],
    disclaimers: [],
    related: [],
    preamble: [],
    boilerplate: [],
    categories: [],
    copyright: null,
    commentCount: null,
    entities: [],
    quantities: [],
    dates: [],
    claims: [],
    questions: [],
    encoding: {source: 'utf-8', changed: false, damage: [], repairs: []},
    diagnostics: [],
    ...overrides
  })
}

const info = {reason: 'No highlights', ruleId: 'missing-highlights', source: 'article', severity: 'info'} as const
const warning = {reason: 'No body', ruleId: 'missing-body', source: 'article', severity: 'warning'} as const
const error = {
  reason: 'Empty',
  ruleId: 'empty-input',
  source: 'structure',
  severity: 'error',
  place: {line: 2, column: 3, offset: 9}
} as const

describe('articleToSummary', () => {
  it('shows title, date, author and each highlight', () => {
    const text = articleToSummary(
      article({title: 'Lynas expands', publishedAt: '2025-03-04', author: 'Daniel', highlights: ['One.', 'Two.']}),
      'seeds/a.txt'
    )
    expect(text.split('\n').slice(0, 7)).toEqual([
      '== seeds/a.txt',
      'Title:       Lynas expands',
      'Published:   2025-03-04',
      'Author:      Daniel',
      'Highlights:  2',
      '  - One.',
      '  - Two.'
    ])
    expect(text.endsWith('\n')).toBe(true)
  })

  it('counts claims, entities and repairs, with the damage kinds', () => {
    const text = articleToSummary(
      article({
        entities: [{id: 'e1', name: 'Lynas', type: 'organization', aliases: [], mentions: []}],
        encoding: {
          source: 'utf-8',
          changed: true,
          damage: [{kind: 'lossy-thai', count: 2}],
          repairs: [
            {start: 0, end: 1, from: 'โ', to: '’', kind: 'lossy-thai', lossy: true, confidence: 0.9},
            {start: 5, end: 6, from: 'โ', to: '—', kind: 'lossy-thai', lossy: true, confidence: 0.8}
          ]
        }
      }),
      'a'
    )
    expect(text).toContain('Counts:      0 claims, 1 entity, 0 quantities, 0 dates, 0 sections, 0 links')
    expect(text).toContain('Encoding:    utf-8, 2 repairs (lossy-thai ×2)')
    expect(text).toContain('Title:       (none)')
    expect(text).not.toContain('Author:')
  })

  it('lists the most severe diagnostics first and counts the rest', () => {
    const text = articleToSummary(article({diagnostics: [info, warning, info, error]}), 'a')
    const lines = text.trimEnd().split('\n')
    expect(lines.slice(-5)).toEqual([
      'Diagnostics: 1 error, 1 warning, 2 infos',
      '  error empty-input (2:3): Empty',
      '  warning missing-body: No body',
      '  info missing-highlights: No highlights',
      '  … and 1 more'
    ])
  })
})
