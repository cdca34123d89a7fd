import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const placeIds = readdirSync('content/hubs')
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => f.replace(/\.[a-z]+$/, ''))
  .sort();
const languages = ['ka', 'en'] as const;

/** What the content says about a place, read from the built open data (made from the same files). */
interface OpenPlace {
  id: string;
  name: { ka: string; en: string };
  location: { lat: number; lon: number; precision: 'building' | 'town-centre' };
  phones?: Array<{ number: string }>;
  email?: string;
  website?: string;
  address?: { ka: string; en: string };
  hours?: unknown[];
  contactInstead?: { name: { ka: string; en: string }; url?: string };
}
let places: Map<string, OpenPlace>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await isolatedContext(browser));
  const data = (await (await fetch(`${baseUrl}/data/hubs.json`)).json()) as { places: OpenPlace[] };
  places = new Map(data.places.map((p) => [p.id, p]));
});
afterAll(async () => {
  await browser?.close();
});

/** Undoes vCard line folding and splits into logical lines. */
const vcardLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe.each(languages)('place pages in %s', (lang) => {
  it.concurrent.each(placeIds)('%s shows contacts or who to contact, hours or "contact before you go", map, directions to its coordinates and JSON-LD with geo', async (id) => {
    const place = places.get(id);
    expect(place, `${id} missing from hubs.json`).toBeDefined();
    if (!place) return;
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/${lang}/places/${id}/`);
    const contact = page.locator('section[aria-labelledby=contact]');
    if (place.phones?.length) {
      const tel = await contact.locator('a[href^="tel:"]').first().getAttribute('href');
      expect(tel).toBe(`tel:${place.phones[0]?.number.replace(/[^\d+]/g, '')}`);
    }
    if (!place.phones && !place.email && !place.website && !place.address) {
      expect(await contact.innerText()).toContain(place.contactInstead?.name[lang] ?? (lang === 'en' ? 'IOM Georgia' : 'IOM'));
    }

    const hours = page.locator('section[aria-labelledby=hours]');
    if (place.hours) expect(await hours.locator('table tbody tr').count()).toBe(7);
    else expect(await hours.locator('[data-hours-unknown]').isVisible()).toBe(true);

    const pair = `${place.location.lat},${place.location.lon}`;
    const osm = new URL((await page.getAttribute('a[data-directions=osm]', 'href')) ?? '');
    expect(osm.hostname).toBe('www.openstreetmap.org');
    expect(osm.searchParams.get('route')).toBe(`;${pair}`);
    const google = new URL((await page.getAttribute('a[data-directions=google]', 'href')) ?? '');
    expect(google.hostname).toBe('www.google.com');
    expect(google.searchParams.get('destination')).toBe(pair);

    expect(await page.locator('[data-mini-map] svg [data-place-dot]').count()).toBe(1);
    const approximate = page.locator('[data-mini-map] [data-approximate]');
    expect(await approximate.count()).toBe(place.location.precision === 'town-centre' ? 1 : 0);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '');
    expect(data['@context']).toBe('https://schema.org');
    expect(['GovernmentOffice', 'LocalBusiness']).toContain(data['@type']);
    expect(data.name).toBe(place.name[lang]);
    expect(data.geo).toEqual({ '@type': 'GeoCoordinates', latitude: place.location.lat, longitude: place.location.lon });
    expect(new URL(data.url).pathname).toBe(`/${lang}/places/${id}/`);
    expect('telephone' in data).toBe(Boolean(place.phones?.length));
    expect('openingHoursSpecification' in data).toBe(Boolean(place.hours));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.concurrent.each(placeIds)('%s offers a vCard that downloads as text/vcard and names the place', async (id) => {
    const place = places.get(id);
    if (!place) throw new Error(`${id} missing from hubs.json`);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/places/${id}/`);
    const link = page.locator('a[data-vcard]');
    expect(await link.getAttribute('download')).toBe(`${id}.vcf`);
    const href = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    await page.close();

    const response = await fetch(href);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/vcard/);
    const text = await response.text();
    for (const physical of text.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    const lines = vcardLines(text);
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines).toContain('END:VCARD');
    expect(lines).toContain(`FN:${place.name[lang].replace(/([,;\\])/g, '\\$1')}`);
    expect(lines).toContain(`GEO:${place.location.lat};${place.location.lon}`);
    expect(lines.some((l) => l.startsWith('URL:') && l.endsWith(`/${lang}/places/${id}/`))).toBe(true);
    const note = lines.find((l) => l.startsWith('NOTE:')) ?? '';
    if (place.location.precision === 'town-centre') expect(note).toMatch(lang === 'en' ? /Approximate location/ : /მიახლოებითი/);
    expect(lines.some((l) => l.startsWith('TEL'))).toBe(Boolean(place.phones?.length));
    const adr = lines.find((l) => l.startsWith('ADR')) ?? '';
    // Street slot (third) holds the address when the content gives one; otherwise only the town (fourth).
    const [, , street, town] = adr.slice(adr.indexOf(':') + 1).split(';');
    expect(street).toBe(place.address ? place.address[lang].replace(/([,;\\])/g, '\\$1') : '');
    if (!place.address) expect(town).not.toBe('');
  });

  it.concurrent.each(placeIds)('%s prints on one A4 page without the site chrome, with its own address', async (id) => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/places/${id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['body > header', 'footer', 'nav', '[data-directions]', 'a[data-vcard]']) {
      const shown = await page.locator(chrome).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      expect(shown, `${chrome} is printed`).toBe(0);
    }
    expect(await page.locator('[data-print-url]').innerText()).toContain(`/${lang}/places/${id}/`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length, 'printed pages').toBe(1);
    await page.close();
  });
});

describe('the open-now line (client script)', () => {
  // No place in the content has opening hours yet (FACTS gives none), so the
  // element is tested on a small page with the real script, bundled from source.
  let script: string;
  beforeAll(async () => {
    const result = await build({ entryPoints: ['src/components/places/open-now-element.ts'], bundle: true, write: false, format: 'iife' });
    script = result.outputFiles[0]?.text ?? '';
  });

  const hours = JSON.stringify([{ days: ['fri'], opens: '22:00', closes: '02:00' }]);
  const fixture = `<!doctype html><html lang="en"><head><title>open-now</title></head><body>
    <open-now hidden data-hours='${hours}' data-open-text="Open now" data-closed-text="Closed now"></open-now></body></html>`;

  it.each([
    ['Friday 22:30 in Tbilisi', '2026-11-27T18:30:00Z', 'Open now', 'open'],
    ['Saturday 01:30 in Tbilisi (still Friday 20:30 in New York)', '2026-11-27T21:30:00Z', 'Open now', 'open'],
    ['Saturday 02:00 in Tbilisi', '2026-11-27T22:00:00Z', 'Closed now', 'closed'],
    ['Thursday 23:00 in Tbilisi', '2026-11-26T19:00:00Z', 'Closed now', 'closed'],
  ])('at %s it says what Georgia’s clock says, whatever the visitor’s time zone', async (_, instant, text, state) => {
    const { context: nyContext } = await isolatedContext(browser, { timezoneId: 'America/New_York' });
    const page = await nyContext.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await page.setContent(fixture);
    const element = page.locator('open-now');
    expect(await element.isVisible()).toBe(false);
    await page.addScriptTag({ content: script });
    expect(await element.isVisible()).toBe(true);
    expect(await element.innerText()).toBe(text);
    expect(await element.getAttribute('data-state')).toBe(state);
    await nyContext.close();
  });
});
