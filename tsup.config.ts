import {defineConfig} from 'tsup'

// `npm run build --silent` (as `npm run demo` runs it) should be silent all the way down, so the demo prints
// only the summary; npm passes its log level to scripts in this variable.
const silent = process.env.npm_config_loglevel === 'silent'

// `dist/` is emptied by the `prebuild` script, not by tsup: the two builds below run in parallel, and a tsup
// `clean` in one could delete what the other just wrote.
export default defineConfig([
  {
    // The library (ESM) and the CLI in one build, so they share chunks instead of the CLI carrying a second copy
    // of the library. The CLI keeps the `#!/usr/bin/env node` line of its source, and tsup marks it executable.
    entry: {index: 'src/index.ts', unified: 'src/unified/index.ts', cli: 'src/cli/index.ts'},
    format: ['esm'],
    dts: {entry: {index: 'src/index.ts', unified: 'src/unified/index.ts'}},
    splitting: true,
    silent,
    sourcemap: true,
    target: 'node20',
    treeshake: true
  },
  {
    // The library (CommonJS) for `require('rex-article')`. Its ESM-only dependencies (unified, remark-parse) load
    // through Node's require(esm), unflagged since Node 20.19: hence `engines.node >= 20.19`.
    entry: {index: 'src/index.ts', unified: 'src/unified/index.ts'},
    format: ['cjs'],
    silent,
    dts: {entry: {index: 'src/index.ts', unified: 'src/unified/index.ts'}},
    sourcemap: true,
    target: 'node20',
    treeshake: true
  }
])
