import {describe, expect, it} from 'vitest'
import {amountEndsAt, amountStarts, isNamePair, isTitleLine, tokenBefore} from '../../src/encoding/dash-context.js'

describe('the words around a dash', () => {
  it('finds a figure ending before a dash, with a percent sign or a short scale', () => {
    for (const text of ['$110M', '15%', '2024', 'Q1', '1.2Mt', 'A$1.7bn']) expect(amountEndsAt(text, text.length)).toBe(true)
    for (const text of ['rose', 'China', 'U.S.', '']) expect(amountEndsAt(text, text.length)).toBe(false)
  })
  it('finds a figure starting after a dash, with a currency sign or code, or a quarter', () => {
    for (const text of ['$125M', '18%', '2025', 'Q3 results', '¥580,000', 'US$4bn', '€900/kg']) expect(amountStarts(text)).toBe(true)
    for (const text of ['Japan', 'and', 'Quebec', 'H2O']) expect(amountStarts(text)).toBe(false)
  })
  it('pairs two names, but not a name and a function word', () => {
    expect(isNamePair('U.S.', 'Japan deal')).toBe(true)
    expect(isNamePair('EU', 'Australia talks')).toBe(true)
    expect(isNamePair('US', 'China')).toBe(true)
    expect(isNamePair('acted', 'The move')).toBe(false)
    expect(isNamePair('China', 'The move')).toBe(false)
    expect(isNamePair('China', 'and Japan')).toBe(false)
    expect(isNamePair('2025', 'Japan')).toBe(false)
  })
  it('reads the token before an offset up to a space', () => {
    expect(tokenBefore('from $110M', 10)).toBe('$110M')
  })
  it('tells a title line from a sentence', () => {
    expect(isTitleLine('Lynas Expands Capacity – What It Means for Magnets')).toBe(true)
    expect(isTitleLine('Who Pays? A New Floor for Prices')).toBe(true)
    expect(isTitleLine('The plan — announced on Monday — is large.')).toBe(false)
    expect(isTitleLine('© 2025 Rare Earth Exchanges™ — Accelerating Transparency, Accuracy, and Insight.')).toBe(false)
    expect(isTitleLine('Highlights')).toBe(false)
  })
})
