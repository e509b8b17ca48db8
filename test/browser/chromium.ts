import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/** Debian's `chromium` package (`apt-get install -y chromium`); `REX_CHROMIUM` points elsewhere. */
export const chromiumPath = process.env.REX_CHROMIUM ?? '/usr/bin/chromium'

/** CI sets `REX_REQUIRE_BROWSER=1`: a missing browser is then a failure, never a silent skip. */
export const browserRequired = process.env.REX_REQUIRE_BROWSER === '1'

export const hasChromium = existsSync(chromiumPath)

/**
 * Launch Chromium headless with a fresh profile and no background traffic of its own (no component updates,
 * sync or QUIC probes), so every request a test sees comes from the page.
 */
export async function launchChromium(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  const profile = mkdtempSync(join(tmpdir(), 'rex-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
