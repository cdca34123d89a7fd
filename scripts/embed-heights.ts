#!/usr/bin/env node
/**
 * `npm run embed:heights`: measures how tall each embed's content is (the map of places and
 * every place's card, in both languages) at the common frame widths of
 * src/lib/places/embed-height.ts, in Chromium against the built site, and writes
 * src/data/embed-heights.json. The snippets on /for-municipalities/ take their fixed frame
 * height from it (with a margin), so a frame fits without any script.
 *
 * Run it after a change that makes an embed taller (more text in a place, a new place, a
 * layout change): tests/browser/embed.spec.ts fails when a fixed-height frame no longer fits,
 * and says to run it.
 *
 *   npm run build && npm run embed:heights      # DIST_DIR=… for another build
 */
import { readdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { localeCodes } from '../src/i18n/locales.ts';
import { type EmbedHeights, measuredWidths } from '../src/lib/places/embed-height.ts';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { serveDist } from './serve-dist.ts';

/** The content height (CSS px) of the embed at `url` in a frame `width` px wide. */
async function contentHeight(browser: Browser, url: string, width: number): Promise<number> {
  // Taller than any embed, so no scrollbar takes width from the content.
  const context = await browser.newContext({ viewport: { width, height: 8000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (url.includes('/embed/map/')) await page.waitForSelector('places-map[data-ready]', { timeout: 60_000 });
  const height = await page.evaluate(async () => {
    await document.fonts.ready;
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  });
  await context.close();
  return height;
}

const dist = process.env['DIST_DIR'] ?? 'dist';
const placeIds = readdirSync('content/places')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => f.replace(/\.ya?ml$/, ''))
  .sort();
const server = await serveDist({ root: dist, port: 0, headers: true });
const browser = await launchBrowser();
const heights: EmbedHeights = {};
try {
  for (const locale of localeCodes) {
    const at = (path: string) => Promise.all(measuredWidths.map((width) => contentHeight(browser, `${server.url}${path}`, width)));
    const places: Record<string, number[]> = {};
    for (const id of placeIds) places[id] = await at(`/${locale}/embed/places/${id}/`);
    heights[locale] = { map: await at(`/${locale}/embed/map/`), places };
    console.log(`${locale}: map ${heights[locale].map.join('/')} px; ${placeIds.length} places, tallest ${Math.max(...Object.values(places).flat())} px (at ${measuredWidths.join('/')} px wide)`);
  }
} finally {
  await browser.close();
  await server.close();
}
// One line per embed: a content change shows as a one-line diff.
const json = JSON.stringify(heights, null, 2).replace(/\[\s+([\d,\s]+?)\s+\]/g, (_, list: string) => `[${list.split(/,\s*/).join(', ')}]`);
writeFileSync('src/data/embed-heights.json', `${json}\n`);
console.log('wrote src/data/embed-heights.json');
