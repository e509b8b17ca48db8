import {defineConfig} from 'tsup'

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declaration file.
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true
  },
  {
    // The CLI: ESM only, it imports the library build above.
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    external: ['rex-article'],
    banner: {js: '#!/usr/bin/env node'}
  }
])
