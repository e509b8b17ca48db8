import {describe, expect, it} from 'vitest'
import {drawProgress, renderProgress} from '../../src/cli/progress.js'

describe('renderProgress', () => {
  it('fills the bar in proportion to the inputs done', () => {
    expect(renderProgress(0, 4, 'a.txt')).toBe(`[${'-'.repeat(24)}] 0/4 a.txt`)
    expect(renderProgress(1, 4, 'b.txt')).toBe(`[${'#'.repeat(6)}${'-'.repeat(18)}] 1/4 b.txt`)
    expect(renderProgress(4, 4, 'd.txt')).toBe(`[${'#'.repeat(24)}] 4/4 d.txt`)
  })

  it('counts without a bar when the total is not known (JSONL records)', () => {
    expect(renderProgress(12, undefined, 'rec-12')).toBe('12 done rec-12')
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

describe('drawProgress', () => {
  // What a terminal shows after the writes: a carriage return goes back to column 0, ESC [ K erases to the end.
  function screen(writes: string[]): string {
    let line: string[] = []
    let column = 0
    for (const write of writes) {
      for (let index = 0; index < write.length; index++) {
        if (write[index] === '\r') column = 0
        else if (write.startsWith('\x1b[K', index)) {
          line = line.slice(0, column)
          index += 2
        } else line[column++] = write[index] as string
      }
    }
    return line.join('')
  }

  it('leaves nothing of a longer line when a shorter one follows', () => {
    const long = renderProgress(1, 2, 'corpus/a-very-long-file-name.txt')
    const short = renderProgress(2, 2, 'b.txt')
    expect(screen([drawProgress(long), drawProgress(short)])).toBe(short)
  })
})
