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
    expect(anchor('Its partner, Sample Holdings, Inc. (opens in a new tab) will pay.')).toEqual(['Sample Holdings, Inc'])
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
