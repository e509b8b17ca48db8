/**
 * Write docs/diagnostics.md from the rule tables (src/diagnostics), so the documentation lists every ruleId the
 * code can emit. Run: `npx tsx scripts/write-diagnostics-doc.ts`; test/diagnostics-doc.test.ts checks it is current.
 */
import {writeFileSync} from 'node:fs'
import {renderDiagnosticsDoc} from './render-diagnostics-doc.js'

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), renderDiagnosticsDoc())
