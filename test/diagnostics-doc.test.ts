import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/index.js'
import {renderDiagnosticsDoc} from '../scripts/render-diagnostics-doc.js'

describe('docs/diagnostics.md', () => {
  it('is generated from the current rule tables (run `npx tsx scripts/write-diagnostics-doc.ts`)', () => {
    expect(readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8')).toBe(renderDiagnosticsDoc())
  })

  it('has unique, kebab-case ruleIds, each with a description and an example', () => {
    const ids = rules.map((rule) => rule.ruleId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules) {
      expect(rule.ruleId).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.example.length).toBeGreaterThan(0)
    }
  })
})
