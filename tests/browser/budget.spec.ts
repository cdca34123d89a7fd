import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLACES_BUDGET_BYTES, measureTransfer } from '../../scripts/budget-places.ts';
import { launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the places page byte budget', () => {
  it('transfers at most 200 KB compressed with its map drawn (HTML, CSS, JS, basemap, font), all from our own origin', async () => {
    const { total, requests } = await measureTransfer(browser, `${baseUrl}/ka/places/`);
    expect(requests.some((r) => r.url.endsWith('/data/basemap.svg'))).toBe(true);
    // Leaflet and the map view come in a chunk of their own, with the map's stylesheet, once the page has painted.
    expect(requests.some((r) => /\/_astro\/map-view\.[^/]+\.js$/.test(r.url))).toBe(true);
    expect(requests.some((r) => /\/_astro\/map\.[^/]+\.css$/.test(r.url))).toBe(true);
    expect(requests.filter((r) => new URL(r.url).origin !== baseUrl)).toEqual([]);
    expect(total).toBeLessThanOrEqual(PLACES_BUDGET_BYTES);
  });
});
