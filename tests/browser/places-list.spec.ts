import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const phone = { width: 360, height: 640 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the places list on a 360 × 640 phone', () => {
  it.each(localeCodes)('/%s/places/ draws the filter box around its controls, not as slivers between lines', async (lang) => {
    const { context } = await isolatedContext(browser, { viewport: phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/places/`);
    const box = page.locator('place-filters');
    await box.locator('input[type=checkbox]').first().waitFor();
    // An inline box with block content is drawn as one fragment per line: the bordered box must be one rectangle.
    const { fragments, outer, inner } = await box.evaluate((el) => ({
      fragments: el.getClientRects().length,
      outer: el.getBoundingClientRect().toJSON() as DOMRect,
      inner: [...el.children].map((c) => c.getBoundingClientRect().toJSON() as DOMRect),
    }));
    expect(fragments).toBe(1);
    expect(outer.height).toBeGreaterThan(100);
    for (const child of inner) {
      expect(child.top).toBeGreaterThanOrEqual(outer.top);
      expect(child.bottom).toBeLessThanOrEqual(outer.bottom);
      expect(child.left).toBeGreaterThanOrEqual(outer.left);
      expect(child.right).toBeLessThanOrEqual(outer.right);
    }
    await context.close();
  });

  it.each(localeCodes)('/%s/places/ puts a colon and a space between "Services" and the services', async (lang) => {
    const strings = lang === 'ka' ? ka : en;
    const { context } = await isolatedContext(browser, { viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/places/`);
    const lines = await page.locator('#place-list [data-place] p', { hasText: strings['places.services'] }).allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.trim()).toMatch(new RegExp(`^${strings['places.services']}: \\S`));
    }
    expect(lines.map((l) => l.trim())).toContain(`${strings['places.services']}: ${strings['service.information']}`);
    await context.close();
  });
});
