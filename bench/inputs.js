/**
 * The texts the benchmark runs on: the seeds, normal articles of any size built from them, and adversarial
 * text (SPEC section 8, issue 6). Sizes are UTF-8 bytes; every builder repeats a fixed unit, so the 1 MB case
 * is exactly four times the 256 KB case and the growth ratio compares like with like.
 */
import {readFileSync, readdirSync} from 'node:fs'

export const KB = 1024
export const MB = 1024 * KB

const seedFolder = new URL('../seeds/', import.meta.url)

/** The five seed dumps, as strings (file order). */
export const seeds = readdirSync(seedFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedFolder), 'utf8'))

const corpusFolder = new URL('./corpus/', import.meta.url)

/**
 * The 48 made-up REEx-style pages of bench/corpus (layouts A and B, podcasts, listings, a feed header, a cut-off
 * page; 14 of them with encoding damage), as strings in file order: the "REEx articles" the throughput goals are
 * measured on. See bench/corpus/README.md.
 */
export const corpus = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, corpusFolder), 'utf8'))

/** UTF-8 size of a string. */
export function byteSize(text) {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Repeat `unit` `scale` × `per` times; `per` defaults to as many units as fill 256 KB, so `scale` 1 gives about
 * 256 KB, `scale` 4 exactly four times that many units (about 1 MB), `scale` 40 about 10 MB.
 */
function fill(unit, scale, per = Math.max(1, Math.round((256 * KB) / byteSize(unit)))) {
  return unit.repeat(per * scale)
}

// Footer and Highlights lines: a normal article has them once, at its ends, not once per repetition.
const chrome =
  /^(?:Highlights|Table of Contents|Spread the word:|Leave a Reply|Your email address .*|CATEGORIES:.*|\d+ Comments?|Source: .*|ยฉ .*|© .*|You Might Also Like…|Daniel)$/u
const bullet = /^\s*(?:-|•|โข) /u

/** The body lines of all seeds (both layouts, clean and damaged), without Highlights, bullets and footer. */
const bodyUnit = `${seeds
  .flatMap((seed) => seed.split(/\r\n|\r|\n/u))
  .map((line) => line.trim())
  .filter((line) => line !== '' && !chrome.test(line) && !bullet.test(line))
  .join('\n')}\n`

const seed000 = seeds[0].split('\n')
const header = `${seed000.slice(0, 4).join('\n')}\n`
const footer = seed000.slice(-3).join('\n')

/**
 * A normal article of about 256 KB × `scale`: seed 000's Highlights, the body lines of all five seeds repeated
 * (layout A and B prose, clean UTF-8 and lossy-Thai damage, headings, link markers, questions), seed 000's footer.
 */
export function normalArticle(scale) {
  return header + fill(bodyUnit, scale) + footer
}

/** The adversarial cases of issue 6, each built at 256 KB × `scale`; `count` says what a text holds. */
export const adversarial = [
  {
    name: 'run of `โ`',
    build: (scale) => fill('โ', scale),
    count: (text) => `${text.length.toLocaleString('en')} × \`โ\``
  },
  {
    name: 'one endless line',
    build: (scale) => fill(bodyUnit.replaceAll('\n', ' '), scale),
    count: () => '1 line'
  },
  {
    name: 'a line with no spaces',
    build: (scale) => fill(bodyUnit.replaceAll(/\s/gu, ''), scale),
    count: () => '1 line, 0 spaces'
  },
  {
    // 25,000 items per scale step, so the 4× case is the 100,000 bullets of issue 6 (about 800 KB).
    name: 'bullets',
    build: (scale) => `Key points:\n${fill('- point\n', scale, 25_000)}`,
    count: (text) => `${(text.split('\n').length - 2).toLocaleString('en')} bullets`
  },
  {
    // 25,000 markers per scale step, so the 4× case is the 100,000 link markers of issue 6 (about 2.6 MB).
    name: 'link markers',
    build: (scale) => fill('Lynas (opens in a new tab) ', scale, 25_000),
    count: (text) => `${text.split('(opens').length - 1} markers, 1 line`.replace(/^\d+/u, (n) => Number(n).toLocaleString('en'))
  },
  // Found while profiling (not in issue 6's list): one paragraph of many short sentences that each hold a
  // mention, many short lines (one block each), and brackets that open and never close.
  {
    name: 'short sentences, 1 line',
    build: (scale) => fill('Lynas said 5% in 2025. ', scale),
    count: (text) => `${(text.length / 23).toLocaleString('en')} sentences`
  },
  {
    // 8,192 lines per scale step: 32,768 short heading-shaped lines at 4×, each its own block.
    name: 'short lines',
    build: (scale) => fill('Short heading line\n', scale, 8192),
    count: (text) => `${(text.split('\n').length - 1).toLocaleString('en')} lines`
  },
  {
    name: 'unbalanced brackets',
    build: (scale) => `A ${'('.repeat(128 * KB * scale)}${']'.repeat(128 * KB * scale)}.`,
    count: (text) => `${((text.length - 3) / 2).toLocaleString('en')} \`(\` then as many \`]\``
  }
]
