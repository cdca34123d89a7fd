import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const phone = { width: 360, height: 640 };
const strings = { ka, en };

/** One page of each type. */
const pageTypes = [
  '',
  'about/',
  'places/',
  'places/akhmeta-service-hub/',
  'programs/',
  'programs/state-reintegration-programme/',
  'check/',
  'news/',
  'news/batumi-cooperation/',
  'search/',
  'site-map/',
  'for-municipalities/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const menuPanel = (page: Page) => page.locator('details[data-menu] [data-menu-panel]');

describe.each(localeCodes)('the header on a 360 × 640 phone, in %s', (lang) => {
  it('leaves the first screen to the content: every page type’s <h1> starts within the top 160 px', async () => {
    const { context, blocked } = await isolatedContext(browser, { viewport: phone });
    const page = await context.newPage();
    for (const path of pageTypes) {
      await page.goto(`${baseUrl}/${lang}/${path}`);
      const top = await page.locator('h1').first().evaluate((h) => h.getBoundingClientRect().top);
      expect(top, `/${lang}/${path}`).toBeLessThanOrEqual(160);
      // The full bar is for wide screens only; the phone row holds name, language switch and menu.
      expect(await page.locator('header nav').first().isVisible(), `/${lang}/${path}: navigation shown before the menu opens`).toBe(false);
    }
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('opens and closes the menu from the keyboard, with search and every section inside', async () => {
    const { context } = await isolatedContext(browser, { viewport: phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/about/`);
    const summary = page.locator('details[data-menu] > summary');
    expect(await summary.innerText()).toContain(strings[lang]['nav.menu']);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await menuPanel(page).isVisible()).toBe(true);
    expect(await menuPanel(page).getByRole('searchbox').isVisible()).toBe(true);
    const links = menuPanel(page).getByRole('navigation').getByRole('link');
    expect(await links.count()).toBe(6);
    expect(await menuPanel(page).locator('a[aria-current=page]').innerText()).toBe(strings[lang]['nav.about']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-menu-panel]') !== null)).toBe(true);
    await summary.focus();
    await page.keyboard.press('Space');
    expect(await menuPanel(page).isVisible()).toBe(false);
    await context.close();
  });

  it('opens the menu without JavaScript, and its links work', async () => {
    const { context } = await isolatedContext(browser, { viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/`);
    await page.locator('details[data-menu] > summary').click();
    expect(await menuPanel(page).isVisible()).toBe(true);
    await menuPanel(page).getByRole('link', { name: strings[lang]['nav.places'] }).click();
    await page.waitForURL(`**/${lang}/places/`);
    expect(await page.locator('h1').innerText()).toBe(strings[lang]['places.title']);
    await page.locator('details[data-menu] > summary').click();
    await page.locator('details[data-menu] > summary').click();
    expect(await menuPanel(page).isVisible()).toBe(false);
    await context.close();
  });
});

describe('the header on a wide screen', () => {
  it('shows the full bar (tagline, search, navigation) and no menu button', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/programs/`);
    expect(await page.locator('details[data-menu] > summary').isVisible()).toBe(false);
    expect(await page.locator('header nav').last().isVisible()).toBe(true);
    expect(await page.locator('header').getByText(en['site.tagline']).isVisible()).toBe(true);
    expect(await page.locator('header [role=search]').first().isVisible()).toBe(true);
    await context.close();
  });
});
