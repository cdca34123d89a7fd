/**
 * What axe cannot see (issue 17), as a visitor with a screen reader, Windows high contrast,
 * reduced motion or a small phone meets it: quiet announcements, the finder's screen-reader
 * details and target size, language of parts, and a map that keeps still and answers Space.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/ui-en';
import { preparePage } from '../../scripts/audit/a11y/describe.ts';
import { targetProblems } from '../../scripts/audit/a11y/target-size.ts';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: BrowserContextOptions = {}) {
  const { context } = await isolatedContext(browser, { viewport: { width: 360, height: 640 }, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(baseUrl + path);
  return { context, page, errors };
}

/**
 * Records what the live regions under `root` would announce: their text each time it changes
 * to something not empty (a screen reader reads a polite region's new text once it settles).
 */
async function recordAnnouncements(page: Page, root: string): Promise<void> {
  await page.evaluate((selector) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    for (const region of document.querySelectorAll(`${selector} [aria-live], ${selector} [role=status], ${selector} [role=alert]`)) {
      let last = region.textContent?.trim() ?? '';
      new MutationObserver(() => {
        const now = region.textContent?.trim() ?? '';
        if (now !== last && now !== '') said.push(now);
        last = now;
      }).observe(region, { childList: true, subtree: true, characterData: true });
    }
  }, root);
}
const announcements = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

describe('the search page announces a short status, once per finished search', () => {
  const searched = (page: Page) => page.waitForSelector('site-search[data-state="done"]', { timeout: 20_000 });

  it('the live region holds only the count, not the results, and says it once', async () => {
    const { context, page } = await open('/en/search/');
    await searched(page);
    await recordAnnouncements(page, 'site-search');
    await page.fill('#search-q', 'Kutaisi');
    await page.press('#search-q', 'Enter');
    await searched(page);
    const count = await page.locator('[data-search-result]').count();
    expect(count).toBeGreaterThan(1);
    const said = await announcements(page);
    expect(said).toEqual([`${count} results for “Kutaisi”.`]);
    // "Show more" adds results without reading them all out again.
    const more = page.locator('[data-search-more]');
    if (await more.isVisible()) {
      await more.click();
      await expect.poll(() => page.locator('[data-search-result]').count()).toBeGreaterThan(5);
      expect(await announcements(page)).toEqual(said);
    }
    await context.close();
  });

  it('arrow keys in the Region filter start one search, not one per key', async () => {
    const { context, page } = await open('/en/search/?q=programme');
    await searched(page);
    await recordAnnouncements(page, 'site-search');
    await page.focus('#search-region');
    for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(1500);
    await searched(page);
    const region = await page.locator('#search-region').inputValue();
    expect(region).not.toBe('');
    expect(new URL(page.url()).searchParams.get('region')).toBe(region);
    expect(await announcements(page)).toHaveLength(1);
    await context.close();
  });

  it('fits a 320 px screen without scrolling sideways', async () => {
    const { context, page } = await open('/en/search/', { viewport: { width: 320, height: 640 } });
    await searched(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('the nearest-place finder for a screen reader', () => {
  const combobox = (page: Page) => page.getByRole('combobox', { name: en['finder.townLabel'] });

  it('names its suggestion list, marks Georgian names lang="ka", and says "1 suggestion"', async () => {
    const { context, page } = await open('/en/places/');
    await combobox(page).fill('Ozurge');
    await page.getByRole('listbox', { name: en['finder.townLabel'] }).waitFor();
    expect(await page.getByRole('option').count()).toBe(1);
    expect(await page.locator('[role=option] [lang="ka"]').first().innerText()).toMatch(/ოზურგეთი/u);
    await expect.poll(() => page.locator('place-finder [role=status]').innerText()).toMatch(/^1 suggestion\b/);
    await context.close();
  });

  it('shows the suggestion chosen with the arrow keys in forced colours', async () => {
    const { context, page } = await open('/en/places/');
    await page.emulateMedia({ forcedColors: 'active' });
    await combobox(page).fill('Telavi');
    const first = page.getByRole('option').first();
    await first.waitFor();
    const look = () =>
      first.evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.backgroundColor, s.color, s.outlineStyle, s.borderTopColor].join(' ');
      });
    const unselected = await look();
    await combobox(page).press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await look()).not.toBe(unselected);
    await context.close();
  });

  it('ties "town not found" to the field, and reads the result title once (focus moves to it, the status stays quiet)', async () => {
    const { context, page } = await open('/en/places/');
    await combobox(page).fill('Xyzzyville');
    await combobox(page).press('Enter');
    const describedBy = (await combobox(page).getAttribute('aria-describedby')) ?? '';
    const descriptions = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''), describedBy);
    expect(descriptions.join(' ')).toContain('Xyzzyville');
    expect(await combobox(page).getAttribute('aria-invalid')).toBe('true');

    await recordAnnouncements(page, 'place-finder');
    await combobox(page).fill('Telavi');
    await combobox(page).press('Enter');
    await page.locator('[data-nearest-place]').first().waitFor();
    const title = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(title).toBe('Open places nearest to Telavi');
    expect((await announcements(page)).filter((said) => said.includes(title))).toEqual([]);
    expect(await combobox(page).getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });

  it('its results meet target size (WCAG 2.5.8) on a 360 px phone', async () => {
    const { context, page } = await open('/en/places/?from=telavi');
    await page.locator('[data-nearest-place]').first().waitFor();
    await preparePage(page);
    const problems = (await targetProblems(page)).filter((p) => p.includes('Directions'));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the map, with reduced motion and the keyboard', () => {
  async function mapReady(page: Page) {
    await page.locator('places-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
  }

  it('does not animate zoom, fades or pans when the visitor asks for reduced motion', async () => {
    const { context, page, errors } = await open('/en/places/', { reducedMotion: 'reduce' });
    await mapReady(page);
    const canvas = page.locator('[data-map-canvas]');
    expect(await canvas.evaluate((el) => el.classList.contains('leaflet-fade-anim'))).toBe(false);
    expect(await page.locator('.leaflet-map-pane.leaflet-zoom-animated').count()).toBe(0);
    // A keyboard pan moves the map at once: no transform transition left running.
    await canvas.focus();
    const before = await page.locator('.leaflet-map-pane').evaluate((el) => el.style.transform);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.leaflet-map-pane').evaluate((el) => el.style.transform)).not.toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll('.leaflet-pan-anim, .leaflet-zoom-anim').length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a marker answers Space like a button, without scrolling the page, and its name is not repeated as its description', async () => {
    const { context, page } = await open('/en/places/', { viewport: { width: 1024, height: 768 } });
    await mapReady(page);
    const marker = page.locator('.leaflet-marker-icon:has([data-marker-place])').first();
    await marker.focus();
    expect(await marker.getAttribute('title')).toBeNull();
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('Space');
    await page.locator('.leaflet-popup-content a').first().waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await context.close();
  });
});

describe('language of parts', () => {
  it('the Georgian example in the English search hint says lang="ka"', async () => {
    const { context, page } = await open('/en/search/');
    expect(await page.locator('#search-hint [lang="ka"]').first().innerText()).toMatch(/[ა-ჰ]/u);
    await context.close();
  });

  it('the English map credit on a Georgian page says lang="en"', async () => {
    const { context, page } = await open('/ka/places/');
    await page.locator('places-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
    expect(await page.locator('.leaflet-control-attribution [lang="en"]').first().innerText()).toContain('OpenStreetMap');
    await context.close();
  });
});
