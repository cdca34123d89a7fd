import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import gazetteer from '../../src/data/gazetteer.json';
import { localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { isStale, parseConfirmed } from '../../src/lib/content/confirmed-date';
import { distanceKm } from '../../src/lib/geo/distance';
import { STALE_RANK_PENALTY_KM } from '../../src/lib/places/nearest-open';
import { axeViolations } from './support/axe';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** The places as the content files give them: the expected answers come from here, not from the page. */
const places = readdirSync('content/places')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data = parse(readFileSync(`content/places/${f}`, 'utf8')) as {
      type: string;
      status: string;
      confirmed: string | number;
      location: { lat: number; lon: number };
    };
    const stale = isStale(parseConfirmed(String(data.confirmed)) ?? 'unknown', new Date());
    return { id: f.replace(/\.yaml$/, ''), type: data.type, status: data.status, stale, lat: data.location.lat, lon: data.location.lon };
  });

/**
 * Distances (km) of the 3 open places the finder should show for a point, in
 * its order: by distance, a place whose status is stale counting as 15 km further.
 */
const expectedNearestKm = (from: { lat: number; lon: number }) =>
  places
    .filter((p) => p.status === 'open')
    .map((p) => ({ km: distanceKm(from, p), rank: distanceKm(from, p) + (p.stale ? STALE_RANK_PENALTY_KM : 0) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 3)
    .map((p) => p.km);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPlaces(path: string, options: BrowserContextOptions = {}) {
  const { context, blocked } = await isolatedContext(browser, options);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(baseUrl + path);
  return { context, page, blocked, errors };
}

async function waitForMap(page: Page) {
  await page.locator('places-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
}

/** Markers on the map: single markers plus the places inside clusters. */
const markersShown = (page: Page) =>
  page.evaluate(() => {
    const single = document.querySelectorAll('.leaflet-marker-pane [data-marker-place]').length;
    const clustered = [...document.querySelectorAll('.leaflet-marker-pane [data-cluster-count]')].reduce((n, el) => n + Number(el.getAttribute('data-cluster-count')), 0);
    return single + clustered;
  });

/** Places that share one point (the same town centre): the map lists them instead of zooming. */
const sharedPoints = Object.values(Object.groupBy(places, (p) => `${p.lat},${p.lon}`))
  .map((group) => (group ?? []).map((p) => p.id).sort())
  .filter((ids) => ids.length > 1);

/**
 * Tabs from the map through its markers until one whose screen-reader label matches;
 * returns that label, or null after `tries` presses.
 */
async function tabToMarker(page: Page, label: RegExp, tries = 15): Promise<string | null> {
  await page.locator('[data-map-canvas]').focus();
  for (let i = 0; i < tries; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement?.closest('.leaflet-marker-pane') ? (document.activeElement.querySelector('.sr-only')?.textContent ?? '') : ''));
    if (label.test(text)) return text;
  }
  return null;
}

const labelPattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{count}', '(\\d+)')}$`);

/** Results of the finder: place ids and the distances shown. */
const nearestShown = (page: Page) => page.locator('[data-nearest-place]').evaluateAll((els) => els.map((el) => el.getAttribute('data-nearest-place') ?? ''));

const kmOf = (id: string, from: { lat: number; lon: number }) => distanceKm(from, places.find((p) => p.id === id)!);

describe('the places map', () => {
  it.each(localeCodes)('/%s/places/ shows one marker per place, from our own basemap only, with no axe violations', async (lang) => {
    const { context, page, blocked, errors } = await openPlaces(`/${lang}/places/`);
    await waitForMap(page);
    await expect.poll(() => markersShown(page)).toBe(places.length);
    expect(await page.locator('[data-map-canvas]').getAttribute('data-markers')).toBe(String(places.length));
    expect(await page.locator('[data-map-canvas]').getAttribute('role')).toBe('region');
    expect(await page.locator('[data-map-canvas]').getAttribute('aria-label')).toBe((lang === 'ka' ? ka : en)['map.label']);
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(3);
    expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('OpenStreetMap contributors');
    expect(await axeViolations(page)).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('markers are reached with Tab, open a popup linking to the place page with Enter, and get focus back on Escape', async () => {
    const { context, page } = await openPlaces('/ka/places/');
    await waitForMap(page);
    await page.locator('[data-map-canvas]').focus();
    let reached: string | null = null;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.querySelector('[data-marker-place]')?.getAttribute('data-marker-place') ?? null);
    }
    expect(reached).not.toBeNull();
    const marker = page.locator(`.leaflet-marker-icon:has([data-marker-place="${reached}"])`);
    expect(await marker.getAttribute('role')).toBe('button');
    const name = await marker.innerText();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup-content a');
    await link.waitFor();
    expect(name).toContain(await link.innerText());
    expect(await link.getAttribute('href')).toBe(`/ka/places/${reached}/`);
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe(ka['map.closePopup']);
    await page.keyboard.press('Escape');
    await link.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.querySelector('[data-marker-place]')?.getAttribute('data-marker-place'))).toBe(reached);
    await context.close();
  });

  it('a cluster of places that share a point opens, with Enter, a list linking to each of them', async () => {
    expect(sharedPoints.length).toBeGreaterThan(0);
    const { context, page } = await openPlaces('/ka/places/');
    await waitForMap(page);
    const label = await tabToMarker(page, labelPattern(ka['map.clusterList']));
    expect(label).not.toBeNull();
    await page.keyboard.press('Enter');
    const links = page.locator('.leaflet-popup-content li a');
    await links.first().waitFor();
    const listed = (await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''))).map((href) => href.replace(/^\/ka\/places\/|\/$/g, '')).sort();
    expect(sharedPoints).toContainEqual(listed);
    expect(label).toContain(String(listed.length));
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await links.first().waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.querySelector('.sr-only')?.textContent)).toBe(label);
    await context.close();
  });

  it('a cluster opened with Enter zooms in to where it splits and hands focus to what it split into', async () => {
    const { context, page } = await openPlaces('/en/places/', { viewport: { width: 412, height: 915 } });
    await waitForMap(page);
    const label = await tabToMarker(page, labelPattern(en['map.cluster']));
    expect(label).not.toBeNull();
    const count = Number(label?.match(/\d+/)?.[0]);
    await page.keyboard.press('Enter');
    // Focus moves to a marker of the next zoom: a single place or a smaller cluster, no longer the one pressed.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = document.activeElement;
          if (!active?.closest('.leaflet-marker-pane')) return null;
          return active.querySelector('[data-marker-place]') ? 1 : Number(active.querySelector('[data-cluster-count]')?.getAttribute('data-cluster-count'));
        }),
      )
      .toBeLessThan(count);
    await context.close();
  });

  it('filters change the markers and the list alike, and say how many places show', async () => {
    const { context, page } = await openPlaces('/en/places/');
    await waitForMap(page);
    await page.getByRole('checkbox', { name: en['placeType.iom-office'] }).uncheck();
    const expected = places.filter((p) => p.type !== 'iom-office');
    const visibleInList = await page.locator('#place-list li:not([hidden]) [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(visibleInList.sort()).toEqual(expected.map((p) => p.id).sort());
    await expect.poll(() => markersShown(page)).toBe(expected.length);
    expect(await page.locator('place-filters [role=status]').innerText()).toBe(`Showing ${expected.length} of ${places.length} places`);
    await page.getByRole('checkbox', { name: en['placeStatus.open'] }).uncheck();
    const plannedNonIom = expected.filter((p) => p.status === 'planned');
    await expect.poll(() => markersShown(page)).toBe(plannedNonIom.length);
    expect(await page.locator('#place-list li:not([hidden]) [data-place]').count()).toBe(plannedNonIom.length);
    await context.close();
  });
});

