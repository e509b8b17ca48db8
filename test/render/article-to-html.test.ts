import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {articleToHtml, parseArticle, type Article} from '../../src/index.js'
import {elementText, scanTags, unescapeHtml} from './html-scan.js'

const seeds = readdirSync(new URL('../../seeds/', import.meta.url))
  .sort()
  .map((name) => ({name, input: readFileSync(new URL(`../../seeds/${name}`, import.meta.url))}))
const fixtures = readdirSync(new URL('../fixtures/', import.meta.url))
  .filter((name) => existsSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url)))
  .sort()
  .map((name) => ({name, input: readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url))}))
const pages = [...seeds, ...fixtures].map(({name, input}) => {
  const article = parseArticle(input)
  return {name, article, html: articleToHtml(article)}
})

/** The tags the page may use, and the attributes it may give them. */
const allowedTags = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'a', 'header', 'p', 'span', 'section', 'h1', 'h2', 'ul', 'ol', 'li', 'label', 'input', 'div', 'main', 'article', 'time', 'footer', 'aside', 'button', 'code', 'dl', 'dt', 'dd', 'script'])
const allowedAttributes = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'href', 'id', 'tabindex', 'aria-describedby', 'aria-labelledby', 'aria-label', 'aria-hidden', 'aria-pressed', 'role', 'hidden', 'type', 'title', 'datetime', 'data-kind', 'data-claim', 'data-ref', 'data-from', 'data-hl'])

