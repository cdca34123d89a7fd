import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { parseConfirmed } from '../../src/lib/content/confirmed-date';
import { confirmationNote } from '../../src/lib/places/confirmation';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const placeIds = readdirSync('content/places')
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => f.replace(/\.[a-z]+$/, ''))
  .sort();
const languages = localeCodes;

/** What the content says about a place, read from the built open data (made from the same files). */
interface OpenPlace {
  id: string;
  name: { ka: string; en: string };
  location: { lat: number; lon: number; precision: 'building' | 'town-centre' };
  type: 'service-hub' | 'iom-office' | 'state-agency';
  status: 'open' | 'planned' | 'closed';
  confirmed: string;
  caveat: { ka: string; en: string };
  phones?: Array<{ number: string }>;
  email?: string;
  website?: string;
  address?: { ka: string; en: string };
  hours?: unknown[];
  contactVia?: Array<{ id: string; name: { ka: string; en: string }; phones?: Array<{ number: string }>; website?: string }>;
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
  it.concurrent.each(placeIds)('%s shows a way to make contact, its status with the source’s date, hours or "contact before you go", map, directions (open places only) and JSON-LD', async (id) => {
    const place = places.get(id);
    expect(place, `${id} missing from hubs.json`).toBeDefined();
    if (!place) return;
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/${lang}/places/${id}/`);
    // A contact path: a number to tap, or a named body with a link, every time.
    const contact = page.locator('section[aria-labelledby=contact]');
    const tels = await contact.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const namedBodiesWithLink = await contact
      .locator('[data-contact-via]')
      .evaluateAll((bodies) => bodies.filter((b) => b.querySelector('h3')?.textContent?.trim() && b.querySelector('a[href]')).length);
    expect(tels.length + namedBodiesWithLink, 'no tel: link and no named body with a link').toBeGreaterThan(0);
    if (place.phones?.length) expect(tels[0]).toBe(`tel:${place.phones[0]?.number.replace(/[^\d+]/g, '')}`);
    else {
      const via = place.contactVia ?? [];
      expect(via.length).toBeGreaterThan(0);
      for (const body of via) {
        const block = contact.locator(`[data-contact-via="${body.id}"]`);
        expect(await block.locator('h3').innerText()).toBe(body.name[lang]);
        // The one-line reason this body can help.
        expect((await block.locator('h3 + p').innerText()).length).toBeGreaterThan(20);
        for (const phone of body.phones ?? []) expect(tels).toContain(`tel:${phone.number.replace(/[^\d+]/g, '')}`);
      }
    }

    // The status carries the date its source gave, as the staleness rule words it.
    const statusNote = page.locator('h1 + p [data-confirmed]');
    expect(await statusNote.isVisible()).toBe(true);
    const expected = confirmationNote(parseConfirmed(place.confirmed) ?? 'unknown', lang, new Date(), useTranslations(lang));
    expect(await statusNote.innerText()).toBe(expected.text);
    expect(await statusNote.getAttribute('data-confirmed')).toBe(expected.stale ? 'stale' : 'fresh');
    // And in words, for places whose sources are known (not derived from the rule under test).
    const literal: Record<string, { ka: string; en: string }> = {
      'akhmeta-service-hub': { ka: 'ბოლოს დადასტურდა 2023 წელს: მისვლამდე დარეკეთ', en: 'last confirmed 2023: call before you go' },
      'samgori-service-centre': { ka: 'წყაროში თარიღი მითითებული არ არის: მისვლამდე დარეკეთ', en: 'the source gives no date: call before you go' },
    };
    if (literal[id]) expect(await statusNote.innerText()).toBe(literal[id][lang]);

    const hours = page.locator('section[aria-labelledby=hours]');
    if (place.status !== 'open') expect(await hours.count(), 'opening hours of a door that is not open').toBe(0);
    else if (place.hours) expect(await hours.locator('table tbody tr').count()).toBe(7);
    else expect(await hours.locator('[data-hours-unknown]').isVisible()).toBe(true);

    if (place.status === 'open') {
      const pair = `${place.location.lat},${place.location.lon}`;
      const osm = new URL((await page.getAttribute('a[data-directions=osm]', 'href')) ?? '');
      expect(osm.hostname).toBe('www.openstreetmap.org');
      expect(osm.searchParams.get('route')).toBe(`;${pair}`);
      const google = new URL((await page.getAttribute('a[data-directions=google]', 'href')) ?? '');
      expect(google.hostname).toBe('www.google.com');
      expect(google.searchParams.get('destination')).toBe(pair);
    } else {
      // A door that is not open: no directions, no contact card, and a link to the nearest open place.
      expect(await page.locator('[data-directions]').count()).toBe(0);
      expect(await page.locator('a[data-vcard]').count()).toBe(0);
      const nearest = (await page.getAttribute('[data-not-open] a[data-nearest-open]', 'href')) ?? '';
      const nearestId = nearest.split('/')[3] ?? '';
      expect(places.get(nearestId)?.status).toBe('open');
    }

    expect(await page.locator('[data-mini-map] svg [data-place-dot]').count()).toBe(1);
    const approximate = page.locator('[data-mini-map] [data-approximate]');
    expect(await approximate.count()).toBe(place.location.precision === 'town-centre' ? 1 : 0);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '');
    expect(data['@context']).toBe('https://schema.org');
    // A public office is a GovernmentOffice; an IOM office a Place; never a business.
    expect(data['@type']).toBe(place.type === 'iom-office' ? 'Place' : 'GovernmentOffice');
    expect(data.name).toBe(place.name[lang]);
    const geo = { '@type': 'GeoCoordinates', latitude: place.location.lat, longitude: place.location.lon };
    // An approximate point is the town's, never given as the building's.
    if (place.location.precision === 'building') expect(data.geo).toEqual(geo);
    else {
      expect(data.geo).toBeUndefined();
      expect(data.containedInPlace).toEqual({ '@type': 'City', name: expect.any(String), geo });
    }
    const property = (name: string) => data.additionalProperty.find((p: { propertyID: string }) => p.propertyID === name)?.value;
    expect(property('confirmed')).toBe(place.confirmed);
    expect(property('caveat')).toBe(place.caveat[lang]);
    expect(new URL(data.url).pathname).toBe(`/${lang}/places/${id}/`);
    expect('telephone' in data).toBe(Boolean(place.phones?.length));
    expect('openingHoursSpecification' in data).toBe(Boolean(place.hours));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.concurrent.each(placeIds)('%s, when open, offers a vCard that downloads as text/vcard, names the place and carries a number and the caveat', async (id) => {
    const place = places.get(id);
    if (!place) throw new Error(`${id} missing from hubs.json`);
    if (place.status !== 'open') {
      expect((await fetch(`${baseUrl}/${lang}/places/${id}.vcf`)).status).toBe(404);
      return;
    }
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
    const escaped = (text: string) => text.replace(/([,;\\])/g, '\\$1');
    expect(note).toContain(escaped(place.caveat[lang]));
    // Its own number, or else the first number on its contact path, whose owner the note names.
    const firstVia = place.contactVia?.find((b) => b.phones?.length);
    const number = place.phones?.[0]?.number ?? firstVia?.phones?.[0]?.number;
    expect(lines).toContain(`TEL;TYPE=WORK,VOICE:${number?.replace(/[^\d+]/g, '')}`);
    if (!place.phones?.length && firstVia) expect(note).toContain(escaped(firstVia.name[lang]));
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
