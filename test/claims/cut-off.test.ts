import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// A dump cut off by the end of the input (`truncated-input`): the sentence the input ends in asserts nothing.
describe('a sentence cut off by the end of the input', () => {
  const dump = ['Highlights', '- Iluka Resources expands Eneabba.', 'Iluka Resources said on Monday that Eneabba was on schedule.', 'The refinery will ship its first oxide to Japan in the second half of 20'].join('\n')
  const article = parseArticle(dump, {referenceDate: '2025-11-20'})

  it('is no claim, while the sentences before it are', () => {
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('truncated-input')
    expect(article.claims.map((claim) => claim.text)).toEqual(['Iluka Resources expands Eneabba.', 'Iluka Resources said on Monday that Eneabba was on schedule.'])
  })

  it('keeps its text in the body', () => {
    const paragraphs = article.sections.flatMap((section) => section.blocks.map((block) => (block.type === 'paragraph' ? block.text : '')))
    expect(paragraphs.at(-1)).toBe('The refinery will ship its first oxide to Japan in the second half of 20')
  })

  it('leaves a dump that ends a sentence alone', () => {
    const whole = parseArticle(`${dump}25.`, {referenceDate: '2025-11-20'})
    expect(whole.claims.map((claim) => claim.text)).toContain('The refinery will ship its first oxide to Japan in the second half of 2025.')
  })

  it('keeps the earlier sentences of the cut-off paragraph', () => {
    const cut = parseArticle('Highlights\n- Iluka expands.\nIluka Resources sold 3,000 tonnes in 2024. It will ship more to Japa', {referenceDate: '2025-11-20'})
    expect(cut.claims.map((claim) => claim.text)).toEqual(['Iluka expands.', 'Iluka Resources sold 3,000 tonnes in 2024.'])
  })
})
