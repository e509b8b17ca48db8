import {existsSync, readdirSync, readFileSync} from 'node:fs'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {articleToHtml, parseArticle, type Article} from '../../src/index.js'
import {browserRequired, chromiumPath, hasChromium, launchChromium} from './chromium.js'
import type {DomElement, DomWindow} from './dom.js'

const seedsFolder = new URL('../../seeds/', import.meta.url)
const seeds = readdirSync(seedsFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({name, article: parseArticle(readFileSync(new URL(name, seedsFolder)))}))

/** Every fixture too: feed headers with long URLs, transcripts, nested lists, damaged text. */
const fixturesFolder = new URL('../fixtures/', import.meta.url)
const fixtures = readdirSync(fixturesFolder, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.txt`, fixturesFolder)))
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({name, article: parseArticle(readFileSync(new URL(`${name}/input.txt`, fixturesFolder)))}))

/** Text with no place to break: a long URL and a long run of one letter, in the preamble, a highlight and the body. */
const unbreakable = {
  name: 'long unbroken words',
  article: parseArticle(
    [
      `https://example.com/${'a'.repeat(300)}`,
      'Highlights',
      `- Lynas said output rose ${'9'.repeat(120)} tonnes.`,
      `Lynas reported ${'x'.repeat(400)} in 2025.`
    ].join('\n')
  )
}

/** The seed whose page is the screenshot in docs/ and README: damaged text repaired, headings, an attributed claim. */
const showcase = '004_221cbb48ccfd2a52.txt'

