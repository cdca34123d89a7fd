import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium from calling home on this closed network. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Starts Chromium, failing with a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, args: chromiumFlags, headless: true });
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost']);

/**
 * A browser context whose pages may only talk to loopback; every other request is blocked and
 * recorded. Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`):
 * requests a worker makes bypass this request filter, and its precaching of the site on every
 * fresh context would only slow the other tests down.
 */
export async function isolatedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || loopbackHosts.has(url.hostname)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
