import { readdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { axeViolations } from './support/axe';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const otherOrigin = inject('otherOrigin');
const placeIds = readdirSync('content/places')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the fixture "municipality site" on another loopback origin and frames `path` from the portal in it. */
async function embedOnOtherSite(page: Page, path: string): Promise<Frame> {
  await page.goto(`${otherOrigin}/`);
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = 'Returnee Portal';
    iframe.width = '420';
    iframe.height = '700';
    document.body.append(iframe);
  }, baseUrl + path);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

describe('embeds for municipalities', () => {
  it.each([
    ['ka', ka],
    ['en', en],
  ] as const)('/%s/embed/map/ renders in an iframe on another origin: map with every place, the list, links opening on the portal', async (lang, strings) => {
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const frame = await embedOnOtherSite(page, `/${lang}/embed/map/`);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    expect(await frame.locator('h1').innerText()).toBe(strings['embed.mapTitle']);
    expect(await frame.locator('header, nav, footer').count()).toBe(0);
    await frame.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
    expect(await frame.locator('[data-map-canvas]').getAttribute('data-markers')).toBe(String(placeIds.length));
    const listed = await frame.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(listed.sort()).toEqual([...placeIds].sort());
    const portal = frame.locator('[data-open-portal]');
    expect(await portal.getAttribute('href')).toBe(`/${lang}/places/`);
    expect(await portal.getAttribute('target')).toBe('_blank');
    expect(await portal.getAttribute('rel')).toBe('noopener');
    // A place link opens the portal in a new window, not inside the municipality's frame.
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.locator('#place-list a').first().click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toMatch(new RegExp(`^/${lang}/places/[a-z0-9-]+/$`));
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('one place renders in an iframe with its name, status, contacts or who to contact, and a link to the portal', async () => {
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const frame = await embedOnOtherSite(page, '/en/embed/places/iom-poti/');
    expect(await frame.locator('h1').innerText()).toBe('IOM Poti field office');
    expect(await frame.locator('body').innerText()).toContain(en['placeStatus.open']);
    expect(await frame.locator('#contact').count()).toBe(1);
    expect(await frame.locator('a[href="https://georgia.iom.int"]').count()).toBe(1);
    const portal = frame.locator('[data-open-portal]');
    expect(await portal.getAttribute('href')).toBe('/en/places/iom-poti/');
    expect(await portal.getAttribute('target')).toBe('_blank');
    expect(blocked).toEqual([]);
    await context.close();
  });

  it.each(['/ka/embed/map/', '/en/embed/places/telavi-service-hub/', '/ka/embed/places/iom-kutaisi/'])(
    '%s has no axe violations, is noindex and stays out of the sitemap',
    async (path) => {
      const { context } = await isolatedContext(browser);
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(baseUrl + path);
      expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(sitemapPaths().filter((p) => p.includes('/embed/'))).toEqual([]);
      await context.close();
    },
  );

  it('every place has an embed page in both languages', async () => {
    for (const lang of localeCodes) {
      for (const id of placeIds) {
        expect((await fetch(`${baseUrl}/${lang}/embed/places/${id}/`)).status, `${lang}/${id}`).toBe(200);
      }
    }
  });
});

/** Common frame widths, as the fixed heights are measured (src/lib/places/embed-height.ts). */
const widths = [320, 768, 1200] as const;

/**
 * The embed snippets of `/<lang>/for-municipalities/` as a visitor copies them (with JavaScript,
 * so their addresses are this host's): the map's and every place's.
 */
async function copiedSnippets(lang: string): Promise<Array<{ name: string; html: string }>> {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${lang}/for-municipalities/`);
  await page.waitForSelector('copy-snippet button');
  const map = (await page.locator('[data-snippet=map-iframe] code').textContent()) ?? '';
  const places = await page
    .locator('[data-place-panel]')
    .evaluateAll((panels) =>
      panels.map((p) => ({ name: (p as HTMLElement).dataset['placePanel'] ?? '', html: p.querySelector('[data-snippet=place-iframe] code')?.textContent ?? '' })),
    );
  await context.close();
  return [{ name: 'map', html: map }, ...places];
}

/** What a framed embed shows: its frame's inner size, and the size of its content. */
interface FrameFit {
  frameHeight: number;
  contentHeight: number;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Pastes `html` (a snippet) into the body of the fixture municipality page on the other origin,
 * `width` px wide with no margin, as a web editor would, scripts included (they run), and
 * returns the frame once its embed has loaded (for the map: drawn).
 */
async function pasteSnippet(page: Page, html: string, width: number): Promise<Frame> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${otherOrigin}/`);
  await page.evaluate((snippet) => {
    document.body.style.margin = '0';
    document.body.replaceChildren(document.createRange().createContextualFragment(snippet));
  }, html);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the snippet has no frame');
  await frame.waitForLoadState('load');
  if (frame.url().includes('/embed/map/')) await frame.waitForSelector('places-map[data-ready]', { timeout: 30_000 });
  await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  return frame;
}

/** The frame's and its content's sizes (after the resize script, if any, has had its say). */
async function fitOf(page: Page, frame: Frame): Promise<FrameFit> {
  const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      contentHeight: root.getBoundingClientRect().height,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    };
  });
  return { frameHeight, ...inner };
}

