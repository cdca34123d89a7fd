#!/usr/bin/env node
/**
 * Byte budget of the places page: loads /ka/places/ in Chromium from a
 * compressed loopback server (scripts/serve-dist.ts), waits until the map has
 * drawn, and adds up the bytes sent over the wire (compressed bodies plus
 * headers) for every request: HTML, CSS, JS, basemap, font. Exits non-zero
 * above the budget. The browser test tests/browser/budget.spec.ts uses the same
 * measurement, so `npm test` enforces it too.
 *
 *   npm run budget:places            # against dist/
 *   DIST_DIR=/tmp/x npm run budget:places
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { serveDist } from './serve-dist.ts';

/** The budget: ≤ 200 KB compressed in total, map included. */
export const PLACES_BUDGET_BYTES = 200 * 1024;

/**
 * Loads `url`, scrolls the map into view, waits for it to draw and for the
 * network to go quiet, and returns the transferred bytes per request.
 */
export async function measureTransfer(
  browser: Browser,
  url: string,
): Promise<{ total: number; requests: Array<{ url: string; bytes: number }> }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, locale: 'ka-GE' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const requests: Array<{ url: string; bytes: number }> = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => requests.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength }));
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('places-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { total: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.env['DIST_DIR'] ?? 'dist';
  const site = await serveDist({ root, port: 0 });
  const browser = await launchBrowser();
  try {
    const { total, requests } = await measureTransfer(browser, `${site.url}/ka/places/`);
    for (const r of requests.sort((a, b) => b.bytes - a.bytes)) {
      console.log(`${(r.bytes / 1024).toFixed(1).padStart(7)} KB  ${new URL(r.url).pathname}`);
    }
    const verdict = total <= PLACES_BUDGET_BYTES ? 'within' : 'OVER';
    console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  total for /ka/places/ (${verdict} the ${PLACES_BUDGET_BYTES / 1024} KB budget)`);
    process.exitCode = total <= PLACES_BUDGET_BYTES ? 0 : 1;
  } finally {
    await browser.close();
    await site.close();
  }
}
