/**
 * Summarise a `.cpuprofile` (from `node --cpu-prof`): self time per function, mapped back to `src/` through
 * dist's source maps, and totals per pipeline stage (the folder under `src/`) and per dependency.
 *
 * Usage: `node bench/profile-report.js <file.cpuprofile> [top]`
 */
import {readFileSync} from 'node:fs'
import {SourceMap} from 'node:module'
import {fileURLToPath} from 'node:url'

const [file, topArgument = '25'] = process.argv.slice(2)
if (!file) throw new Error('Usage: node bench/profile-report.js <file.cpuprofile> [top]')
const profile = JSON.parse(readFileSync(file, 'utf8'))

const maps = new Map()
/** The source map of a dist file, or null. */
function mapOf(url) {
  if (!maps.has(url)) {
    let map = null
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')))
    } catch {
      map = null
    }
    maps.set(url, map)
  }
  return maps.get(url)
}

/** Where a profile node's function is: `src/…:line` for our code, the package name for dependencies. */
function placeOf(frame) {
  const {url, lineNumber, columnNumber} = frame
  if (!url) return {place: '(native)', group: '(V8/native)'}
  if (url.includes('/node_modules/')) {
    const name = url.split('/node_modules/').pop().split('/')
    const pkg = name[0].startsWith('@') ? `${name[0]}/${name[1]}` : name[0]
    return {place: `${pkg}/${name.slice(pkg.includes('/') ? 2 : 1).join('/')}:${lineNumber + 1}`, group: pkg}
  }
  if (url.includes('/dist/')) {
    const entry = mapOf(url)?.findEntry(lineNumber, columnNumber)
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^.*?\/src\//u, 'src/')
      const stage = source.startsWith('src/') ? source.split('/').slice(0, 2).join('/') : source
      return {place: `${source}:${entry.originalLine + 1}`, group: stage}
    }
  }
  if (url.startsWith('node:')) return {place: url, group: '(node)'}
  return {place: `${url}:${lineNumber + 1}`, group: url.replace(/^.*\//u, '')}
}

// Self time: each sample is charged to the node on top of the stack, for `timeDeltas[i]` microseconds.
const selfMicros = new Map()
profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)))
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0)

const byFunction = new Map()
const byGroup = new Map()
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0
  if (micros === 0) continue
  const {functionName} = node.callFrame
  const {place, group} = placeOf(node.callFrame)
  const key = `${functionName || '(anonymous)'} ${place}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
  byGroup.set(group, (byGroup.get(group) ?? 0) + micros)
}

const percent = (micros) => `${((100 * micros) / total).toFixed(1)}%`
const sorted = (map) => [...map].sort((a, b) => b[1] - a[1])
console.log(`Total sampled: ${(total / 1000).toFixed(0)} ms\n\nSelf time by stage or package:`)
for (const [group, micros] of sorted(byGroup).slice(0, 15)) console.log(`  ${percent(micros).padStart(6)}  ${group}`)
console.log(`\nTop ${topArgument} functions by self time:`)
for (const [key, micros] of sorted(byFunction).slice(0, Number(topArgument))) console.log(`  ${percent(micros).padStart(6)}  ${key}`)
