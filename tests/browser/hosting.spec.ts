import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hostConfigFiles } from '../../src/lib/security/headers';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';
import { brotliModule, testNginxConfig } from './support/nginx';
import { distDir } from './support/site';

const baseUrl = inject('baseUrl');
const otherOrigin = inject('otherOrigin');
const server = inject('server');
const placeId = readdirSync('content/places').find((f) => f.endsWith('.yaml'))?.replace(/\.yaml$/, '') ?? '';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * One request with the target exactly as written (fetch would tidy `/./` and `//` away first),
 * no compression asked for: status, headers and body.
 */
function raw(target: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe(`the site as ${server} serves it`, () => {
  it.each([
    ['/en/about/index.html', 'geolocation=()'],
    ['/en/places/index.html', 'geolocation=(self)'],
    ['/en/pl%61ces/', 'geolocation=(self)'],
    ['/en//check/', 'geolocation=()'],
    ['/en/./about/', 'geolocation=()'],
    ['/ka/../en/places/', 'geolocation=(self)'],
  ])('%s gets the headers of the page it serves', async (target, geolocation) => {
    const { status, headers } = await raw(target);
    expect(status).toBe(200);
    expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(headers['permissions-policy']).toBe(`${geolocation}, camera=(), microphone=()`);
  });

  it('sends HSTS and an opener policy with pages, data and assets alike', async () => {
    const asset = readdirSync(`${distDir}/_astro`).find((f) => f.endsWith('.css')) ?? '';
    for (const path of ['/ka/', '/en/embed/map/', '/data/hubs.json', `/_astro/${asset}`, '/missing/']) {
      const { headers } = await raw(path);
      expect(headers['strict-transport-security'], path).toBe('max-age=31536000');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    }
  });

  it('keeps hashed assets a year and has pages and data checked again on every visit', async () => {
    const asset = readdirSync(`${distDir}/_astro`).find((f) => f.endsWith('.js')) ?? '';
    expect((await raw(`/_astro/${asset}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/ka/', '/en/places/', '/data/hubs.csv', '/sw.js']) expect((await raw(path)).headers['cache-control'], path).toBe('no-cache');
  });

  it('sends vCards, GeoJSON, CSV and JSON with their types', async () => {
    const types: Array<[string, RegExp]> = [
      [`/ka/places/${placeId}.vcf`, /^text\/vcard; charset=utf-8$/i],
      ['/data/hubs.geojson', /^application\/geo\+json; charset=utf-8$/i],
      ['/data/hubs.csv', /^text\/csv; charset=utf-8$/i],
      ['/data/hubs.json', /^application\/json; charset=utf-8$/i],
    ];
    for (const [path, type] of types) expect((await raw(path)).headers['content-type'], path).toMatch(type);
  });

  it('answers a missing page with the site’s 404 page and status 404', async () => {
    const { status, body } = await raw('/en/no-such-page/');
    expect(status).toBe(404);
    expect(body).toBe(readFileSync(`${distDir}/404.html`, 'utf8'));
  });

  it('serves the language choice at /, and adds a folder’s slash without naming another host', async () => {
    const root = await raw('/');
    expect(root.status).toBe(200);
    expect(root.body).toContain('/choose-language.js');
    for (const target of ['/ka/places', '/.//ka/places', '//ka/places', '/.//evil.example/..%2fka/places']) {
      const { status, headers } = await raw(target);
      expect(status, target).toBe(301);
      expect(headers['location'], target).toMatch(/^\/ka\/places\/$/);
    }
  });

  it('answers a malformed address with 400 and no error details', async () => {
    for (const target of ['/%E0%A4%A', '/%', '/ka/%00', '/..%2f..%2fetc/passwd']) {
      const { status, body } = await raw(target);
      expect(status, target).toBe(400);
      expect(body, target).not.toMatch(/Error|at .+:\d+:\d+|node:|\/work\//);
    }
  });

  it('does not serve the host’s own configuration files', async () => {
    for (const name of hostConfigFiles) {
      const { status, body } = await raw(`/${name}`);
      expect(status, name).toBe(404);
      expect(body, name).not.toMatch(/Content-Security-Policy|add_header|brotli_static/);
    }
  });

  it('lets a page on another site fetch the open data (CORS), and nothing else', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${otherOrigin}/`);
    const results = await page.evaluate(
      (base) =>
        Promise.all(
          ['/data/hubs.json', '/data/hubs.geojson', '/data/hubs.csv', '/en/about/'].map((path) =>
            fetch(base + path).then(
              async (r) => ({ path, status: r.status, length: (await r.text()).length }),
              () => ({ path, status: 0, length: 0 }),
            ),
          ),
        ),
      baseUrl,
    );
    expect(new URL(page.url()).origin).not.toBe(baseUrl);
    for (const result of results.slice(0, 3)) {
      expect(result.status, result.path).toBe(200);
      expect(result.length, result.path).toBeGreaterThan(100);
    }
    const count = await page.evaluate(async (url) => ((await (await fetch(url)).json()) as { count: number }).count, `${baseUrl}/data/hubs.json`);
    expect(count).toBe(readdirSync('content/places').filter((f) => f.endsWith('.yaml')).length);
    // A page is not open data: the browser keeps it from the other site.
    expect(results[3]).toEqual({ path: '/en/about/', status: 0, length: 0 });
    expect(errors.filter((e) => !/CORS|Failed to load resource|Failed to fetch/.test(e))).toEqual([]);
    await context.close();
  });
});

describe.runIf(server === 'nginx')('the nginx configuration the build writes', () => {
  it('passes nginx -t with the brotli static module', () => {
    expect(brotliModule(), 'libnginx-mod-http-brotli-static (npm test installs it)').toBeDefined();
    const result = testNginxConfig(distDir);
    expect(result.config).toMatch(/nginx-brotli\.conf/);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('passes nginx -t without it, leaving out nginx-brotli.conf', () => {
    const result = testNginxConfig(distDir, { withModule: false });
    expect(result.config).not.toMatch(/brotli/);
    expect(result.ok, result.output).toBe(true);
  });

  it('fails nginx -t when nginx-brotli.conf is included without the module (why it is a file of its own)', () => {
    const result = testNginxConfig(distDir, { withModule: false, includeBrotli: true });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/unknown directive "brotli_static"/);
  });

  it('sends the precompressed search index as brotli (its .br sibling, byte for byte)', async () => {
    const dir = `${distDir}/pagefind`;
    const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta')) ?? '';
    const res = await new Promise<{ encoding: string | undefined; bytes: number }>((done, fail) => {
      const { hostname, port } = new URL(baseUrl);
      request({ hostname, port, path: `/pagefind/${meta}`, headers: { 'Accept-Encoding': 'gzip, br' } }, (r) => {
        let bytes = 0;
        r.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        r.on('end', () => done({ encoding: r.headers['content-encoding'], bytes }));
      })
        .on('error', fail)
        .end();
    });
    expect(res).toEqual({ encoding: 'br', bytes: readFileSync(`${dir}/${meta}.br`).length });
  });
});
