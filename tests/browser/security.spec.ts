import { existsSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localePathPattern } from '../../src/i18n/locales';
import { isEmbedPath, pagePattern } from '../../src/lib/security/headers';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';
import { distDir, sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const otherOrigin = inject('otherOrigin');
const paths = sitemapPaths();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('security headers from dist/_headers', () => {
  it.each(paths)('%s is sent with a strict policy, nosniff, no referrer and no camera or microphone', async (path) => {
    const response = await fetch(baseUrl + path);
    const headers = response.headers;
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp.includes("frame-ancestors 'none'")).toBe(!/^\/[a-z]{2}\/embed\//.test(path));
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const geolocation = localePathPattern('/places/$').test(path) ? 'geolocation=(self)' : 'geolocation=()';
    expect(headers.get('permissions-policy')).toBe(`${geolocation}, camera=(), microphone=()`);
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/);
  });
});

describe('the Content-Security-Policy', () => {
  it.each(['/ka/', '/en/places/', '/ka/programs/', '/en/search/'].filter((p) => paths.includes(p)))(
    '%s loads and runs its scripts with no policy violation',
    async (path) => {
      const { context } = await isolatedContext(browser);
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('blocks an inline script injected into a page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/ka/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
    });
    expect(await page.getAttribute('body', 'data-injected')).toBeNull();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });
});

describe('framing by another site', () => {
  /**
   * Puts `path` in an iframe on another origin. Says whether the page itself
   * arrived (status 200), whether Chromium refused to show it for its
   * frame-ancestors policy, and the frame's heading: a page that merely failed
   * to load is neither refused nor shown.
   */
  const framed = async (path: string) => {
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    const response = page.waitForResponse((r) => r.url() === baseUrl + path, { timeout: 5000 });
    await page.goto(`${otherOrigin}/`);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'embedded';
      document.body.append(frame);
      return new Promise((done) => frame.addEventListener('load', done));
    }, baseUrl + path);
    const status = (await response).status();
    const frame = page.frames().find((f) => f.url().startsWith(baseUrl));
    const heading = await frame?.locator('h1').first().textContent({ timeout: 2000 }).catch(() => null);
    await context.close();
    expect(blocked).toEqual([]);
    return { status, refused: messages.some((text) => text.includes('frame-ancestors')), heading: heading ?? null };
  };

  it('is refused for ordinary pages', async () => {
    const result = await framed('/en/about/');
    expect(result.status).toBe(200);
    expect(result.refused).toBe(true);
    expect(result.heading).toBeNull();
  });

  // Embeds are left out of the sitemap (they are frames for other sites): find them in the build.
  const embedDir = `${distDir}/ka/embed`;
  const embeds = existsSync(embedDir)
    ? readdirSync(embedDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `/ka/embed/${f.replace(/index\.html$/, '')}`)
    : [];
  it.skipIf(embeds.length === 0)('is allowed for the embed pages', async () => {
    const result = await framed(embeds[0] ?? '');
    expect(result.status).toBe(200);
    expect(result.refused).toBe(false);
    expect(result.heading).toBeTruthy();
  });

  // One page of every kind (every header rule), under its directory URL and as its index.html twin.
  const kinds = new Map<string, string>();
  for (const path of [...paths, ...embeds]) if (!kinds.has(pagePattern(path))) kinds.set(pagePattern(path), path);
  const everyKind = [...kinds.values()].flatMap((path) => (path.endsWith('/') ? [path, `${path}index.html`] : [path]));

  it('shows only the embeds, of every kind of page under both of its addresses', async () => {
    expect(everyKind.filter(isEmbedPath).length).toBeGreaterThanOrEqual(2);
    const { context, blocked } = await isolatedContext(browser);
    const page = await context.newPage();
    const statuses = new Map<string, number>();
    page.on('response', (r) => statuses.set(r.url(), r.status()));
    await page.goto(`${otherOrigin}/`);
    await page.evaluate(
      (sources) =>
        Promise.all(
          sources.map((src) => {
            const frame = document.createElement('iframe');
            frame.src = src;
            frame.title = src;
            document.body.append(frame);
            return new Promise((done) => frame.addEventListener('load', done));
          }),
        ),
      everyKind.map((path) => baseUrl + path),
    );
    const shown = new Map<string, string | null>();
    for (const frame of page.frames().filter((f) => f.url().startsWith(baseUrl))) {
      shown.set(frame.url().slice(baseUrl.length), await frame.locator('h1').first().textContent({ timeout: 2000 }).catch(() => null));
    }
    await context.close();
    expect(blocked).toEqual([]);
    for (const path of everyKind) {
      expect(statuses.get(baseUrl + path), path).toBe(200);
      // A refused frame shows Chromium's error page, at no address of the site.
      expect(Boolean(shown.get(path)), path).toBe(isEmbedPath(path));
    }
  });
});
