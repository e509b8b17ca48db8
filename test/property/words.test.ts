/** The definitions the "nothing lost" property rests on (./words.ts): if these are wrong, the property is. */
import {describe, expect, it} from 'vitest'
import {countMarkdown, countWords, lineContent, missing, splitLines} from './words.js'

describe('lineContent', () => {
  it('drops bullets, list numbers and indentation but keeps the item text', () => {
    expect(lineContent('  • Lynas grows')).toBe('Lynas grows')
    expect(lineContent('- * starred')).toBe('* starred')
    expect(lineContent('12. Twelfth')).toBe('Twelfth')
    expect(lineContent('-5 degrees')).toBe('-5 degrees')
  })

  it('drops link markers with the space before them', () => {
    expect(lineContent('a bulletin (opens in a new tab) from X')).toBe('a bulletin from X')
    expect(lineContent('(HK:1234 (opens in a new tab))')).toBe('(HK:1234)')
  })

  it('reads the bullet before the link marker, as a parser does', () => {
    expect(lineContent('* (opens in a new tab).')).toBe('.')
    expect(lineContent('*(opens in a new tab)')).toBe('*')
  })

  it('treats Highlights, comment counts and date lines as chrome, and drops the CATEGORIES/Source labels', () => {
    expect(lineContent('Highlights')).toBe('')
    expect(lineContent('12 Comments')).toBe('')
    expect(lineContent('Mar 3, 2025')).toBe('')
    expect(lineContent('March 3, 2025')).toBe('')
    expect(lineContent('CATEGORIES: , ,')).toBe(', ,')
    expect(lineContent('Source: Nothen China Rare Earth Group')).toBe('Nothen China Rare Earth Group')
  })

  it('keeps boilerplate, which the Article keeps in `boilerplate`', () => {
    expect(lineContent('Leave a Reply')).toBe('Leave a Reply')
    expect(lineContent('Table of Contents')).toBe('Table of Contents')
  })
})

describe('word and markdown counts', () => {
  it('counts letter/digit runs, NFC-normalised, ignoring punctuation', () => {
    expect(countWords('China’s ¥1 e\u0301t\u00e9 China')).toStrictEqual(
      new Map([['China', 2], ['s', 1], ['1', 1], ['été', 1]])
    )
  })

  it('ignores invisible format characters, which join rather than split', () => {
    expect(countWords('a\u200Bb \uFEFFc')).toStrictEqual(new Map([['ab', 1], ['c', 1]]))
  })

  it('counts markdown characters', () => {
    expect(countMarkdown('*a* [b] `c` \\ # > <')).toStrictEqual(
      new Map([['*', 2], ['[', 1], [']', 1], ['`', 2], ['\\', 1], ['#', 1], ['>', 1], ['<', 1]])
    )
  })

  it('reports what is missing, with the count', () => {
    expect(missing(new Map([['a', 2], ['b', 1]]), new Map([['a', 1], ['b', 3]]))).toStrictEqual({a: 1})
  })

  it('splits on all three line endings', () => {
    expect(splitLines('a\r\nb\rc\nd')).toStrictEqual(['a', 'b', 'c', 'd'])
  })
})
