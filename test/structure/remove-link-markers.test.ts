import {describe, expect, it} from 'vitest'
import {removeLinkMarkers} from '../../src/structure/remove-link-markers.js'

const anchors = (line: string): {text: string; anchors: string[]; orphans: number} => {
  const result = removeLinkMarkers(line)
  return {text: result.text, anchors: result.links.map((link) => result.text.slice(link.start, link.end)), orphans: result.orphans}
}

describe('removeLinkMarkers', () => {
  it('removes the marker with the space before it', () => {
    expect(anchors('as reported in Yicai Global (opens in a new tab).').text).toBe('as reported in Yicai Global.')
  })
  it('takes a run of capitalised words as the anchor of a name', () => {
    expect(anchors('as reported in Yicai Global (opens in a new tab).').anchors).toEqual(['Yicai Global'])
  })
  it('takes a short noun phrase, stopping at an article, as the anchor of common words', () => {
    expect(anchors('While the press release (opens in a new tab) reflects').anchors).toEqual(['press release'])
    expect(anchors('hosted the president (opens in a new tab) of the association').anchors).toEqual(['president'])
  })
  it('stops a phrase after the number that starts it', () => {
    expect(anchors('has invested ¥1 billion (opens in a new tab) (~US$138 million)').anchors).toEqual(['¥1 billion'])
  })
  it('stops at the start of the clause', () => {
    expect(anchors('Source: Nothen China Rare Earth Group (opens in a new tab)').anchors).toEqual(['Nothen China Rare Earth Group'])
    expect(anchors('In 2024, Lynas (opens in a new tab) grew').anchors).toEqual(['Lynas'])
  })
  it('handles a marker inside parentheses', () => {
    expect(anchors('shares of Lynas (ASX:LYC (opens in a new tab)) rose')).toEqual({text: 'shares of Lynas (ASX:LYC) rose', anchors: ['ASX:LYC'], orphans: 0})
  })
  it('handles a marker inside a company name before `., Ltd.`', () => {
    const result = anchors('China Northern Rare Earth (Group) High-Tech Co (opens in a new tab)., Ltd. said')
    expect(result.text).toBe('China Northern Rare Earth (Group) High-Tech Co., Ltd. said')
    expect(result.anchors).toEqual(['China Northern Rare Earth (Group) High-Tech Co'])
  })
  it('handles several markers in one sentence and one before a bracketed acronym', () => {
    expect(
      anchors('The Association (opens in a new tab) (CREIA), the Ministry of Industry and Information Technology (opens in a new tab) and a journal (opens in a new tab).').anchors
    ).toEqual(['Association', 'Ministry of Industry and Information Technology', 'journal'])
  })
  it('keeps abbreviations such as U.S. inside a name', () => {
    expect(anchors('said the U.S. Department of Energy (opens in a new tab) today').anchors).toEqual(['U.S. Department of Energy'])
  })
  it('counts a marker with nothing before it as an orphan and drops it', () => {
    expect(anchors('(opens in a new tab) starts the line.')).toEqual({text: 'starts the line.', anchors: [], orphans: 1})
  })
  it('leaves a line without a marker as it is', () => {
    expect(anchors('No marker (here).')).toEqual({text: 'No marker (here).', anchors: [], orphans: 0})
  })
  it('takes other wordings of the marker', () => {
    expect(anchors('the report (opens in new window) says').text).toBe('the report says')
  })
})

describe('link anchors in names and titles (issue 12)', () => {
  const anchor = (line: string): string[] => {
    const {text, links} = removeLinkMarkers(line)
    return links.map((link) => text.slice(link.start, link.end))
  }
  it('reads a company name through the comma of `Co., Ltd` and `Holdings, Inc.`', () => {
    expect(anchor('It signed with Example Rare Earth Co., Ltd (opens in a new tab). to build a line.')).toEqual(['Example Rare Earth Co., Ltd'])
    expect(anchor('Its partner, Sample Holdings, Inc. (opens in a new tab) will pay.')).toEqual(['Sample Holdings, Inc.'])
  })
  it('keeps the leading article of a title written in Title Case mid-sentence', () => {
    expect(anchor('It was reported in The Economist (opens in a new tab) last week.')).toEqual(['The Economist'])
    expect(anchor('See An Outlook for Magnet Supply (opens in a new tab) for more.')).toEqual(['An Outlook for Magnet Supply'])
  })
  it('leaves out the article that only starts the sentence, and a comma that is not a company form', () => {
    expect(anchor('The Lynas (opens in a new tab) plant was idle.')).toEqual(['Lynas'])
    expect(anchor('It cited Reuters, Bloomberg (opens in a new tab) and others.')).toEqual(['Bloomberg'])
  })
})

describe('link anchors in harder places', () => {
  const anchor = (line: string): string[] => {
    const {text, links} = removeLinkMarkers(line)
    return links.map((link) => text.slice(link.start, link.end))
  }
  it('stops at `and` between two companies, and never reaches back over the marker before', () => {
    expect(anchor('with Xiamen New Materials Co (opens in a new tab)., Ltd. and Ganzhou Ruilin Magnetic Materials Co., Ltd. (opens in a new tab) today')).toEqual([
      'Xiamen New Materials Co',
      'Ganzhou Ruilin Magnetic Materials Co., Ltd.'
    ])
  })
  it('keeps the final period of an abbreviation, and drops a sentence’s', () => {
    expect(anchor('talks with the U.S. (opens in a new tab) went on')).toEqual(['U.S.'])
    expect(anchor('It bought Acme S.A. (opens in a new tab) last year.')).toEqual(['Acme S.A.'])
    expect(anchor('It bought a stake in Lynas. (opens in a new tab) More later.')).toEqual(['Lynas'])
  })
  it('takes a whole name into a noun phrase, and `of the` and `on` inside institution names', () => {
    expect(anchor('Source: Quillon Minerals Ltd quarterly report (opens in a new tab)')).toEqual(['Quillon Minerals Ltd quarterly report'])
    expect(anchor('Source: Ministry of Commerce of the People’s Republic of China (opens in a new tab)')).toEqual(['Ministry of Commerce of the People’s Republic of China'])
    expect(anchor('a permit from the Texas Commission on Environmental Quality (opens in a new tab) in May')).toEqual(['Texas Commission on Environmental Quality'])
    expect(anchor('talks with Lynas on Monday (opens in a new tab) ended')).toEqual(['Monday'])
  })
  it('reads a quoted phrase inside its quotes, and stops at a quoted sentence’s end', () => {
    expect(anchor('under the “general licences” (opens in a new tab) regime')).toEqual(['general licences'])
    expect(anchor('“We rely on one supplier.” Treasury documents (opens in a new tab) show it.')).toEqual(['Treasury documents'])
  })
  it('keeps `The` after a colon, where a name starts', () => {
    expect(anchor('Source: The Economic Times (opens in a new tab)')).toEqual(['The Economic Times'])
  })
})
