#!/usr/bin/env node
/**
 * Responsiveness of the places map with 1,000 places: serves the built site,
 * opens /ka/places/ in Chromium with the page's places data swapped for 1,000
 * synthetic places spread over Georgia (nothing test-only ships in the site),
 * then measures the time until the map has drawn, the longest main-thread task
 * while loading, and the longest task while the visitor zooms in and out and
 * toggles a filter (each re-clusters every marker). Exits non-zero when a task
 * after load blocks the page for more than 200 ms.
 *
 *   npm run bench:places-map            # against dist/
 *   DIST_DIR=/tmp/x npm run bench:places-map
 */
import { cpus } from 'node:os';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { serveDist } from './serve-dist.ts';

const PLACES = 1000;
const MAX_TASK_MS = 200;
const types = ['service-hub', 'iom-office', 'state-agency'];

/** What the init script records in the page: every long task since navigation. */
interface LongTasks {
  __longTasks: Array<{ start: number; duration: number }>;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same map. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1,000 places inside Georgia's bounding box, with every type and status. */
function syntheticPlaces() {
  const next = random(42);
  return Array.from({ length: PLACES }, (_, i) => ({
    id: `synthetic-${i}`,
    name: `ადგილი ${i}`,
    type: types[i % types.length],
    status: i % 5 === 0 ? 'planned' : 'open',
    town: 'ქალაქი',
    lat: 41.2 + next() * 2.2,
    lon: 40.1 + next() * 6.4,
    precision: 'town-centre',
    href: `/ka/places/synthetic-${i}/`,
  }));
}

const root = process.env['DIST_DIR'] ?? 'dist';
const site = await serveDist({ root, port: 0 });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  await context.addInitScript(() => {
    const w = window as unknown as LongTasks;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const json = JSON.stringify(syntheticPlaces()).replace(/</g, '\\u003c');
  await page.route('**/ka/places/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<script[^>]*id="places-data"[^>]*>)[\s\S]*?(<\/script>)/, (_, open: string, close: string) => `${open}${json}${close}`);
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-encoding': 'identity' } });
  });

  const start = Date.now();
  await page.goto(`${site.url}/ka/places/`);
  await page.locator('places-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('places-map[data-ready]', { timeout: 60_000 });
  await page.waitForFunction((n) => document.querySelector('[data-map-canvas]')?.getAttribute('data-markers') === String(n), PLACES);
  const readyMs = Date.now() - start;
  const loadTasks = await page.evaluate(() => (window as unknown as LongTasks).__longTasks.map((t) => t.duration));
  const readyAt = await page.evaluate(() => performance.now());

  // What a visitor does next: zoom in twice, zoom out, hide a type, show it again.
  const actions: Array<{ name: string; ms: number }> = [];
  const time = async (name: string, act: () => Promise<unknown>) => {
    const t0 = Date.now();
    await act();
    await page.waitForTimeout(400); // let animations and chunked re-clustering finish
    actions.push({ name, ms: Date.now() - t0 - 400 });
  };
  await time('zoom in', () => page.click('.leaflet-control-zoom-in'));
  await time('zoom in', () => page.click('.leaflet-control-zoom-in'));
  await time('zoom out', () => page.click('.leaflet-control-zoom-out'));
  const filter = page.locator('place-filters input[value="iom-office"]');
  await time('filter: hide IOM offices', () => filter.uncheck());
  await time('filter: show IOM offices', () => filter.check());
  const afterTasks = await page.evaluate((t) => (window as unknown as LongTasks).__longTasks.filter((x) => x.start >= t).map((x) => x.duration), readyAt);

  const longest = (list: number[]) => Math.round(Math.max(0, ...list));
  const result = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${browser.version()}`,
    places: PLACES,
    readyMs,
    longestTaskWhileLoadingMs: longest(loadTasks),
    longestTaskAfterLoadMs: longest(afterTasks),
    longTasksAfterLoad: afterTasks.length,
    actions,
  };
  console.log(JSON.stringify(result, null, 2));
  const ok = result.longestTaskAfterLoadMs <= MAX_TASK_MS;
  console.log(ok ? `OK: no task after load blocked the page for more than ${MAX_TASK_MS} ms` : `OVER: a task after load took ${result.longestTaskAfterLoadMs} ms (> ${MAX_TASK_MS} ms)`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await site.close();
}
