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
 * Nothing personal is stored: only the site's own public files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { precacheFiles, shellPatterns } from '../lib/offline/precache';

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
              },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
              handler: 'CacheFirst',
              options: { cacheName: 'assets', expiration: { maxEntries: 100 } },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(data|fonts)\//.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'data', expiration: { maxEntries: 30 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KB uncompressed)`);
      },
    },
  };
}