describe('the nearest-place finder', () => {
  const ozurgeti = gazetteer.find((t) => t.id === 'ozurgeti')!;

  it('with the device position lists the 3 nearest open places in order, and keeps the position out of the address', async () => {
    const here = { lat: 42.27, lon: 42.71 };
    const { context, page, blocked } = await openPlaces('/ka/places/', { permissions: ['geolocation'], geolocation: { latitude: here.lat, longitude: here.lon } });
    await page.getByRole('button', { name: ka['finder.useLocation'] }).click();
    await page.locator('[data-nearest-place]').first().waitFor();
    const shown = await nearestShown(page);
    expect(shown.map((id) => kmOf(id, here))).toEqual(expectedNearestKm(here));
    expect(shown.every((id) => places.find((p) => p.id === id)?.status === 'open')).toBe(true);
    expect(await page.locator('[data-finder-results] h3').innerText()).toBe(ka['finder.resultsFromHere']);
    // The unit comes from the browser's Intl data (Chromium builds differ in Georgian unit names).
    expect(await page.locator('[data-nearest-place]').first().innerText()).toMatch(/\d+([.,]\d)? (კმ|km)/);
    const directions = await page.locator('[data-nearest-place]').first().locator('a[href^="https://"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(directions.some((h) => h.startsWith('https://www.openstreetmap.org/directions'))).toBe(true);
    expect(directions.some((h) => h.startsWith('https://www.google.com/maps/dir/'))).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(blocked).toEqual([]);
    await context.close();
  });

  it.each([
    ['ka', ka],
    ['en', en],
  ] as const)('on /%s/ says so in the page language when location access is denied', async (lang, strings) => {
    const { context, page } = await openPlaces(`/${lang}/places/`, { permissions: [] });
    await page.getByRole('button', { name: strings['finder.useLocation'] }).click();
    await expect.poll(() => page.locator('place-finder [role=status]').innerText()).toBe(strings['finder.denied']);
    expect(await page.locator('[data-nearest-place]').count()).toBe(0);
    await context.close();
  });

  it('choosing a town (a romanisation variant, from the suggestions) needs no geolocation and puts ?from= in the address', async () => {
    const { context, page } = await openPlaces('/en/places/');
    const input = page.getByRole('combobox', { name: en['finder.townLabel'] });
    await input.fill('Zestafoni');
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').first().innerText()).toContain('Zestaponi');
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.locator('[data-nearest-place]').first().waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('zestaponi');
    const zestaponi = gazetteer.find((t) => t.id === 'zestaponi')!;
    expect((await nearestShown(page)).map((id) => kmOf(id, zestaponi))).toEqual(expectedNearestKm(zestaponi));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open places nearest to Zestaponi');
    await context.close();
  });

  it.each([
    ['ka', ka, 'ქ'],
    ['en', en, 'Kh'],
  ] as const)('on /%s/ at 360 × 640 the open suggestion list leaves the show-nearest button uncovered, and its hint suits touch and keys', async (lang, strings, query) => {
    const { context, page } = await openPlaces(`/${lang}/places/`, { viewport: { width: 360, height: 640 } });
    const input = page.getByRole('combobox', { name: strings['finder.townLabel'] });
    await input.fill(query);
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    expect(await page.getByRole('option').count()).toBeGreaterThan(2);
    const button = page.getByRole('button', { name: strings['finder.show'] });
    const list = (await listbox.boundingBox())!;
    const shown = (await button.boundingBox())!;
    const overlap =
      list.x < shown.x + shown.width && shown.x < list.x + list.width && list.y < shown.y + shown.height && shown.y < list.y + list.height;
    expect(overlap, `list ${JSON.stringify(list)}, button ${JSON.stringify(shown)}`).toBe(false);
    // Nothing covers the button: a tap at its centre reaches it, with the list still open.
    await button.scrollIntoViewIfNeeded();
    expect(await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    })).toBe(true);
    expect(await listbox.isVisible()).toBe(true);
    // The hint speaks of choosing from the list, not of keys a touch screen does not have.
    const hint = await page.locator('place-finder [role=status]').innerText();
    expect(hint).toMatch(/\d/);
    expect(hint).not.toMatch(/arrow|key|ისრ|კლავიშ/i);
    await context.close();
  });

  it('opening ?from=ozurgeti shows the result at once, and the language switch keeps it', async () => {
    const { context, page, errors } = await openPlaces('/ka/places/?from=ozurgeti');
    await page.locator('[data-nearest-place]').first().waitFor();
    expect((await nearestShown(page)).map((id) => kmOf(id, ozurgeti))).toEqual(expectedNearestKm(ozurgeti));
    expect(await page.getByRole('combobox').inputValue()).toBe('ოზურგეთი');
    expect(await page.locator('[data-nearest-place]').first().innerText()).toContain(ka['precision.town-centre']);
    expect(new URL((await page.getAttribute('[data-language-switch]', 'href')) ?? '', baseUrl).search).toBe('?from=ozurgeti');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('each result says how current its status is and gives a number to call; a stale place ranks after a fresh one at the same point', async () => {
    const { context, page, errors } = await openPlaces('/en/places/?from=telavi');
    await page.locator('[data-nearest-place]').first().waitFor();
    const shown = await nearestShown(page);
    // IOM's Telavi office (confirmed November 2026) and the Telavi hub (last confirmed 2023) share one point.
    expect(shown.indexOf('iom-telavi')).toBeLessThan(shown.indexOf('telavi-service-hub'));
    for (const id of shown) {
      const result = page.locator(`[data-nearest-place="${id}"]`);
      const note = result.locator('[data-confirmed]');
      const stale = places.find((p) => p.id === id)?.stale;
      expect(await note.getAttribute('data-confirmed')).toBe(stale ? 'stale' : 'fresh');
      expect(await note.innerText()).toMatch(stale ? /^Open · last confirmed \d{4}: call before you go$|^Open · the source gives no date/ : /^Open · as of [A-Z][a-z]+ \d{4}$/);
      const link = result.locator('[data-finder-contact] a');
      expect(await link.getAttribute('href')).toMatch(/^tel:\+?\d+$|^https?:\/\//);
    }
    expect(await page.locator('[data-nearest-place="telavi-service-hub"] [data-finder-contact]').innerText()).toBe(
      'Call: +995\u00a0574\u00a017\u00a096\u00a023 (Telavi Municipality)\nlast confirmed 2020: the number may have changed',
    );
    expect(await page.locator('[data-nearest-place="telavi-service-hub"] [data-confirmed]').innerText()).toBe(
      'Open · last confirmed 2023: call before you go',
    );
    expect(await page.locator('[data-nearest-place="iom-telavi"] [data-confirmed]').innerText()).toBe('Open · as of November 2026');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unknown town gets a message instead of a wrong answer', async () => {
    const { context, page } = await openPlaces('/en/places/');
    await page.getByRole('combobox').fill('Xyzzyville');
    await page.getByRole('button', { name: en['finder.show'] }).click();
    await expect.poll(() => page.locator('place-finder [role=status]').innerText()).toContain('Xyzzyville');
    expect(await page.locator('[data-nearest-place]').count()).toBe(0);
    await context.close();
  });
});
