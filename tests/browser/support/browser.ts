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

const loopbackHosts = new Set(['127.0.0.1', 'localhost']);

/** Requests blocked so far, per browser context still being watched. */
const blockedByContext = new Map<BrowserContext, string[]>();
const closedContexts = new WeakSet<BrowserContext>();

/** Lets a context's pages talk only to loopback; every other request is blocked and recorded. */
async function confineToLoopback(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  blockedByContext.set(context, blocked);
  context.on('close', () => closedContexts.add(context));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || loopbackHosts.has(url.hostname)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

/**
 * Starts Chromium, failing with a clear message when it is not installed.
 * Every context it opens (`newContext`, `newPage`, or code in scripts/ given
 * the browser) is confined to loopback, and after every browser test no request
 * may have been blocked (tests/browser/support/no-other-hosts.ts): a spec cannot
 * forget to check that the site works without any other host.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const browser = await chromium.launch({ executablePath, args: chromiumFlags, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    await confineToLoopback(context);
    return context;
  };
  return browser;
}

/**
 * The requests blocked since the last call, over every context; contexts closed
 * since are forgotten. The browser tests' setup file (no-other-hosts.ts) asserts
 * after every test that it is empty; this module stays free of Vitest so the
 * audit and the benchmarks can launch the same browser.
 */
export function takeBlockedRequests(): string[] {
  const all: string[] = [];
  for (const [context, blocked] of blockedByContext) {
    all.push(...blocked.splice(0));
    if (closedContexts.has(context)) blockedByContext.delete(context);
  }
  return all;
}

/**
 * A browser context whose pages may only talk to loopback (as every context of
 * launchBrowser's browser); `blocked` lists the requests refused so far, for a
 * test that wants to look at them before the shared check after each test.
 * Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`):
 * requests a worker makes bypass this request filter, and its precaching of the site on every
 * fresh context would only slow the other tests down.
 */
export async function isolatedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const blocked = blockedByContext.get(context) ?? (await confineToLoopback(context));
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
