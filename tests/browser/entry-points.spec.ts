import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { axeViolations } from './support/axe';
import { isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('opening /', () => {
  it.each([
    ['ka-GE', '/ka/'],
    ['en-US', '/en/'],
    ['ru-RU', '/ka/'],
  ])('with a browser in %s leads to %s', async (locale, expected) => {
    const { context } = await isolatedContext(browser, { locale });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}${expected}`);
    expect(new URL(page.url()).pathname).toBe(expected);
    await context.close();
  });

  it('leads to Georgian without JavaScript', async () => {
    const { context } = await isolatedContext(browser, { locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/ka/`);
    await context.close();
  });
});

describe('an unknown address', () => {
  it('answers 404 with a page in Georgian and English linking home', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/ka/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('გვერდი ვერ მოიძებნა');
    expect(await page.locator('[lang=en] h2').innerText()).toBe('Page not found');
    expect(await page.locator('a[href="/ka/"]').count()).toBe(1);
    expect(await page.locator('a[href="/en/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('feeds and crawler files', () => {
  it.each(localeCodes)('the %s RSS feed lists the news in that language', async (lang) => {
    const response = await fetch(`${baseUrl}/${lang}/rss.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain(`<language>${lang}</language>`);
    expect(xml).toMatch(new RegExp(`<link>[^<]*/${lang}/news/batumi-cooperation/</link>`));
  });

  it('robots.txt points to the sitemap, which has hreflang alternates', async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
    const sitemap = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text();
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/about\/"/);
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="ka" href="[^"]*\/ka\/about\/"/);
  });
});
