import { readdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { isolatedContext, launchBrowser } from './support/browser';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await isolatedContext(browser, { javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
});

describe('when JavaScript is unavailable', () => {
  it.concurrent.each(sitemapPaths())('%s shows its heading, content and navigation', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(80);
    expect(await page.locator('nav a').count()).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it.each(localeCodes)('the %s places page lists every place', async (lang) => {
    const placeFiles = readdirSync('content/places').filter((f) => /\.(ya?ml|json)$/.test(f));
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/places/`);
    const listed = await page.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(listed.sort()).toEqual(placeFiles.map((f) => f.replace(/\.[a-z]+$/, '')).sort());
    await page.close();
  });
});
