import {describe, expect, it} from 'vitest'
import {textUnits} from '../../src/article/text-units.js'

describe('textUnits', () => {
  it('lists title, highlights, paragraphs and list items in pre-order, never headings, then the credits', () => {
    const units = textUnits('Title', ['H1', 'H2'], [
      {heading: 'Heading', blocks: [
        {type: 'paragraph', text: 'P'},
        {type: 'list', ordered: false, items: [
          {text: 'A', children: [{text: 'A1', children: []}, {text: 'A2', children: []}]},
          {text: 'B', children: []}
        ]}
      ]}
    ], ['Source line'])
    expect(units.map((u) => [u.from, u.section, u.block, u.item, u.text])).toEqual([
      ['title', null, null, null, 'Title'],
      ['highlight', null, 0, null, 'H1'],
      ['highlight', null, 1, null, 'H2'],
      ['body', 0, 0, null, 'P'],
      ['body', 0, 1, 0, 'A'],
      ['body', 0, 1, 1, 'A1'],
      ['body', 0, 1, 2, 'A2'],
      ['body', 0, 1, 3, 'B'],
      ['credit', null, 0, null, 'Source line']
    ])
  })

  it('lists nothing for an empty article', () => {
    expect(textUnits(null, [], [], [])).toEqual([])
  })
})
