/**
 * Astro integration: after the build (and after the search index, which it leaves alone),
 * writes the offline service worker `sw.js` with Workbox.
 *
 * - Stored up front (precache): the site shell, home and places pages, basemap and the
 *   scripts those pages run (src/lib/offline/precache.ts).
 * - Stored as visited: other pages, network first with a short timeout so a slow network
 *   falls back to the stored copy; hashed assets from the cache (their names change with
 *   their content); data files refreshed in the background.
 * - Never stored: the search index (`/pagefind/`); search says it needs a connection.
 * Nothing personal is stored: only the site's own public files, each under its address without
 * the query (`/ka/search/?q=…` is kept as `/ka/search/`, the check's answers never reach the
 * worker: they live in the fragment), and without the address it was fetched from. Precached
 * pages are stored under their directory URLs, and fetched again when their headers change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { directoryUrls, precacheFiles, shellPatterns } from '../lib/offline/precache';
import { headersForPath, parseHeadersFile } from '../lib/security/headers';

/**
 * Keeps what the runtime caches store free of anything a visitor typed or chose. Runs inside the
 * service worker (Workbox copies the functions' source into sw.js), so it must be self-contained.
 * - the cache key is the address without its query and fragment;
 * - the stored response is a copy without the address it came from (a Response keeps its URL,
 *   query included), and only a successful one is stored.
 */
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    return url.href;
  },
  cacheWillUpdate: async ({ response }: { response: Response }) =>
    response.ok
      ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
      : null,
};

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'returnee-portal:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (file: string) => {
          const path = join(root, file);
          return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
        };
        const headerRules = parseHeadersFile(read('_headers') ?? '');
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: [...shellPatterns, ...precacheFiles(read)],
          swDest: join(root, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          directoryIndex: 'index.html',
          manifestTransforms: [
            (entries) => ({
              manifest: directoryUrls(
                entries,
                (path) => JSON.stringify(headersForPath(headerRules, path)),
                (text) => createHash('sha256').update(text).digest('hex').slice(0, 32),
              ),
              warnings: [],
            }),
          ],
          // `/ka/places/?from=kutaisi` is the stored places page: the query is read by its script.
          ignoreURLParametersMatching: [/.*/],
          // Hashed file names already change with their content.
          dontCacheBustURLsMatching: /^_astro\//,
          runtimeCaching: [
            {
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'pages',
                networkTimeoutSeconds: 4,
                expiration: { maxEntries: 200 },
                // Filters live in the query (`/en/programs/?category=…`); offline, the stored page applies them.
                matchOptions: { ignoreSearch: true },
                plugins: [withoutQuery],
              },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
              handler: 'CacheFirst',
              options: { cacheName: 'assets', expiration: { maxEntries: 100 }, plugins: [withoutQuery] },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(data|fonts)\//.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'data', expiration: { maxEntries: 30 }, plugins: [withoutQuery] },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KB uncompressed)`);
      },
    },
  };
}
