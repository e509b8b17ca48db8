import {defineRules} from './rule.js'

/** Rules of the `encoding` stage (decoding bytes, repairing mojibake). */
export const encodingRules = defineRules([
  {
    ruleId: 'binary-input',
    source: 'encoding',
    severity: 'warning',
    description: 'The input looks binary (NUL or many control bytes); it is decoded best-effort.',
    example: '`Uint8Array [0, 1, 2, 255]`'
  },
  {
    ruleId: 'legacy-decoding',
    source: 'encoding',
    severity: 'info',
    description: 'The bytes are not valid UTF-8; they were decoded as Windows-1252.',
    example: '`Uint8Array [0x43, 0x61, 0x66, 0xE9]` (`Café` in Windows-1252)'
  }
] as const)
