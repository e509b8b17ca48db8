// ESLint flat config: `npm run lint` (= `eslint .`), also run by CI (.ci/run).
//
// What we keep, and why:
// - @eslint/js recommended: real bugs (unreachable code, duplicate keys, bad control-character regexes…).
// - typescript-eslint recommended: the type-level mistakes the compiler lets through (`any`, unused vars…).
// - eslint-plugin-regexp recommended, which includes `regexp/no-super-linear-backtracking`, plus
//   `regexp/no-super-linear-move` as a warning: rex-article runs on untrusted scraped text, so a regex that can
//   backtrack polynomially or exponentially is a denial-of-service bug, not a style question (SPEC section 8).
//
// What we turn off, and why: only purely stylistic rules that would add noise without finding bugs (see below,
// each with its reason). Formatting is not linted at all.
import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import {defineConfig} from 'eslint/config'

export default defineConfig(
  {
    // Build output, dependencies and coverage reports are not ours to lint; test/package holds a scratch
    // project that installs the packed tarball.
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**', 'test/package/**/node_modules/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {...globals.node}
    },
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      // The preset already has no-super-linear-backtracking; pin it as an error. no-super-linear-move is not in
      // the preset: it flags patterns whose *search* can be quadratic (an unanchored `\s*,` retried at every
      // position of a long run of spaces), which is what one endless line of adversarial input triggers. It
      // also fires on patterns only ever run on short strings, so it warns (listed by `npm run lint`, does not
      // fail CI); the growth figures of `npm run bench` tell which warnings are real.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'warn',
      // Unused variables are bugs, but `_`-prefixed ones are deliberate (ignored callback arguments).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_'}
      ],
      // Stylistic only: `\d` vs `[0-9]`, `[^]` vs `[\s\S]` and the order of alternatives/flags change
      // nothing about what a pattern matches or how fast it runs.
      'regexp/prefer-d': 'off',
      'regexp/match-any': 'off',
      'regexp/sort-flags': 'off',
      // `[A-Za-z]` says what it means; an `i` flag would also change every other part of the pattern.
      'regexp/use-ignore-case': 'off'
    }
  },
  {
    // The library runs on untrusted input of any size (tests and scripts build their own, bounded data).
    files: ['src/**/*.ts'],
    rules: {
      // `push(...items)` passes every item as an argument: past ~123,000 it throws a RangeError, so an input with
      // that many mentions would crash the library (SPEC §8). Push in a loop, or build with concat.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(?:push|unshift|splice)$/] > SpreadElement",
          message: 'A spread into push/unshift/splice throws past ~123,000 items: push in a loop.'
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(?:max|min)$/] > SpreadElement",
          message: 'Math.max/min(...array) throws past ~123,000 items: reduce in a loop.'
        }
      ],
    }
  }
)