describe('articleToHtml', () => {
  it('marks every claim of every seed and fixture with its kind, focusable and described by its details', () => {
    for (const {name, article, html} of pages) {
      for (const claim of article.claims) {
        const open = `<span class="rx-claim rx-kind-${claim.kind}" data-kind="${claim.kind}" data-claim="${claim.id}" id="rx-${claim.id}" tabindex="0" aria-describedby="rx-tip-${claim.id}">`
        const at = html.indexOf(open)
        expect(at, `${name} ${claim.id}`).toBeGreaterThan(-1)
        expect(elementText(html, at), `${name} ${claim.id}`).toBe(claim.text)
        expect(html, `${name} ${claim.id}`).toContain(`<div id="rx-tip-${claim.id}" role="tooltip" class="rx-tip-body">`)
      }
    }
  })

  it('underlines every entity, figure and date mention on its own words, and marks questions and link anchors', () => {
    for (const {name, article, html} of pages) {
      // A mention split by a span it crosses (a link anchor) continues in pieces of class `rx-cont`.
      const texts = (className: string, ref: string): string[] => {
        const found: string[] = []
        for (const match of html.matchAll(/<span class="([^"]*)" data-ref="([^"]*)"/g)) {
          if (match[2] !== ref || match[1]?.replace(' rx-cont', '') !== className) continue
          if (match[1].endsWith(' rx-cont')) found.push(`${found.pop() ?? ''}${elementText(html, match.index)}`)
          else found.push(elementText(html, match.index))
        }
        return found
      }
      for (const entity of article.entities) {
        expect(texts(`rx-entity rx-entity-${entity.type}`, entity.id).sort(), name).toEqual(entity.mentions.map((mention) => mention.text).sort())
      }
      for (const quantity of article.quantities) expect(texts('rx-figure', quantity.id), name).toEqual([quantity.text])
      for (const date of article.dates) expect(texts('rx-date', date.id), name).toEqual([date.text])
      for (const question of article.questions) expect(texts('rx-question', question.id), name).toEqual([question.text])
      for (const link of article.links) expect(texts('rx-link', link.id), name).toEqual([link.text])
    }
  })

  it('writes well-formed markup: only known tags and attributes, every span closed, nothing but the page’s own script', () => {
    for (const {name, html} of pages) {
      const tags = scanTags(html)
      for (const tag of tags) {
        expect(allowedTags.has(tag.name), `${name} <${tag.name}>`).toBe(true)
        for (const [attribute] of tag.attributes) expect(allowedAttributes.has(attribute), `${name} ${attribute}`).toBe(true)
      }
      let depth = 0
      for (const tag of tags.filter((entry) => entry.name === 'span')) {
        depth += tag.closing ? -1 : 1
        expect(depth, name).toBeGreaterThanOrEqual(0)
      }
      expect(depth, name).toBe(0)
      expect(tags.filter((tag) => tag.name === 'script' && !tag.closing)).toHaveLength(1)
    }
  })

  it('is self-contained: no external resource, every link points inside the page, fetching forbidden by its policy', () => {
    for (const {name, html} of pages) {
      const tags = scanTags(html)
      for (const tag of tags) {
        for (const [attribute, value] of tag.attributes) {
          expect(attribute, name).not.toBe('src')
          if (attribute === 'href') expect(value, name).toMatch(/^#[\w-]+$/)
          if (attribute !== 'content') expect(value, `${name} ${attribute}`).not.toMatch(/https?:|\/\//i)
        }
      }
      expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`)
      expect(html, name).not.toMatch(/url\(|@import|<link|<img|<iframe/i)
    }
    for (const {name, html} of pages.filter((page) => seeds.some((seed) => seed.name === page.name))) {
      expect(html, name).not.toMatch(/https?:/i)
    }
  })

  it('renders article text containing markup inertly: `<script>`, quotes and ampersands show as text', () => {
    const input = [
      'Lynas <script>alert("title")</script> & Co\'s "Plan"',
      '',
      'Highlights',
      '',
      '  • Lynas said output rose 5% <img src=x onerror=alert(1)> in 2025.',
      '',
      'Lynas reported "record" sales of US$1 billion </span></p><script>alert(2)</script> on March 3, 2025.',
      '',
      'Source: <b>Reuters</b> & "AP"'
    ].join('\n')
    const article = parseArticle(input)
    const html = articleToHtml(article)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('Lynas &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; Co&#39;s &quot;Plan&quot;')
    expect(html.replace(/<\/?span[^>]*>/g, '')).toContain('&lt;/span&gt;&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(() => scanTags(html)).not.toThrow()
    for (const claim of article.claims) {
      expect(elementText(html, html.indexOf(`<span class="rx-claim rx-kind-${claim.kind}" data-kind="${claim.kind}" data-claim="${claim.id}"`))).toBe(claim.text)
    }
  })

  it('escapes every string of the Article wherever it appears, even ids, kinds and rule ids', () => {
    const payload = '"><img src=x onerror=alert(1)><script>alert(1)</script>\'&'
    // Every string but a block's `type`, which says which fields the block has.
    const poison = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') return key === 'type' && (value === 'paragraph' || value === 'list') ? value : `${value}${payload}`
      if (Array.isArray(value)) return value.map((inner) => poison(inner))
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, poison(inner, name)]))
      return value
    }
    for (const {name, article} of pages.slice(0, seeds.length)) {
      const html = articleToHtml(poison(article) as Article, {inputName: payload})
      const tags = scanTags(html)
      expect(tags.filter((tag) => tag.name === 'script' && !tag.closing), name).toHaveLength(1)
      expect(tags.some((tag) => tag.name === 'img'), name).toBe(false)
      for (const tag of tags) for (const [attribute] of tag.attributes) expect(allowedAttributes.has(attribute), `${name} ${attribute}`).toBe(true)
    }
  })

  it('shows a kind it does not know in the neutral style, under its own name in the legend', () => {
    const article = parseArticle(seeds[0]!.input)
    const claim = article.claims[0]!
    const changed = {...article, claims: [{...claim, kind: 'rumour'}, ...article.claims.slice(1)]} as unknown as Article
    const html = articleToHtml(changed)
    expect(html).toContain(`<span class="rx-claim rx-kind-other" data-kind="rumour" data-claim="${claim.id}"`)
    expect(html).toContain('<span class="rx-badge rx-kind-other">rumour</span> a kind this page does not know <span class="rx-count">(1)</span>')
  })

  it('lists every kind of the schema in the legend, fact included, with how many claims have it', () => {
    const {article, html} = pages[0]!
    for (const kind of ['statement', 'plan', 'event', 'quantitative', 'fact', 'assessment']) {
      const count = article.claims.filter((claim) => claim.kind === kind).length
      expect(html).toMatch(new RegExp(`<span class="rx-badge rx-kind-${kind}">${kind}</span> [^<]* <span class="rx-count">\\(${count}\\)</span>`))
    }
  })

  it('shows a claim’s source with its cue, and the source’s entity when the attribution names one', () => {
    // A claim whose source is no entity (a noun phrase as written), so the page must not name one.
    const page = pages.find((entry) => entry.article.claims.some((claim) => claim.attribution !== null && claim.attribution.entity === null))!
    const claim = page.article.claims.find((entry) => entry.attribution !== null && entry.attribution.entity === null)!
    const tip = (html: string): string => {
      const start = html.indexOf(`<div id="rx-tip-${claim.id}"`)
      return unescapeHtml(html.slice(start, html.indexOf('</dl></div>', start)).replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ')
    }
    expect(tip(page.html)).toContain(`Source ${claim.attribution!.source} — “${claim.attribution!.cue}”`)
    expect(tip(page.html)).not.toContain('entity:')
    const entity = page.article.entities[0]!
    const withEntity = {
      ...page.article,
      claims: page.article.claims.map((entry) => (entry === claim ? {...entry, attribution: {...entry.attribution!, entity: entity.id}} : entry))
    }
    expect(tip(articleToHtml(withEntity))).toContain(`— entity: ${entity.name} (${entity.type})`)
    expect(tip(page.html)).toContain(`checkworthiness ${claim.checkworthiness}`)
  })

  it('says when a claim has no stated source', () => {
    const {article, html} = pages[0]!
    const claim = article.claims.find((entry) => entry.attribution === null)!
    const start = html.indexOf(`<div id="rx-tip-${claim.id}"`)
    expect(html.slice(start, html.indexOf('</dl>', start))).toContain('none stated (the writer’s own)')
  })

  it('lists entities, figures, dates, questions, repairs and diagnostics in the side panel', () => {
    for (const {name, article, html} of pages) {
      const panel = unescapeHtml(html.slice(html.indexOf('<aside'), html.indexOf('</aside>')))
      for (const entity of article.entities) expect(panel, name).toContain(`data-hl="${entity.id}" aria-pressed="false">${entity.name}</button>`)
      for (const quantity of article.quantities) expect(panel, name).toContain(`data-hl="${quantity.id}" aria-pressed="false">${quantity.text}</button>`)
      for (const date of article.dates) expect(panel, name).toContain(`>${date.text}</button> <span class="rx-type">${date.value}`)
      for (const question of article.questions) expect(panel, name).toContain(`<li>${question.text}</li>`)
      for (const diagnostic of article.diagnostics) expect(panel, name).toContain(`<code>${diagnostic.ruleId}</code>`)
      for (const repair of article.encoding.repairs) expect(panel, name).toContain(`<span class="rx-was">${repair.from}</span> → <span class="rx-now">${repair.to}</span>`)
    }
  })

  it('marks repaired spans with what they were', () => {
    const {article, html} = pages.find((page) => page.article.encoding.repairs.length > 0)!
    const marks = html.match(/<span class="rx-repair" data-from="[^"]*" title="Repaired from[^"]*">[^<]*<\/span>/g) ?? []
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.length).toBeLessThanOrEqual(article.encoding.repairs.length)
    for (const mark of marks) {
      const [, from, to] = /data-from="([^"]*)"[^>]*>([^<]*)<\/span>$/.exec(mark)!
      expect(article.encoding.repairs.some((repair) => repair.from === unescapeHtml(from!) && repair.to === unescapeHtml(to!))).toBe(true)
    }
  })

  it('shows the site chrome quietly in the article’s footer', () => {
    const page = pages.find((entry) => entry.article.credits.length > 0 && entry.article.copyright !== null)!
    const footer = page.html.slice(page.html.indexOf('<footer class="rx-chrome"'), page.html.indexOf('</footer>'))
    expect(footer).toContain('<span class="rx-label">Source:</span>')
    expect(unescapeHtml(footer.replace(/<[^<>]*>/g, ''))).toContain(page.article.copyright!.notice)
  })

  it('writes nested lists as nested elements, with item claims inside their items', () => {
    const page = pages.find((entry) => entry.name === 'layout-b-spaced-nested')!
    expect(page.html).toMatch(/<li>[^]*?<ul><li>/)
    const itemClaims = page.article.claims.filter((claim) => claim.item !== null)
    expect(itemClaims.length).toBeGreaterThan(0)
    for (const claim of itemClaims) expect(page.html).toMatch(new RegExp(`<li><span class="rx-claim[^"]*" data-kind="[^"]*" data-claim="${claim.id}"`))
  })

  it('renders a list nested 2,100 deep without recursion', () => {
    type Item = {text: string; children: Item[]}
    const root: Item = {text: 'level 0', children: []}
    let item = root
    for (let level = 1; level < 2100; level++) {
      const child: Item = {text: `level ${level}`, children: []}
      item.children.push(child)
      item = child
    }
    const article = {...parseArticle('A body line.', {claims: false}), sections: [{heading: null, blocks: [{type: 'list' as const, ordered: false, items: [root]}]}]}
    const html = articleToHtml(article)
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    expect(main.match(/<ul>/g)).toHaveLength(2100)
    expect(main.match(/<\/ul><\/li>/g)).toHaveLength(2099)
    expect(main).toContain('<li>level 2099</li></ul></li></ul>')
  })

  it('renders an empty Article, and names the input in the banner and title', () => {
    const html = articleToHtml(parseArticle(''), {inputName: 'dumps/a&b.txt'})
    expect(html).toContain('<span class="rx-none">Untitled article</span>')
    expect(html).toContain('input dumps/a&amp;b.txt')
    expect(() => scanTags(html)).not.toThrow()
  })

  it('rejects an unknown option', () => {
    const article = parseArticle('Text.')
    expect(() => articleToHtml(article, {inputname: 'x'} as never)).toThrow(/inputname/)
  })
})
