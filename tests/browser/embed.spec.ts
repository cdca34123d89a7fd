import { readdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { axeViolations } from './support/axe';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const otherOrigin = inject('otherOrigin');
const placeIds = readdirSync('content/places')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the fixture "municipality site" on another loopback origin and frames `path` from the portal in it. */
async function embedOnOtherSite(page: Page, path: string): Promise<Frame> {
  await page.goto(`${otherOrigin}/`);
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = 'Returnee Portal';
    iframe.width = '420';
    iframe.height = '700';
    document.body.append(iframe);
  }, baseUrl + path);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

describe('embeds for municipalities', () => {
  it.each([
    ['ka', ka],
    ['en', en],
  ] as const)('/%s/embed/map/ renders in an iframe on another origin: map with every place, the list, links opening on the portal', async (lang, strings) => {
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const frame = await embedOnOtherSite(page, `/${lang}/embed/map/`);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    expect(await frame.locator('h1').innerText()).toBe(strings['embed.mapTitle']);
    expect(await frame.locator('header, nav, footer').count()).toBe(0);
    await frame.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
    expect(await frame.locator('[data-map-canvas]').getAttribute('data-markers')).toBe(String(placeIds.length));
    const listed = await frame.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(listed.sort()).toEqual([...placeIds].sort());
    const portal = frame.locator('[data-open-portal]');
    expect(await portal.getAttribute('href')).toBe(`/${lang}/places/`);
    expect(await portal.getAttribute('target')).toBe('_blank');
    expect(await portal.getAttribute('rel')).toBe('noopener');
    // A place link opens the portal in a new window, not inside the municipality's frame.
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.locator('#place-list a').first().click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toMatch(new RegExp(`^/${lang}/places/[a-z0-9-]+/$`));
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('one place renders in an iframe with its name, status, contacts or who to contact, and a link to the portal', async () => {
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const frame = await embedOnOtherSite(page, '/en/embed/places/iom-poti/');
    expect(await frame.locator('h1').innerText()).toBe('IOM Poti field office');
    expect(await frame.locator('body').innerText()).toContain(en['placeStatus.open']);
    expect(await frame.locator('#contact').count()).toBe(1);
    expect(await frame.locator('a[href="https://georgia.iom.int"]').count()).toBe(1);
    const portal = frame.locator('[data-open-portal]');
    expect(await portal.getAttribute('href')).toBe('/en/places/iom-poti/');
    expect(await portal.getAttribute('target')).toBe('_blank');
    expect(blocked).toEqual([]);
    await context.close();
  });

  it.each(['/ka/embed/map/', '/en/embed/places/telavi-service-hub/', '/ka/embed/places/iom-kutaisi/'])(
    '%s has no axe violations, is noindex and stays out of the sitemap',
    async (path) => {
      const { context } = await isolatedContext(browser);
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(baseUrl + path);
      expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(sitemapPaths().filter((p) => p.includes('/embed/'))).toEqual([]);
      await context.close();
    },
  );

  it('every place has an embed page in both languages', async () => {
    for (const lang of localeCodes) {
      for (const id of placeIds) {
        expect((await fetch(`${baseUrl}/${lang}/embed/places/${id}/`)).status, `${lang}/${id}`).toBe(200);
      }
    }
  });
});
