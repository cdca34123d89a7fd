import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
/** Words a visitor gives the site, which must not be kept on the phone. */
const typedTown = 'Zugdidi';
const searched = 'ორსულობა visa appointment';
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Everything the site's origin keeps in Cache Storage: each entry's key, the URL and the headers of its response. */
const cacheStorage = (p: Page) =>
  p.evaluate(async () => {
    const out: Array<{ cache: string; key: string; url: string; headers: string }> = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        out.push({ cache: name, key: request.url, url: response?.url ?? '', headers: JSON.stringify([...(response?.headers ?? [])]) });
      }
    }
    return out;
  });

/** Every record of every IndexedDB database of the site's origin, as JSON. */
const indexedDbText = (p: Page) =>
  p.evaluate(async () => {
    const texts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const store of db.objectStoreNames) {
        const records = await new Promise<unknown[]>((done, fail) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => done(all.result);
          all.onerror = () => fail(all.error);
        });
        texts.push(`${name}/${store}: ${JSON.stringify(records)}`);
      }
      db.close();
    }
    return texts;
  });

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await isolatedContext(browser, { serviceWorkers: 'allow' }));
  page = await context.newPage();
  await page.goto(`${baseUrl}/en/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('the offline copy keeps nothing a visitor typed or chose', () => {
  it('after the check, a search and a chosen town, Cache Storage and IndexedDB hold no answer and no query', async () => {
    // The check, filled in and submitted: the answers go into the fragment.
    await page.goto(`${baseUrl}/en/check/`);
    await page.check('input[name=route][value=iom-avrr]');
    await page.fill('input[name=town]', typedTown);
    await page.check('input[name=need][value=health]');
    await page.click('form[data-check-form] button[type=submit]');
    await page.waitForSelector('[data-result]:not([hidden])');
    const checkUrl = new URL(page.url());
    expect(checkUrl.search).toBe('');
    expect(checkUrl.hash).toContain('route=iom-avrr');
    // Opened again from its address, and an older shared address with the answers in the query.
    await page.reload();
    await page.goto(`${baseUrl}/en/check/?route=iom-avrr&town=${typedTown}&need=health`);
    await page.waitForSelector('[data-result]:not([hidden])');
    // A search from the search page, and a town chosen in the nearest-place finder.
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent(searched)}`);
    await page.waitForSelector('site-search[data-state="done"], site-search[data-state="offline"]', { timeout: 20_000 });
    await page.goto(`${baseUrl}/ka/places/?from=ozurgeti`);

    // The worker stores in the background: wait until the last pages are in, under their bare addresses.
    let entries = await cacheStorage(page);
    for (let i = 0; i < 50 && !['/en/check/', '/en/search/'].every((p) => entries.some((e) => e.key === baseUrl + p)); i++) {
      await page.waitForTimeout(200);
      entries = await cacheStorage(page);
    }
    expect(entries.map((e) => e.key)).toEqual(expect.arrayContaining([`${baseUrl}/en/check/`, `${baseUrl}/en/search/`]));
    const database = await indexedDbText(page);
    expect(database.length).toBeGreaterThan(0);

    const stored = [...entries.flatMap((e) => [e.key, e.url, e.headers]), ...database].join('\n');
    for (const secret of [typedTown, 'iom-avrr', 'need=', 'route=', searched, encodeURIComponent(searched), 'q=', 'from=', 'ozurgeti']) {
      expect(stored, secret).not.toContain(secret);
    }
    // The only query kept is Workbox's own revision tag on the files stored up front.
    for (const { key } of entries) expect(new URL(key).search, key).toMatch(/^(\?__WB_REVISION__=[\w-]+)?$/);
  });

  it('stores the pages kept up front under their directory URLs, as a visitor opens them', async () => {
    const keys = (await cacheStorage(page)).map((e) => new URL(e.key).pathname);
    expect(keys).toEqual(expect.arrayContaining(['/ka/', '/en/', '/ka/places/', '/en/places/']));
    expect(keys.filter((k) => k.endsWith('index.html'))).toEqual([]);
  });
});
