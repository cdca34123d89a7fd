/**
 * "Send or share this page" and "Report a problem with this page" on place and program pages.
 *
 * The report links exist only in a build made with a feedback address. This spec checks the
 * build it is given against FEEDBACK_EMAIL as set when it runs: unset, no page may offer the
 * links; set, every page must, to that address. To check the links themselves:
 *
 *   FEEDBACK_EMAIL=editors@example.org npx astro build --outDir dist-feedback
 *   FEEDBACK_EMAIL=editors@example.org DIST_DIR=dist-feedback npx vitest run --project browser tests/browser/share-and-report.spec.ts
 */
import { readdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { axeViolations } from './support/axe';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const feedbackEmail = process.env['FEEDBACK_EMAIL']?.trim() ?? '';
const firstId = (folder: string) =>
  readdirSync(folder)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => f.replace(/\.[a-z]+$/, ''))
    .sort()[0] ?? '';
/** One place page and one program page in each language. */
const pages = localeCodes.flatMap((lang) => [
  { lang, kind: 'place', path: `/${lang}/places/${firstId('content/places')}/` },
  { lang, kind: 'program', path: `/${lang}/programs/${firstId('content/programs')}/` },
]);
const copied = { ka: 'ბმული დაკოპირდა', en: 'Link copied' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page in a fresh loopback-only context; `init` runs before the page's own scripts. */
async function open(path: string, options: BrowserContextOptions = {}, init?: () => void) {
  const { context, blocked } = await isolatedContext(browser, options);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}${path}`);
  const canonical = (await page.getAttribute('link[rel=canonical]', 'href')) ?? '';
  const title = (await page.locator('h1').innerText()).trim();
  return { context, page, blocked, errors, canonical, title };
}

const share = (page: Page) => page.locator('share-page');
/** Web Share API absent, as in most desktop browsers. */
const withoutWebShare = () => {
  delete (Navigator.prototype as Partial<Navigator>).share;
};
/** A Web Share API that records what it was asked to share. */
const withWebShareStub = () => {
  Navigator.prototype.share = async function (data?: ShareData) {
    (window as unknown as { shared: ShareData[] }).shared ??= [];
    (window as unknown as { shared: ShareData[] }).shared.push({ ...data });
  };
};

describe.each(pages)('$path', ({ lang, kind, path }) => {
  it('offers the address and an sms: link carrying title and address, without JavaScript and without other hosts', async () => {
    const { context, page, blocked, canonical, title } = await open(path, { javaScriptEnabled: false });
    expect(canonical).toMatch(new RegExp(`/${lang}/${kind === 'place' ? 'places' : 'programs'}/[a-z0-9-]+/$`));
    expect(await share(page).locator('[data-share-url]').innerText()).toBe(canonical);
    expect(await share(page).locator('[data-share-url]').getAttribute('href')).toBe(canonical);
    const sms = share(page).locator('a[data-share-sms]');
    expect(await sms.isVisible()).toBe(true);
    const href = (await sms.getAttribute('href')) ?? '';
    expect(href.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(`${title}\n${canonical}`);
    // The buttons need JavaScript: without it they stay out of sight.
    expect(await share(page).locator('button:visible').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby=share-page]').getAttribute('data-pagefind-ignore')).not.toBeNull();
    expect(blocked).toEqual([]);
    await context.close();
  });

  it(feedbackEmail ? `links each detail to a message to ${feedbackEmail} naming the page` : 'offers no report links: no feedback address is set', async () => {
    const { context, page, canonical, title } = await open(path, { javaScriptEnabled: false });
    const links = page.locator('section[aria-labelledby=report-problem] a[href^="mailto:"]');
    if (!feedbackEmail) {
      expect(await page.locator('section[aria-labelledby=report-problem]').count()).toBe(0);
      expect(await page.locator('a[data-report-field]').count()).toBe(0);
      await context.close();
      return;
    }
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    for (const link of await links.all()) {
      const field = (await link.innerText()).trim();
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.protocol).toBe('mailto:');
      expect(decodeURIComponent(href.pathname)).toBe(feedbackEmail);
      expect(href.search).not.toContain('+');
      const subject = href.searchParams.get('subject') ?? '';
      const body = href.searchParams.get('body') ?? '';
      expect(subject).toContain(title);
      expect(subject).toContain(field);
      expect(body).toContain(canonical);
      expect(body).toContain(field);
      expect(body.split('\r\n').length).toBeGreaterThan(2);
      expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    }
    await context.close();
  });

  it('shows no Share button when the browser has no Web Share API', async () => {
    const { context, page, errors } = await open(path, {}, withoutWebShare);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await share(page).locator('button[data-share-copy]').waitFor();
    expect(await share(page).locator('button[data-share-native]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a Share button that shares the title and address when the Web Share API exists', async () => {
    const { context, page, errors, canonical, title } = await open(path, {}, withWebShareStub);
    const button = share(page).locator('button[data-share-native]');
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ title, url: canonical }]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies the address with the Copy link button and says so politely', async () => {
    const { context, page, errors, canonical } = await open(path);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await share(page).locator('button[data-share-copy]').click();
    const status = share(page).locator('[data-share-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.innerText()).toBe(copied[lang]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
