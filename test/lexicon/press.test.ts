import {describe, expect, it} from 'vitest'
import {findEntities} from '../../src/mentions/find-entities.js'
import {gazetteer} from '../../src/lexicon/gazetteer/index.js'
import {institutions} from '../../src/lexicon/gazetteer/institutions.js'
import {press} from '../../src/lexicon/gazetteer/press.js'
import {tokenize} from '../../src/mentions/tokenize.js'

// Words an outlet's bare name must not be: common English words (many are also newspaper names: `Times`,
// `Journal`, `Guardian`, `Star`), nationality adjectives, and words the field writes for other things.
const commonWords = new Set([
  'time', 'times', 'fortune', 'mint', 'journal', 'post', 'star', 'sun', 'mail', 'herald', 'observer', 'independent',
  'telegraph', 'express', 'mirror', 'age', 'hill', 'atlantic', 'pacific', 'diplomat', 'paper', 'press', 'wire', 'news',
  'daily', 'record', 'standard', 'nation', 'world', 'today', 'globe', 'business', 'insider', 'edge', 'review',
  'tribune', 'chronicle', 'proactive', 'benchmark', 'quartz', 'wired', 'nature', 'science', 'inn', 'fox', 'cantor',
  'economist', 'guardian', 'national', 'interest', 'policy', 'foreign', 'sputnik', 'valor', 'mining', 'metal',
  'metals', 'market', 'markets', 'intelligence', 'capital', 'research', 'securities', 'financial', 'report',
  'reports', 'data', 'bulletin', 'monitor', 'spectator', 'advocate', 'sentinel', 'courier', 'gazette', 'leader',
  'register', 'bee', 'voice', 'post', 'week', 'weekly', 'focus', 'view', 'point', 'outlook', 'insight', 'times',
  'australian', 'american', 'canadian', 'chinese', 'japanese', 'korean', 'british', 'indian', 'european', 'asian',
  'african', 'russian', 'german', 'french', 'global', 'international', 'mining', 'commodity', 'energy', 'dow', 'jones'
])

// The press rows that sat in institutions.ts before press.ts: their keys must not change.
const movedKeys = [
  'shanghai metals market', 'asian metal', 'argus media', 'fastmarkets', 'benchmark mineral intelligence',
  'adamas intelligence', 'project blue', 'yicai global', 'xinhua', 'global times', 'china daily', "people's daily",
  'caixin', 'south china morning post', 'reuters', 'bloomberg', 'financial times', 'wall street journal', 'mining.com',
  'mining weekly', 'nikkei'
].map((name) => `organization:${name}`)

describe('press', () => {
  it('holds at least 80 outlets, every one an organization, in the gazetteer', () => {
    expect(press.length).toBeGreaterThanOrEqual(80)
    expect(press.filter((entry) => entry.type !== 'organization')).toEqual([])
    const keys = new Set(gazetteer.map((entry) => entry.key))
    expect(press.filter((entry) => !keys.has(entry.key))).toEqual([])
  })

  it('keeps the keys of the rows moved from institutions.ts, and leaves none behind there', () => {
    const pressKeys = new Set(press.map((entry) => entry.key))
    expect(movedKeys.filter((key) => !pressKeys.has(key))).toEqual([])
    expect(institutions.filter((entry) => pressKeys.has(entry.key))).toEqual([])
  })

  it('gives no outlet a bare common word, nationality or place as a name or alias', () => {
    const risky = press.flatMap((entry) => [entry.name, ...entry.aliases].filter((name) => commonWords.has(name.toLowerCase())))
    expect(risky).toEqual([])
  })

  it('finds outlets by name and short form in running text', () => {
    const names = (text: string): string[] => findEntities(text).map((entity) => entity.name)
    expect(names('The FT and the WSJ both cited the SCMP.')).toEqual(['Financial Times', 'Wall Street Journal', 'South China Morning Post'])
    expect(names('Prices rose, according to Fastmarkets and Argus.')).toEqual(['Fastmarkets', 'Argus Media'])
    expect(names('CGTN and Xinhua carried the statement.')).toEqual(['China Global Television Network', 'Xinhua'])
  })

  it('reads a place inside an outlet’s name as part of the name', () => {
    expect(findEntities('China Daily reported it.').map((entity) => `${entity.type}:${entity.name}`)).toEqual(['organization:China Daily'])
  })
})

describe('gazetteer', () => {
  it('never gives one name to two entries, whatever the case', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const entry of gazetteer) {
      for (const name of [entry.name, ...entry.aliases]) {
        const folded = tokenize(name).map((token) => token.lower).join(' ')
        const previous = owner.get(folded)
        if (previous !== undefined && previous !== entry.key) clashes.push(`${name}: ${previous} / ${entry.key}`)
        owner.set(folded, entry.key)
      }
    }
    expect(clashes).toEqual([])
  })
})
