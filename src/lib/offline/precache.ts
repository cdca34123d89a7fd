/**
 * Which built files the offline service worker stores on the first visit: the site shell
 * (stylesheets, fonts, icon), the home and places pages in both languages, the basemap, and
 * every script those pages load — including the ones they import later (the town list of the
 * nearest-place finder) — so that, after one visit, the
 * home page, the places page and "choose your town" work with the network off.
 * Other pages are kept as they are visited (see src/integrations/service-worker.ts).
 *
 * Pure: the build passes in the text of the files; nothing here reads the disk.
 */

/** Pages whose HTML and scripts are stored up front. */
export const precachedPages = ['/ka/', '/en/', '/ka/places/', '/en/places/'] as const;

/** Site files stored up front whatever the pages reference (dist-relative glob patterns). */
export const shellPatterns = ['_astro/*.css', 'fonts/*.woff2', 'favicon.png', 'data/basemap.svg'] as const;

/**
 * The `/_astro/…` scripts an HTML page references (`<script src>`, `modulepreload`).
 *
 * @example pageScripts('<script type="module" src="/_astro/map.AbC.js"></script>') // ['_astro/map.AbC.js']
 */
export function pageScripts(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="\/(_astro\/[^"]+\.js)"/g)) if (m[1]) found.add(m[1]);
  return [...found].sort();
}

/**
 * The other chunks a built script imports, statically or with `import()` (Vite writes them
 * as `"./name.hash.js"` next to it in `_astro/`).
 *
 * @example chunkImports('import{a}from"./leaflet.X1.js";import("./town.Y2.js")') // ['_astro/leaflet.X1.js', '_astro/town.Y2.js']
 */
export function chunkImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) if (m[1]) found.add(`_astro/${m[1]}`);
  return [...found].sort();
}

/**
 * Every script reachable from the given ones through their imports.
 *
 * @param read the text of a dist-relative file, or undefined when it does not exist
 */
export function scriptClosure(entries: readonly string[], read: (file: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    const code = read(file);
    if (code === undefined) continue;
    seen.add(file);
    queue.push(...chunkImports(code));
  }
  return [...seen].sort();
}

/**
 * The dist-relative files of {@link precachedPages} and everything they run.
 *
 * @example precacheFiles((f) => f === 'ka/index.html' ? '<script src="/_astro/a.js">' : f === '_astro/a.js' ? '' : undefined)
 *   // ['_astro/a.js', 'ka/index.html']
 */
export function precacheFiles(read: (file: string) => string | undefined): string[] {
  const pages = precachedPages.map((path) => `${path.slice(1)}index.html`).filter((file) => read(file) !== undefined);
  const scripts = scriptClosure(
    pages.flatMap((file) => pageScripts(read(file) ?? '')),
    read,
  );
  return [...pages, ...scripts].sort();
}

/** One file of the precache list, as Workbox gives it: dist-relative URL and a revision of its content. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size?: number;
}

/**
 * Stores each precached page under its directory URL (`ka/index.html` → `ka/`), the address a
 * visitor opens and the one whose headers the host sends, and folds those headers into its
 * revision: when the build's headers for a page change (a new Content-Security-Policy, say),
 * the service worker fetches the page again instead of serving the copy with the old headers.
 *
 * @param headersOf the headers a host sends for a site path, serialised (e.g. JSON)
 * @param digest a short hash of a string
 * @example directoryUrls([{ url: 'ka/index.html', revision: 'a1' }], () => 'h', (s) => s)
 *   // [{ url: 'ka/', revision: 'a1 h' }]
 */
export function directoryUrls<T extends PrecacheEntry>(
  entries: readonly T[],
  headersOf: (path: string) => string,
  digest: (text: string) => string,
): T[] {
  return entries.map((entry) => {
    if (!/(^|\/)index\.html$/.test(entry.url)) return entry;
    const url = entry.url.replace(/index\.html$/, '');
    return { ...entry, url, revision: digest(`${entry.revision ?? ''} ${headersOf(`/${url}`)}`) };
  });
}
