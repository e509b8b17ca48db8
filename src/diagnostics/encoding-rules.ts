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
  },
  {
    ruleId: 'lossy-thai-mojibake',
    source: 'encoding',
    severity: 'info',
    description:
      'UTF-8 text had been decoded as TIS-620 with the bytes 0x80-0x9F deleted (K1); the lost bytes were inferred from context and the spans repaired.',
    example: '`Chinaโs planningโreassuring` → `China’s planning—reassuring`'
  },
  {
    ruleId: 'windows-874-mojibake',
    source: 'encoding',
    severity: 'info',
    description: 'UTF-8 text had been decoded as Windows-874 with its gaps filled from Windows-1252 (K2); the spans were repaired.',
    example: '`Chinaโ€™s` → `China’s`'
  },
  {
    ruleId: 'windows-1252-mojibake',
    source: 'encoding',
    severity: 'info',
    description: 'UTF-8 text had been decoded as Windows-1252 (K3); the spans were repaired.',
    example: '`Chinaâ€™s cafÃ©` → `China’s café`'
  },
  {
    ruleId: 'latin-1-mojibake',
    source: 'encoding',
    severity: 'info',
    description: 'UTF-8 or Windows-1252 text had been decoded as Latin-1, leaving C1 control characters (K4); the spans were repaired.',
    example: '`Chinaâ\\u0080\\u0099s` → `China’s`'
  },
  {
    ruleId: 'double-mojibake',
    source: 'encoding',
    severity: 'info',
    description: 'Text had been mis-decoded twice (K5); each span was repaired layer by layer.',
    example: '`ChinaÃ¢â‚¬â„¢s` → `China’s`'
  },
  {
    ruleId: 'other-code-page-mojibake',
    source: 'encoding',
    severity: 'info',
    description:
      'UTF-8 text had been decoded as Windows-1251, MacRoman, code page 437, Windows-1250 or Windows-1257 (the message names which); the spans that show it were repaired.',
    example: '`ChinaвЂ™s` (Windows-1251) → `China’s`'
  },
  {
    ruleId: 'uncertain-repair',
    source: 'encoding',
    severity: 'warning',
    description:
      'A repair had to guess lost bytes with little to go on (confidence under 0.6); check the repaired character.',
    example: 'a line holding only `โ` (a dash? a quote?)'
  }
] as const)