const scrollsInside = (fit: FrameFit) => fit.scrollHeight > fit.clientHeight || fit.scrollWidth > fit.clientWidth;

describe('embed snippets fit their content', () => {
  it.each(localeCodes)(
    'in %s, every embed framed by its snippet on another origin, without the script, shows all its content at 320, 768 and 1,200 px',
    async (lang) => {
      const snippets = await copiedSnippets(lang);
      expect(snippets.length).toBe(placeIds.length + 1);
      const { context } = await isolatedContext(browser);
      const page = await context.newPage();
      const scrolling: string[] = [];
      for (const { name, html } of snippets) {
        const [iframe, script] = html.split('\n');
        expect(iframe).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" /);
        expect(script).toBe(`<script src="${baseUrl}/embed-resize.js" async referrerpolicy="no-referrer"></script>`);
        for (const width of widths) {
          const fit = await fitOf(page, await pasteSnippet(page, iframe ?? '', width));
          if (scrollsInside(fit)) scrolling.push(`${name} at ${width} px: content ${fit.scrollHeight} px in a ${fit.clientHeight} px frame`);
        }
      }
      expect(scrolling, 'embeds grew taller than their measured heights: run `npm run build && npm run embed:heights`').toEqual([]);
      await context.close();
    },
  );

  it.each(localeCodes)('in %s, with the snippet’s script, the frame takes exactly its content’s height at every width', async (lang) => {
    const snippets = await copiedSnippets(lang);
    // The map, the tallest card and the shortest.
    const chosen = ['map', 'telavi-service-hub', 'iom-tbilisi'].map((name) => snippets.find((s) => s.name === name));
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const snippet of chosen) {
      if (!snippet) throw new Error('snippet missing');
      for (const width of widths) {
        const frame = await pasteSnippet(page, snippet.html, width);
        // Messages cross between two processes: give the last height (after fonts, the map) time to arrive.
        // Fitted: the frame within 1 px of its content, and nothing scrolls inside it (both read at once).
        const settled = () => fitOf(page, frame).then((fit) => Math.abs(fit.frameHeight - fit.contentHeight) <= 1 && !scrollsInside(fit));
        await expect.poll(settled, { timeout: 15_000, message: `${snippet.name} at ${width} px` }).toBe(true);
      }
    }
    // Widening the page narrows the content: the frame follows it down.
    const frame = await pasteSnippet(page, chosen[1]?.html ?? '', 320);
    await page.waitForFunction(() => document.querySelector('iframe')?.style.height !== '');
    const narrow = (await fitOf(page, frame)).frameHeight;
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.waitForFunction((h) => (document.querySelector('iframe')?.getBoundingClientRect().height ?? h) < h - 100, narrow);
    expect(scrollsInside(await fitOf(page, frame))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the resize script accepts heights only from the portal’s own frames, not from the page or another origin', async () => {
    const snippets = await copiedSnippets('en');
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await pasteSnippet(page, snippets[1]?.html ?? '', 768);
    await page.waitForFunction(() => document.querySelector('iframe')?.style.height !== '');
    const fitted = await page.locator('iframe').evaluate((f) => f.style.height);
    // Another script on the municipality's page (this origin) claims a height for the frame.
    await page.evaluate(() => window.postMessage({ type: 'returnee-portal:embed-height', height: 40 }, '*'));
    await page.waitForTimeout(300);
    expect(await page.locator('iframe').evaluate((f) => f.style.height)).toBe(fitted);
    await context.close();
  });

  it('the sandbox keeps the embed working: the map draws, links open the portal in an ordinary window, and no referrer is sent', async () => {
    const [map] = await copiedSnippets('ka');
    expect(map?.html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(map?.html).toContain('referrerpolicy="no-referrer"');
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const referrers: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(baseUrl)) referrers.push(request.headers()['referer'] ?? '');
    });
    const frame = await pasteSnippet(page, map?.html ?? '', 768);
    expect(await frame.locator('[data-map-canvas]').getAttribute('data-markers')).toBe(String(placeIds.length));
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.locator('#place-list a').first().click()]);
    await popup.waitForLoadState('load');
    expect(new URL(popup.url()).pathname).toMatch(/^\/ka\/places\/[a-z0-9-]+\/$/);
    // Scripts run in the portal's window: it escaped the frame's sandbox.
    await popup.waitForFunction(() => customElements.get('share-page') !== undefined);
    expect(referrers.length).toBeGreaterThan(0);
    expect(referrers.filter((r) => r !== '')).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('For municipalities: a snippet for every place', () => {
  it.each(localeCodes)('in %s, without JavaScript, lists every place with its link and card snippets, one panel open', async (lang) => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/for-municipalities/`);
    const panels = page.locator('details[data-place-panel]');
    expect((await panels.evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset['placePanel']))).sort()).toEqual([...placeIds].sort());
    expect(await page.locator('details[data-place-panel][open]').count()).toBe(1);
    for (const id of placeIds) {
      const panel = page.locator(`details[data-place-panel="${id}"]`);
      expect(await panel.locator('[data-snippet=place-link] code').textContent()).toMatch(new RegExp(`^<a href="https?://[^"]+/${lang}/places/${id}/">`));
      expect(await panel.locator('[data-snippet=place-iframe] code').textContent()).toMatch(new RegExp(`^<iframe src="https?://[^"]+/${lang}/embed/places/${id}/" title="[^"]+"`));
      expect(await panel.locator('iframe[data-preview=place]').getAttribute('src')).toBe(`/${lang}/embed/places/${id}/`);
    }
    expect(await page.locator('select').count()).toBe(0);
    await context.close();
  });

  it('with JavaScript, a select chooses the place whose snippets and preview are shown', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/en/for-municipalities/`);
    const select = page.getByLabel(en['forMunicipalities.choosePlace']);
    await select.selectOption('iom-poti');
    expect(await page.locator('details[data-place-panel]:visible').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset['placePanel']))).toEqual(['iom-poti']);
    const panel = page.locator('details[data-place-panel="iom-poti"]');
    expect(await panel.getAttribute('open')).not.toBeNull();
    expect(await panel.locator('[data-snippet=place-iframe] code').innerText()).toContain(`${baseUrl}/en/embed/places/iom-poti/`);
    const preview = await (await panel.locator('iframe[data-preview=place]').elementHandle())?.contentFrame();
    await preview?.waitForLoadState('load');
    expect(await preview?.locator('h1').innerText()).toBe('IOM Poti field office');
    // The preview fits its content as the snippet's script would.
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('details[data-place-panel="iom-poti"] iframe')?.style.height !== '');
    expect(errors).toEqual([]);
    await context.close();
  });
});
