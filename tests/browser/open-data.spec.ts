import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { parseCsv } from '../unit/lib/places/support/csv';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const placeIds = readdirSync('content/places')
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => f.replace(/\.[a-z]+$/, ''))
  .sort();

async function get(path: string) {
  const response = await fetch(baseUrl + path);
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe('open data files', () => {
  it('/data/hubs.json lists every place file with names in both languages and page addresses', async () => {
    const { type, text } = await get('/data/hubs.json');
    expect(type).toMatch(/^application\/json/);
    const data = JSON.parse(text) as { count: number; places: Array<{ id: string; name: { ka: string; en: string }; url: { ka: string; en: string } }> };
    expect(data.count).toBe(placeIds.length);
    expect(data.places.map((p) => p.id)).toEqual(placeIds);
    for (const place of data.places) {
      expect(place.name.ka).toMatch(/[\u10D0-\u10FF]/);
      expect(place.name.en.length).toBeGreaterThan(0);
      expect(new URL(place.url.ka).pathname).toBe(`/ka/places/${place.id}/`);
      expect((await fetch(`${baseUrl}/en/places/${place.id}/`)).status).toBe(200);
    }
  });

  it('/data/hubs.geojson is an RFC 7946 FeatureCollection with one Point per place file, [lon, lat] as in hubs.json', async () => {
    const { type, text } = await get('/data/hubs.geojson');
    expect(type).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(text);
    const places = JSON.parse((await get('/data/hubs.json')).text).places as Array<{ id: string; location: { lat: number; lon: number } }>;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection).not.toHaveProperty('crs');
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual(placeIds);
    for (const feature of collection.features) {
      const place = places.find((p) => p.id === feature.id);
      expect(feature.type).toBe('Feature');
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [place?.location.lon, place?.location.lat] });
      expect(feature.properties).toHaveProperty('name_ka');
      expect(feature.properties).toHaveProperty('url_en');
    }
  });

  it('/data/hubs.csv is UTF-8 CSV with a header row and one row per place file', async () => {
    const { type, text } = await get('/data/hubs.csv');
    expect(type).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 3)).toEqual(['id', 'name_ka', 'name_en']);
    expect(rows.map((r) => r[0]).sort()).toEqual(placeIds);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  });

  it('every file carries each place’s confirmation date, as the content file gives it, and its caveat in both languages', async () => {
    const confirmed = new Map(
      placeIds.map((id) => [id, String((parse(readFileSync(`content/places/${id}.yaml`, 'utf8')) as { confirmed: string | number }).confirmed)]),
    );
    const json = JSON.parse((await get('/data/hubs.json')).text).places as Array<{ id: string; confirmed: string; caveat: { ka: string; en: string } }>;
    for (const place of json) {
      expect(place.confirmed, place.id).toBe(confirmed.get(place.id));
      expect(place.caveat.en).toMatch(/^Status “(Open|Planned|Closed)”, (as of|last confirmed|the source gives no date)/);
      expect(place.caveat.ka).toMatch(/^სტატუსი „/);
    }
    const geojson = JSON.parse((await get('/data/hubs.geojson')).text);
    for (const feature of geojson.features) {
      const place = json.find((p) => p.id === feature.id);
      expect(feature.properties).toMatchObject({ confirmed: place?.confirmed, caveat_ka: place?.caveat.ka, caveat_en: place?.caveat.en });
    }
    const [header = [], ...rows] = parseCsv((await get('/data/hubs.csv')).text);
    for (const row of rows) {
      const cell = (column: string) => row[header.indexOf(column)];
      const place = json.find((p) => p.id === cell('id'));
      expect([cell('confirmed'), cell('caveat_ka'), cell('caveat_en')]).toEqual([place?.confirmed, place?.caveat.ka, place?.caveat.en]);
    }
  });
});

describe('the For municipalities page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(localeCodes)('in %s links to each open data file, and every link works', async (lang) => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/for-municipalities/`);
    const hrefs = await page.locator('[data-open-data] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/data/hubs.json', '/data/hubs.geojson', '/data/hubs.csv', '/data/datapackage.json']);
    for (const href of hrefs) await get(href ?? '');
    await get('/data/ATTRIBUTION.md');
    await context.close();
  });

  it.each(localeCodes)('in %s shows the snippets as selectable text without JavaScript, with addresses in that language', async (lang) => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/for-municipalities/`);
    expect(await page.locator('copy-snippet button').count()).toBe(0);
    const code = (name: string) => page.locator(`[data-snippet=${name}] code`).innerText();
    expect(await code('portal-link')).toMatch(new RegExp(`^<a href="https?://[^"]+/${lang}/places/">`));
    expect(await code('map-iframe')).toMatch(new RegExp(`^<iframe src="https?://[^"]+/${lang}/embed/map/" title="[^"]+"`));
    // Every place's link and card (tests/browser/embed.spec.ts looks at each).
    expect(await page.locator('[data-snippet=place-iframe]').count()).toBe(placeIds.length);
    expect(await page.locator('[data-snippet=place-link]').count()).toBe(placeIds.length);
    await context.close();
  });

  it('copies a snippet to the clipboard with the Copy button and says so', async () => {
    const { context } = await isolatedContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/en/for-municipalities/`);
    const snippet = page.locator('[data-snippet=map-iframe]');
    await snippet.locator('button').click();
    expect(await snippet.locator('[role=status]').innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet.locator('code').innerText());
    // The address this page is served from, whatever SITE_URL the build had.
    expect(copied).toContain(`<iframe src="${baseUrl}/en/embed/map/"`);
    expect(copied).toContain(`<script src="${baseUrl}/embed-resize.js" async referrerpolicy="no-referrer"></script>`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(localeCodes)('in %s previews the embeddable map and place card in titled iframes that load', async (lang) => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/for-municipalities/`);
    for (const preview of ['map', 'place']) {
      const frame = page.locator(`iframe[data-preview=${preview}]`).first();
      expect((await frame.getAttribute('title'))?.length).toBeGreaterThan(0);
      const src = (await frame.getAttribute('src')) ?? '';
      expect(src).toMatch(new RegExp(`^/${lang}/embed/`));
      expect((await fetch(baseUrl + src)).status, src).toBe(200);
    }
    await context.close();
  });
});
