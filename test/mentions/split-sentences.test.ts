import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/mentions/split-sentences.js'

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it.each([
    ['ends at a period before a capital', 'Lynas grew. MP fell.', ['Lynas grew.', 'MP fell.']],
    ['keeps decimals', 'Output rose 1.5% to 3.2 Mt. Prices fell.', ['Output rose 1.5% to 3.2 Mt.', 'Prices fell.']],
    ['keeps U.S. inside a sentence', 'The U.S. and Japan signed a deal.', ['The U.S. and Japan signed a deal.']],
    ['ends at U.S. before a sentence opening', 'It sold to the U.S. The deal closed.', ['It sold to the U.S.', 'The deal closed.']],
    ['keeps Co., Ltd. inside a name', 'China Northern Rare Earth Group High-Tech Co., Ltd. is large. It grew.', ['China Northern Rare Earth Group High-Tech Co., Ltd. is large.', 'It grew.']],
    ['keeps Inc. before a name word', 'Energy Fuels Inc. Chairman Mark Chalmers spoke.', ['Energy Fuels Inc. Chairman Mark Chalmers spoke.']],
    ['keeps No. 1', 'The No. 1 producer is Northern Rare Earth.', ['The No. 1 producer is Northern Rare Earth.']],
    ['keeps ~US$ figures', 'It paid ¥1 billion (~US$138 million). Then it grew.', ['It paid ¥1 billion (~US$138 million).', 'Then it grew.']],
    ['keeps closing quotes with their sentence', 'He called it “world-class.” Others agreed.', ['He called it “world-class.”', 'Others agreed.']],
    ['does not end inside quotes before a lower-case word', '“Is it big?” she asked.', ['“Is it big?” she asked.']],
    ['does not end inside brackets', 'Prices rose (e.g. NdPr. Dy too) sharply. Then fell.', ['Prices rose (e.g. NdPr. Dy too) sharply.', 'Then fell.']],
    ['ends at question and exclamation marks', 'Why now? Because! Yes.', ['Why now?', 'Because!', 'Yes.']],
    ['keeps initials', 'J. Smith joined Lynas. He left.', ['J. Smith joined Lynas.', 'He left.']],
    ['handles mojibake closing quotes', 'A โworld-class champion.โ Next step.', ['A โworld-class champion.โ', 'Next step.']],
    ['returns a sentence without a final period', 'The tone was explicit', ['The tone was explicit']],
    ['keeps e.g. and months', 'Metals, e.g. Dy, rose on Jan. 5 sharply.', ['Metals, e.g. Dy, rose on Jan. 5 sharply.']],
    ['ends at etc. before a capital, not before a lower-case word', 'Motors, drones, etc. Lynas sells to all. Drones etc. are hot.', ['Motors, drones, etc.', 'Lynas sells to all.', 'Drones etc. are hot.']]
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('returns no sentence for blank text', () => {
    expect(splitSentences('   ')).toEqual([])
  })

  it('returns trimmed spans into the text', () => {
    expect(splitSentences('  One.  Two.  ')).toEqual([
      {start: 2, end: 6},
      {start: 8, end: 12}
    ])
  })

  it('survives an opening bracket that never closes', () => {
    expect(split('It grew (a lot. Then it fell.')).toEqual(['It grew (a lot.', 'Then it fell.'])
  })
})
