import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';
import { languageOf, sitemapPaths, twinOf } from './support/site';

const baseUrl = inject('baseUrl');
const paths = sitemapPaths();
let browser: Browser;
let context: BrowserContext;
let blocked: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, blocked } = await isolatedContext(browser));
});
afterAll(async () => {
  await browser?.close();
});

describe('the sitemap', () => {
  it('lists pages in both languages, each with its twin', () => {
    expect(paths.filter((p) => languageOf(p) === 'ka').length).toBeGreaterThan(10);
    const missingTwins = paths.filter((p) => !paths.includes(twinOf(p)));
    expect(missingTwins).toEqual([]);
  });
});

// Pages are independent: check several at once (each test opens its own tab).
// axe-core runs on every sitemap page in `npm run audit`, the last step of `npm test`;
// pages with interactive states (map, finder, filters, check, search) run it in their own specs.
describe.concurrent.each(paths)('%s', (path) => {
  const lang = languageOf(path);

  it('answers 200 with the right language, canonical and hreflang tags and no console errors; its language switch round-trips', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);

    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    expect(new URL(canonical ?? '').pathname).toBe(path);
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname])),
    );
    expect(alternates).toEqual({ ka: lang === 'ka' ? path : twinOf(path), en: lang === 'en' ? path : twinOf(path), 'x-default': lang === 'ka' ? path : twinOf(path) });

    const title = await page.title();
    expect(title.trim().length).toBeGreaterThan(0);
    expect(await page.getAttribute('meta[name=description]', 'content')).toBeTruthy();
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();

    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);

    await Promise.all([page.waitForURL(baseUrl + twinOf(path), { waitUntil: 'domcontentloaded' }), page.click('[data-language-switch]')]);
    expect(await page.getAttribute('html', 'lang')).toBe(languageOf(twinOf(path)));
    await Promise.all([page.waitForURL(baseUrl + path, { waitUntil: 'domcontentloaded' }), page.click('[data-language-switch]')]);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.close();
  });
});
