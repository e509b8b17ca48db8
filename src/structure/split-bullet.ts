import type {Bullet} from './line.js'

/**
 * Bullets seen in REEx dumps: `-` (layout A), `•` (layout B), `*`, `·`, and the marks word processors and
 * other sites use: the en dash, round and square marks, arrows, check marks. `-`, `–` and `*` need a space
 * after them (else `*emphasis*`, `-5%` or `–5%` would be lists); the typographic bullets do not. `+` and the em
 * dash (`— Daniel`, an attribution) are not bullets, so a line starting with them stays text.
 */
const bulletPattern = /^(?:([-–*])\s+|([•·◦▪▫●○‣⁃∙►▶➢➤✓✔■□♦◆])\s*)(?=\S)/u
const numberPattern = /^(\d{1,3})([.)])\s+(?=\S)/

/**
 * Split the list marker off a cleaned line.
 *
 * @example
 * splitBullet('• Sales and Securities') // → {bullet: {marker: '•', ordered: false, number: null}, text: 'Sales and Securities'}
 * splitBullet('1. First') // → {bullet: {marker: '1.', ordered: true, number: 1}, text: 'First'}
 */
export function splitBullet(line: string): {bullet: Bullet | null; text: string} {
  const bullet = bulletPattern.exec(line)
  if (bullet) {
    return {
      bullet: {marker: (bullet[1] ?? bullet[2]) as string, ordered: false, number: null},
      text: line.slice(bullet[0].length)
    }
  }
  const number = numberPattern.exec(line)
  if (number) {
    return {
      bullet: {marker: `${number[1]}${number[2]}`, ordered: true, number: Number(number[1])},
      text: line.slice(number[0].length)
    }
  }
  return {bullet: null, text: line}
}
