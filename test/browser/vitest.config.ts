import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// `npm run test:browser`: the review page in a real headless Chromium (Debian's `chromium`, driven by
// playwright-core). Its files are `*.spec.ts`, so plain `npm test` (which runs `*.test.ts`) never needs a browser.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/browser/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
