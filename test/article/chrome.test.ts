import {describe, expect, it} from 'vitest'
import {
  isCopyright,
  isDisclaimer,
  isRelatedMarker,
  isShareChrome,
  isSignOffName,
  parseByline,
  parseCategories,
  parseCommentCount,
  parseCopyright,
  parseCredit
} from '../../src/article/chrome.js'
import {isFeedHeader, isTitleLike} from '../../src/article/front-matter.js'
import {parseDateLine} from '../../src/article/parse-date-line.js'

describe('chrome recognisers', () => {
  it('reads comment counts', () => {
    expect([parseCommentCount('0 Comments'), parseCommentCount('1 Comment'), parseCommentCount('12 Comments')]).toEqual([0, 1, 12])
    expect(parseCommentCount('Comments are closed for 12 days')).toBeNull()
  })
  it('reads categories, giving [] when the names were lost', () => {
    expect(parseCategories('CATEGORIES: , , ,')).toEqual([])
    expect(parseCategories('Categories: Magnets, Policy')).toEqual(['Magnets', 'Policy'])
    expect(parseCategories('The categories are many')).toBeNull()
  })
  it('reads the copyright notice', () => {
    expect(parseCopyright('© 2025 Rare Earth Exchanges™ — Accelerating Transparency.')).toEqual({
      year: 2025,
      holder: 'Rare Earth Exchanges',
      notice: '© 2025 Rare Earth Exchanges™ — Accelerating Transparency.'
    })
    expect(parseCopyright('Copyright 2023-2025 REEx. All rights reserved.')).toMatchObject({year: 2025, holder: 'REEx'})
    expect(isCopyright('Copyright law in China is strict.')).toBe(true)
  })
  it('reads the holder after `© Copyright`, an `All rights reserved.` lead, and `Comments (3)`', () => {
    expect(parseCopyright('© Copyright 2025 Rare Earth Exchanges')).toMatchObject({year: 2025, holder: 'Rare Earth Exchanges'})
    expect(isCopyright('All rights reserved. © 2025 REEx')).toBe(true)
    expect(parseCopyright('All rights reserved. © 2025 REEx')).toMatchObject({year: 2025, holder: 'REEx'})
    expect(isCopyright('All rights reserved by the authors of this study, who disagree.')).toBe(false)
    expect(parseCommentCount('Comments (3)')).toBe(3)
    expect(parseCommentCount('Comments (none)')).toBeNull()
  })

  it('reads credits', () => {
    expect(parseCredit('Source: Yicai Global')).toEqual({credit: 'Yicai Global', offset: 8})
    expect(parseCredit('Photo credit: Reuters')?.credit).toBe('Reuters')
    expect(parseCredit('The source of the claim is unclear.')).toBeNull()
  })
  it('recognises share and reply chrome, and not prose', () => {
    for (const line of ['Spread the word:', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Share this:']) {
      expect(isShareChrome(line)).toBe(true)
    }
    expect(isShareChrome('Share prices fell 5% on Monday.')).toBe(false)
    expect(isShareChrome('TAGS: China, Magnets')).toBe(true)
    expect(isShareChrome('2 thoughts on “Lynas Expands”')).toBe(true)
  })
  it('recognises the related tail', () => {
    expect(isRelatedMarker('You Might Also Like…')).toBe('always')
    expect(isRelatedMarker('Related Posts')).toBe('always')
    expect(isRelatedMarker('See also: Lynas expands')).toBe('short')
    expect(isRelatedMarker('Seeing also the price of terbium, analysts worry.')).toBe(false)
  })
  it('reads bylines', () => {
    expect(parseByline('By Daniel O’Connor')).toBe('Daniel O’Connor')
    expect(parseByline('By the end of 2025, output doubled.')).toBeNull()
  })
  it('recognises disclaimers', () => {
    expect(isDisclaimer('This news item originates from the media department of a state-owned entity; the information should be verified independently.')).toBe(true)
    expect(isDisclaimer('Disclaimer: not advice.')).toBe(true)
    expect(isDisclaimer('The company originates from Baotou.')).toBe(false)
  })
  it('tells a sign-off name from a heading', () => {
    expect(isSignOffName('Daniel')).toBe(true)
    expect(isSignOffName('Daniel O’Connor')).toBe(true)
    expect(isSignOffName('Conclusion')).toBe(false)
    expect(isSignOffName('The Bottom Line')).toBe(false)
    expect(isSignOffName('Rare Earth Exchanges')).toBe(false)
  })
})

describe('front matter', () => {
  it('tells a title from a caption, a feed header and a leftover', () => {
    expect(isTitleLike('Baogang Group Injects ¥1 Billion to Increase Stake')).toBe(true)
    expect(isTitleLike('workers inspect magnets in baotou')).toBe(false)
    expect(isTitleLike('Here is the information as a list:')).toBe(false)
    expect(isTitleLike('Photo: The plant in Baotou')).toBe(false)
    expect(isFeedHeader('Rare Earth Exchanges » Feed Rare Earth Exchanges » Comments Feed')).toBe(true)
  })
  it('reads date lines with date-fns and rejects impossible dates', () => {
    expect(parseDateLine('Mar 3, 2025')).toEqual({date: '2025-03-03'})
    expect(parseDateLine('March 3, 2025')).toEqual({date: '2025-03-03'})
    expect(parseDateLine('Sept. 30, 2024')).toEqual({date: '2024-09-30'})
    expect(parseDateLine('Feb 30, 2025')).toEqual({invalid: 'Feb 30, 2025'})
    expect(parseDateLine('Lynas 3, 2025')).toBeNull()
  })

  it('reads a date line with a time of day, a last-updated prefix, or slashes in ISO order', () => {
    expect(parseDateLine('Published on Nov 20, 2025 at 9:15 am')).toEqual({date: '2025-11-20'})
    expect(parseDateLine('November 20, 2025, 09:15 AM ET')).toEqual({date: '2025-11-20'})
    expect(parseDateLine('Last updated: 20 Nov 2025 14:05')).toEqual({date: '2025-11-20'})
    expect(parseDateLine('2025/11/20')).toEqual({date: '2025-11-20'})
    // Day and month in an unknown order stay text; so does a date with more after it.
    expect(parseDateLine('20/11/2025')).toBeNull()
    expect(parseDateLine('Nov 20, 2025 | 4 min read')).toBeNull()
    expect(parseDateLine('Nov 20, 2025 at the Baotou forum')).toBeNull()
  })
})

describe('a lone line before the Highlights', () => {
  it('is the title even when it ends with a full stop', () => {
    expect(isTitleLike('Lynas Expands Again.', true)).toBe(true)
    expect(isTitleLike('Lynas Expands Again.')).toBe(false)
    expect(isTitleLike('workers at the plant.', true)).toBe(false)
  })
})

describe('isMoreButton', () => {
  it('tells a listing’s read-more button from a related-posts marker', async () => {
    const {isMoreButton, isRelatedMarker} = await import('../../src/article/chrome.js')
    expect(['Read More »', 'Continue reading →', 'Read the full story ›'].map(isMoreButton)).toEqual([true, true, true])
    expect(['Read more', 'Read more: China’s rules', 'See also »'].map(isMoreButton)).toEqual([false, false, false])
    expect(isRelatedMarker('Read More »')).toBe(false)
    expect(isRelatedMarker('Read more')).toBe('short')
  })
})
