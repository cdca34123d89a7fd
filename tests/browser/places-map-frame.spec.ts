import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { georgiaBounds } from '../../src/lib/content/vocabulary';
import { webMercator } from '../../src/lib/geo/basemap-svg';
import { type Box, boxesIntersect } from '../../src/lib/geo/label-placement';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the map shows, as screen rectangles in the page. */
interface MapScene {
  container: Box;
  /** The basemap overlay's rectangle and where its edges lie on the Earth ([[south, west], [north, east]]). */
  basemap: Box;
  basemapBounds: [[number, number], [number, number]];
  labels: Array<{ text: string; box: Box }>;
  markers: Box[];
}

/** Reads the map as drawn: container, basemap overlay, every visible label's text box, every marker and cluster icon. */
async function scene(page: Page): Promise<MapScene> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const canvas = document.querySelector('[data-map-canvas]') as HTMLElement;
    const container = box(canvas.getBoundingClientRect());
    const inside = (b: { left: number; top: number; right: number; bottom: number }) =>
      b.right > container.left && b.left < container.right && b.bottom > container.top && b.top < container.bottom;
    const options = JSON.parse(document.querySelector('places-map')?.getAttribute('data-options') ?? '{}');
    const labels = [...canvas.querySelectorAll<HTMLElement>('.map-label span')]
      .filter((span) => span.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((span) => ({ text: span.textContent ?? '', box: box(span.getBoundingClientRect()) }))
      .filter((l) => inside(l.box));
    const markers = [...canvas.querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon')].map((m) => box(m.getBoundingClientRect())).filter(inside);
    return {
      container,
      basemap: box((canvas.querySelector('svg.leaflet-image-layer') as SVGElement).getBoundingClientRect()),
      basemapBounds: options.basemap.bounds,
      labels,
      markers,
    };
  });
}

/**
 * Share of the map's area that Georgia's bounding box covers: its corners
 * projected as the map projects them (Web Mercator, scaled onto the basemap
 * overlay, whose edges lie at known coordinates), clipped to the container.
 */
function georgiaShare(s: MapScene): number {
  const [[south, west], [north, east]] = s.basemapBounds;
  const [x0, y0] = webMercator(west, north, 0);
  const [x1, y1] = webMercator(east, south, 0);
  const toScreen = (lon: number, lat: number) => {
    const [x, y] = webMercator(lon, lat, 0);
    return [s.basemap.left + ((x - x0) / (x1 - x0)) * (s.basemap.right - s.basemap.left), s.basemap.top + ((y - y0) / (y1 - y0)) * (s.basemap.bottom - s.basemap.top)];
  };
  const [left = 0, top = 0] = toScreen(georgiaBounds.minLon, georgiaBounds.maxLat);
  const [right = 0, bottom = 0] = toScreen(georgiaBounds.maxLon, georgiaBounds.minLat);
  const c = s.container;
  const clipped = Math.max(0, Math.min(right, c.right) - Math.max(left, c.left)) * Math.max(0, Math.min(bottom, c.bottom) - Math.max(top, c.top));
  return clipped / ((c.right - c.left) * (c.bottom - c.top));
}

/** Pairs of labels whose boxes meet, and labels that meet a marker, by their text. */
function collisions(s: MapScene): string[] {
  const found: string[] = [];
  s.labels.forEach((a, i) => {
    for (const b of s.labels.slice(i + 1)) if (boxesIntersect(a.box, b.box)) found.push(`"${a.text}" over "${b.text}"`);
    if (s.markers.some((m) => boxesIntersect(a.box, m))) found.push(`"${a.text}" over a marker`);
  });
  return found;
}

async function openMap(path: string, viewport: { width: number; height: number }) {
  const { context } = await isolatedContext(browser, { viewport });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(baseUrl + path);
  await page.locator('places-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
  return { context, page, errors };
}

/** Where the basemap, every marker and every shown label are drawn: the same twice in a row once the map has settled. */
const drawing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-map-canvas] svg.leaflet-image-layer, [data-map-canvas] .leaflet-marker-icon')]
      .map((el) => `${el.className}${JSON.stringify(el.getBoundingClientRect())}`)
      .join('|'),
  );

/** Zooms in with the map's own button until town names replace region names, waiting after each step until nothing moves. */
async function zoomToTowns(page: Page) {
  for (let i = 0; i < 6 && (await page.locator('.map-label--town').count()) === 0; i++) {
    const before = await drawing(page);
    await page.locator('.leaflet-control-zoom-in').click();
    let [previous, now] = [before, await drawing(page)];
    while (now === before || now !== previous) {
      await page.waitForTimeout(250);
      [previous, now] = [now, await drawing(page)];
    }
  }
}

const viewports = [
  { width: 412, height: 915 },
  { width: 360, height: 640 },
];
const paths = localeCodes.flatMap((lang) => [`/${lang}/places/`, `/${lang}/embed/map/`]);

describe('the places map uses its frame and its labels stay readable', () => {
  for (const viewport of viewports) {
    it.each(paths)(`%s at ${viewport.width} × ${viewport.height}: Georgia fills at least half the map; no label covers another or a marker`, async (path) => {
      const { context, page, errors } = await openMap(path, viewport);
      const country = await scene(page);
      const share = georgiaShare(country);
      console.info(`${path} ${viewport.width}×${viewport.height}: Georgia fills ${(share * 100).toFixed(1)} % of the map; ${country.labels.length} labels, ${country.markers.length} markers`);
      expect(share).toBeGreaterThanOrEqual(0.5);
      expect(country.markers.length).toBeGreaterThan(0);
      expect(country.labels.length).toBeGreaterThanOrEqual(2);
      expect(collisions(country)).toEqual([]);

      await zoomToTowns(page);
      const towns = await scene(page);
      expect(towns.labels.length).toBeGreaterThan(0);
      expect(collisions(towns)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
