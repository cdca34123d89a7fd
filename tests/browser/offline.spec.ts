import { readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const placeId = readdirSync('content/places').find((f) => f.endsWith('.yaml'))?.replace(/\.yaml$/, '') ?? '';
const programId = readdirSync('content/programs').find((f) => f.endsWith('.yaml'))?.replace(/\.yaml$/, '') ?? '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

/**
 * The h1 of a page opened with the network off, or null when the browser could not load it.
 * Each page opens in a new tab of the same browser profile (a tab that showed an error page
 * would interrupt the next navigation).
 */
async function openOffline(path: string): Promise<string | null> {
  await page.close();
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(baseUrl + path).catch(() => null);
  if (!response?.ok()) return null;
  return page.locator('h1').first().innerText();
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await isolatedContext(browser, { serviceWorkers: 'allow' }));
  page = await context.newPage();
  errors = collectErrors(page);
  // One online visit: the home page installs the service worker, which stores the shell.
  await page.goto(`${baseUrl}/ka/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
  // A place page and a program page visited online are kept as they are visited.
  await page.goto(`${baseUrl}/ka/places/${placeId}/`);
  await page.goto(`${baseUrl}/en/programs/${programId}/`);
  await context.setOffline(true);
});
afterAll(async () => {
  await browser?.close();
});

describe('after one visit, with the network off', () => {
  it('the network really is off: a page never visited does not load', async () => {
    expect(await openOffline('/en/accessibility/')).toBeNull();
  });

  it('the home pages open in both languages', async () => {
    expect(await openOffline('/ka/')).toBeTruthy();
    expect(await openOffline('/en/')).toBeTruthy();
  });

  it('the places page opens and the nearest-place finder works by choosing a town', async () => {
    expect(await openOffline('/en/places/')).toBeTruthy();
    const input = page.getByRole('combobox', { name: en['finder.townLabel'] });
    await input.fill('Kutaisi');
    await page.getByRole('button', { name: en['finder.show'] }).click();
    await page.locator('[data-nearest-place]').first().waitFor();
    expect(await page.locator('[data-nearest-place]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('from')).toBe('kutaisi');
  });

  it('a shared finder link (?from=) opens on the stored places page', async () => {
    expect(await openOffline('/ka/places/?from=ozurgeti')).toBeTruthy();
    await page.locator('[data-nearest-place]').first().waitFor();
    expect(await page.getByRole('combobox', { name: ka['finder.townLabel'] }).inputValue()).toBe('ოზურგეთი');
  });

  it('a place page and a program page visited before open again', async () => {
    expect(await openOffline(`/ka/places/${placeId}/`)).toBeTruthy();
    expect(await openOffline(`/en/programs/${programId}/`)).toBeTruthy();
  });

  it('logged no errors apart from the pages that could not load', () => {
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });
});
