// One headless Chromium per test file (Debian's, never a downloaded one).
import { chromium, type Browser } from 'playwright-core'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureChromium, CHROMIUM_ARGS } = require('../support/chromium.cjs') as { ensureChromium(): string; CHROMIUM_ARGS: string[] }

export async function launchBrowser(): Promise<Browser> {
    return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true })
}
