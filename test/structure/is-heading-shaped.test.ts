import {describe, expect, it} from 'vitest'
import {isHeadingShaped, isSpeakerLabel} from '../../src/structure/is-heading-shaped.js'

describe('isHeadingShaped', () => {
  it('accepts short lines without sentence punctuation', () => {
    expect(isHeadingShaped('The tone was explicit')).toBe(true)
    expect(isHeadingShaped('Implications for the U.S. and Allies')).toBe(true)
    expect(isHeadingShaped('Review of Northern Rare Earth’s November Economic Review Meeting')).toBe(true)
  })
  it('accepts short questions and `Label: Title` lines', () => {
    expect(isHeadingShaped('So what does this mean?')).toBe(true)
    expect(isHeadingShaped('Analysis: China Tightens Its Grip')).toBe(true)
  })
  it('accepts a short question followed by a title in Title Case', () => {
    expect(isHeadingShaped('What Comes Next? The Supply Question')).toBe(true)
    expect(isHeadingShaped('Who Pays? A New Floor for Prices')).toBe(true)
    expect(isHeadingShaped('Is It Worth It? Yes, if the plants deliver.')).toBe(false)
    expect(isHeadingShaped('Why now? Prices fell and buyers waited')).toBe(false)
  })

  it('rejects sentences, list introductions and long questions', () => {
    expect(isHeadingShaped('The implications for Western markets are significant.')).toBe(false)
    expect(isHeadingShaped('The policy focuses on two main objectives:')).toBe(false)
    expect(
      isHeadingShaped('Are current safety practices in line with international standards, and what new measures are being implemented?')
    ).toBe(false)
    expect(isHeadingShaped('Prices rose, then fell,')).toBe(false)
  })
  it('rejects lines starting in lower case, long lines and speaker labels', () => {
    expect(isHeadingShaped('workers at the plant')).toBe(false)
    expect(isHeadingShaped('One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen')).toBe(false)
    expect(isHeadingShaped('Speaker 1 (00:01.538)')).toBe(false)
  })
})

describe('isSpeakerLabel', () => {
  it('recognises transcript speaker lines', () => {
    expect(isSpeakerLabel('Speaker (00:01.538)')).toBe(true)
    expect(isSpeakerLabel('Jane Doe (1:02:03)')).toBe(true)
    expect(isSpeakerLabel('Lynas (ASX:LYC)')).toBe(false)
  })
})
