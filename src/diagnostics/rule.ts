import type {Diagnostic, DiagnosticSource, Severity} from '../schema/diagnostic.js'

/** A diagnostic rule: its stable id, the stage that reports it, its severity and its documentation. */
export interface Rule {
  readonly ruleId: string
  readonly source: DiagnosticSource
  readonly severity: Severity
  /** One sentence: when the rule fires. */
  readonly description: string
  /** An input that triggers it. */
  readonly example: string
}

/** Freeze a stage's rule table, keyed by ruleId. */
export function defineRules<const T extends readonly Rule[]>(rules: T): Readonly<Record<T[number]['ruleId'], Rule>> {
  const table: Record<string, Rule> = {}
  for (const rule of rules) table[rule.ruleId] = Object.freeze(rule)
  return Object.freeze(table) as Readonly<Record<T[number]['ruleId'], Rule>>
}

/**
 * Make a diagnostic from a rule.
 *
 * @example
 * createDiagnostic(structureRules['empty-input'], 'Unexpected empty input, expected article text')
 * // → {reason: 'Unexpected empty input, expected article text', ruleId: 'empty-input', source: 'structure', severity: 'warning'}
 */
export function createDiagnostic(
  rule: Rule,
  reason: string,
  extra: Partial<Pick<Diagnostic, 'place' | 'actual' | 'expected' | 'note'>> = {}
): Diagnostic {
  return {reason, ruleId: rule.ruleId, source: rule.source, severity: rule.severity, ...extra}
}

/** Sort diagnostics by offset (those without a place first), then ruleId. Returns a new array. */
export function sortDiagnostics(diagnostics: ReadonlyArray<Diagnostic>): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.place?.offset ?? -1) - (b.place?.offset ?? -1) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}
