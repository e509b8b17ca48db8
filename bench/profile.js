/**
 * Profiling driver: `node --cpu-prof --cpu-prof-dir=prof bench/profile.js [case]` runs one workload long enough
 * for the sampler, then `node bench/profile-report.js prof/<file>.cpuprofile` lists the hot spots by stage.
 *
 * Cases: `seeds` (the five seeds, many times; default), `normal` (a 1 MB article), `endless` (one 256 KB line),
 * `markers` (10,000 link markers on one line), `bullets` (10,000 bullets). Flags: `--no-claims` (parse without
 * claims), `--fix` (profile `fixText` on the UTF-8 bytes instead of `parseArticle`).
 */
import {fixText, parseArticle} from '../dist/index.js'
import {adversarial, normalArticle, seeds} from './inputs.js'

const byName = Object.fromEntries(adversarial.map((entry) => [entry.name, entry.build]))
const workloads = {
  seeds: () => ({texts: seeds, rounds: Number(process.env.ROUNDS ?? 60)}),
  normal: () => ({texts: [normalArticle(4)], rounds: 2}),
  endless: () => ({texts: [byName['one endless line'](1)], rounds: 1}),
  markers: () => ({texts: [byName['link markers'](0.4)], rounds: 1}),
  bullets: () => ({texts: [byName.bullets(0.4)], rounds: 1})
}

const name = process.argv[2] ?? 'seeds'
const workload = workloads[name]
if (!workload) throw new Error(`Unknown case \`${name}\`, expected one of ${Object.keys(workloads).join(', ')}`)
const {texts, rounds} = workload()
const claims = !process.argv.includes('--no-claims')
const fix = process.argv.includes('--fix')
const inputs = fix ? texts.map((text) => new TextEncoder().encode(text)) : texts
const run = fix ? (input) => fixText(input) : (input) => parseArticle(input, {claims})
const start = performance.now()
for (let round = 0; round < (fix ? rounds * 10 : rounds); round++) for (const input of inputs) run(input)
console.error(`${name}: ${rounds} × ${texts.length} texts in ${(performance.now() - start).toFixed(0)} ms`)