it('has a Chromium to run the review page in (required when REX_REQUIRE_BROWSER=1)', () => {
  if (!hasChromium && browserRequired) {
    throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium (or set REX_CHROMIUM), or unset REX_REQUIRE_BROWSER`)
  }
})

describe.runIf(hasChromium)('the review page in headless Chromium', () => {
  let close: () => Promise<void> = async () => {}
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    const browser = await launchChromium()
    close = browser.close
    // Any request at all is a failure: the page must be self-contained.
    await browser.context.route('**/*', async (route) => {
      problems.push(`request ${route.request().url()}`)
      await route.abort()
    })
    page = await browser.context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('request', (request) => problems.push(`request ${request.url()}`))
  })

  afterAll(async () => {
    await close()
  })

  async function open(article: Article, width = 1280, name = 'seed'): Promise<void> {
    problems.length = 0
    await page.setViewportSize({width, height: 900})
    await page.setContent(articleToHtml(article, {inputName: name}), {waitUntil: 'load'})
  }

  for (const {name, article} of seeds) {
    it(`shows every claim of ${name} visible, marked by its kind, with its own text`, async () => {
      await open(article, 1280, name)
      expect(article.claims.length).toBeGreaterThan(0)
      for (const claim of article.claims) {
        const element = page.locator(`#rx-${claim.id}`)
        expect(await element.isVisible()).toBe(true)
        const seen = await element.evaluate((node) => {
          const {document, getComputedStyle} = globalThis as unknown as DomWindow
          const claim = node as unknown as DomElement
          const pieces = Array.from(document.querySelectorAll('.rx-claim')).filter((piece) => piece.dataset.claim === claim.dataset.claim)
          return {
            text: pieces.map((piece) => piece.textContent).join(''),
            className: claim.className,
            badge: getComputedStyle(claim, '::before').content,
            background: getComputedStyle(claim).backgroundColor,
            tabIndex: claim.tabIndex,
            description: document.getElementById(claim.getAttribute('aria-describedby') ?? '')?.getAttribute('role')
          }
        })
        expect(seen.text).toBe(claim.text)
        expect(seen.className).toContain(`rx-kind-${claim.kind}`)
        expect(seen.badge).toBe(JSON.stringify(claim.kind))
        expect(seen.background).not.toBe('rgba(0, 0, 0, 0)')
        expect(seen.tabIndex).toBe(0)
        expect(seen.description).toBe('tooltip')
      }
      expect(problems).toEqual([])
    })
  }

  it('shows a claim’s source and details on hover, and keeps them inside the window', async () => {
    const {name, article} = seeds.find((seed) => seed.article.claims.some((claim) => claim.attribution !== null)) ?? seeds[0]!
    const claim = article.claims.find((entry) => entry.attribution !== null)!
    await open(article, 1280, name)
    const tip = page.locator('#rx-tip')
    expect(await tip.isVisible()).toBe(false)
    await page.hover(`#rx-${claim.id}`)
    await tip.waitFor({state: 'visible', timeout: 5000})
    const text = await tip.textContent()
    expect(text).toContain(claim.attribution!.source)
    expect(text).toContain(claim.attribution!.cue)
    expect(text).toContain(`checkworthiness ${claim.checkworthiness}`)
    for (const id of claim.entities) expect(text).toContain(article.entities.find((entity) => entity.id === id)!.name)
    const box = (await tip.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(1280)
    await page.mouse.move(0, 0)
    await tip.waitFor({state: 'hidden', timeout: 5000})
    expect(problems).toEqual([])
  })

  it('reaches claims with Tab, shows their details on focus and hides them on Escape', async () => {
    const {name, article} = seeds[0]!
    await open(article, 1280, name)
    const focused: string[] = []
    for (let press = 0; press < 12 && !focused.includes(`rx-${article.claims[1]!.id}`); press++) {
      await page.keyboard.press('Tab')
      focused.push(await page.evaluate(() => (globalThis as unknown as DomWindow).document.activeElement?.id ?? ''))
    }
    const claims = focused.filter((id) => id.startsWith('rx-c'))
    expect(claims).toEqual([`rx-${article.claims[0]!.id}`, `rx-${article.claims[1]!.id}`])
    const tip = page.locator('#rx-tip')
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.textContent()).toContain(`checkworthiness ${article.claims[1]!.checkworthiness}`)
    const outline = await page.evaluate(() => {
      const {document, getComputedStyle} = globalThis as unknown as DomWindow
      return getComputedStyle(document.activeElement!).outlineStyle
    })
    expect(outline).toBe('solid')
    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    expect(problems).toEqual([])
  })

  it('gives each claim its details as its accessible description, and the page its landmarks', async () => {
    const {name, article} = seeds.find((seed) => seed.article.claims.some((claim) => claim.attribution !== null))!
    await open(article, 1280, name)
    const cdp = await page.context().newCDPSession(page)
    type AxNode = {role?: {value?: string}; name?: {value?: string}; description?: {value?: string}}
    const {root} = (await cdp.send('DOM.getDocument')) as {root: {nodeId: number}}
    for (const claim of article.claims) {
      const {nodeId} = (await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector: `#rx-${claim.id}`})) as {nodeId: number}
      const {nodes: own} = (await cdp.send('Accessibility.getPartialAXTree', {nodeId, fetchRelatives: false})) as unknown as {nodes: AxNode[]}
      const description = own[0]?.description?.value ?? ''
      expect(description, claim.id).toContain(`${claim.kind} `)
      expect(description, claim.id).toContain(`checkworthiness ${claim.checkworthiness}`)
      if (claim.attribution) expect(description, claim.id).toContain(`Source ${claim.attribution.source} — “${claim.attribution.cue}”`)
      else expect(description, claim.id).toContain('Source none stated')
    }
    const {nodes} = (await cdp.send('Accessibility.getFullAXTree')) as unknown as {nodes: AxNode[]}
    const landmarks = nodes.map((node) => node.role?.value)
    for (const role of ['banner', 'main', 'complementary', 'article']) expect(landmarks).toContain(role)
    await cdp.detach()
    expect(problems).toEqual([])
  })

  it('shows what each repaired span was when asked, and marks an entity’s mentions from the panel', async () => {
    const {name, article} = seeds.find((seed) => seed.article.encoding.repairs.length > 0 && seed.article.entities.length > 0)!
    await open(article, 1280, name)
    const before = (): Promise<string[]> =>
      page.evaluate(() => {
        const {document, getComputedStyle} = globalThis as unknown as DomWindow
        return Array.from(document.querySelectorAll('main .rx-repair')).map((repair) => getComputedStyle(repair, '::before').content)
      })
    expect(new Set(await before())).toEqual(new Set(['none']))
    await page.check('#rx-show-was')
    const shown = await before()
    expect(shown.length).toBeGreaterThan(0)
    for (const content of shown) expect(article.encoding.repairs.map((repair) => JSON.stringify(repair.from))).toContain(content)

    const entity = article.entities[0]!
    const button = page.locator(`.rx-hl[data-hl="${entity.id}"]`)
    await button.click()
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    const pinned = await page.evaluate(() => {
      const {document} = globalThis as unknown as DomWindow
      return Array.from(document.querySelectorAll('.rx-pin')).map((mention) => [mention.dataset.ref, mention.textContent])
    })
    expect(pinned.map(([, text]) => text).sort()).toEqual(entity.mentions.map((mention) => mention.text).sort())
    for (const [ref] of pinned) expect(ref).toBe(entity.id)
    await button.click()
    expect(await page.locator('.rx-pin').count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('fits a 375px phone screen: nothing wider than the screen, the panel under the article', async () => {
    for (const {name, article} of [...seeds, ...fixtures, unbreakable]) {
      await open(article, 375, name)
      const layout = await page.evaluate(() => {
        const {document} = globalThis as unknown as DomWindow
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          mainBottom: document.querySelector('main')!.getBoundingClientRect().bottom,
          panelTop: document.querySelector('aside')!.getBoundingClientRect().top
        }
      })
      expect(layout.scrollWidth, name).toBeLessThanOrEqual(layout.clientWidth)
      expect(layout.panelTop, name).toBeGreaterThanOrEqual(layout.mainBottom)
      const last = article.claims.at(-1)
      if (last !== undefined) {
        await page.focus(`#rx-${last.id}`)
        const box = (await page.locator('#rx-tip').boundingBox())!
        expect(box.x, name).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width, name).toBeLessThanOrEqual(375)
      }
      const widthWithDetails = await page.evaluate(() => (globalThis as unknown as DomWindow).document.documentElement.scrollWidth)
      expect(widthWithDetails, name).toBeLessThanOrEqual(layout.clientWidth)
      expect(problems, name).toEqual([])
    }
  })

  it('writes the screenshot docs/review-page.png (a seed, one claim’s details open)', async () => {
    const {name, article} = seeds.find((seed) => seed.name === showcase)!
    await open(article, 1280, `seeds/${name}`)
    const claim =
      article.claims.find((entry) => entry.attribution !== null) ?? article.claims.find((entry) => entry.quantities.length > 0) ?? article.claims[0]!
    await page.hover(`#rx-${claim.id}`)
    const tip = page.locator('#rx-tip')
    await tip.waitFor({state: 'visible', timeout: 5000})
    // The top of the page down to just under the open details, in page coordinates (hovering may have scrolled).
    const bottom = await tip.evaluate((node) => (node as unknown as DomElement).getBoundingClientRect().bottom + (globalThis as unknown as {scrollY: number}).scrollY)
    const height = Math.max(900, Math.ceil(bottom) + 40)
    await page.screenshot({path: new URL('../../docs/review-page.png', import.meta.url).pathname, fullPage: true, clip: {x: 0, y: 0, width: 1280, height}})
    expect(problems).toEqual([])
  })
})
