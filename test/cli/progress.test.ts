import {describe, expect, it} from 'vitest'
import {renderProgress} from '../../src/cli/progress.js'

describe('renderProgress', () => {
  it('fills the bar in proportion to the inputs done', () => {
    expect(renderProgress(0, 4, 'a.txt')).toBe(`[${'-'.repeat(24)}] 0/4 a.txt`)
    expect(renderProgress(1, 4, 'b.txt')).toBe(`[${'#'.repeat(6)}${'-'.repeat(18)}] 1/4 b.txt`)
    expect(renderProgress(4, 4, 'd.txt')).toBe(`[${'#'.repeat(24)}] 4/4 d.txt`)
  })

  it('falls back to 80 columns when the terminal reports no width', () => {
    expect(renderProgress(1, 2, 'a.txt', 0)).toBe(`[${'#'.repeat(12)}${'-'.repeat(12)}] 1/2 a.txt`)
  })

  it('keeps the line shorter than the terminal', () => {
    const line = renderProgress(3, 10, `${'deep/'.repeat(30)}file.txt`, 40)
    expect(line).toHaveLength(39)
    expect(line.startsWith('[#######')).toBe(true)
  })
})
