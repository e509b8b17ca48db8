import {describe, expect, it} from 'vitest'
import {longestChain} from '../../src/render/html/longest-chain.js'

describe('longestChain', () => {
  it('keeps positions increasing and drifts non-decreasing, one point per item', () => {
    const chain = longestChain([
      {item: 0, position: 5, drift: 0},
      {item: 0, position: 2, drift: 3},
      {item: 1, position: 9, drift: 0},
      {item: 2, position: 12, drift: 4}
    ])
    expect(chain).toEqual([
      {item: 0, position: 5, drift: 0},
      {item: 1, position: 9, drift: 0},
      {item: 2, position: 12, drift: 4}
    ])
  })

  it('drops a point whose drift would go down (more text in the document than in the input)', () => {
    const chain = longestChain([
      {item: 0, position: 0, drift: 0},
      {item: 1, position: 10, drift: 5},
      {item: 4, position: 15, drift: 5},
      {item: 2, position: 20, drift: 3},
      {item: 3, position: 30, drift: 5}
    ])
    expect(chain.map((point) => point.item)).toEqual([0, 1, 4, 3])
  })

  it('prefers, among chains of one length, the one with the least drift', () => {
    const chain = longestChain([
      {item: 0, position: 1, drift: 5},
      {item: 0, position: 6, drift: 0},
      {item: 1, position: 10, drift: 4},
      {item: 1, position: 14, drift: 0}
    ])
    expect(chain.map((point) => point.position)).toEqual([6, 14])
  })

  it('counts text moved ahead (a negative drift) as much as text removed', () => {
    const chain = longestChain([
      {item: 0, position: 5, drift: 0},
      {item: 1, position: 49, drift: -13},
      {item: 2, position: 56, drift: 8}
    ])
    expect(chain.map((point) => point.item)).toEqual([0, 2])
  })

  it('never chains two points at the same position', () => {
    expect(longestChain([{item: 0, position: 3, drift: 0}, {item: 1, position: 3, drift: 2}])).toHaveLength(1)
  })

  it('returns nothing for no points, and handles many without recursion', () => {
    expect(longestChain([])).toEqual([])
    const many = Array.from({length: 200_000}, (_, index) => ({item: index, position: index * 2, drift: index % 7 === 0 ? 1 : 0}))
    expect(longestChain(many).length).toBeGreaterThan(100_000)
  })
})
