import { readFileSync, readdirSync } from 'node:fs';
import { type Locale, localePathPattern, otherLocale } from '../../../src/i18n/locales';

/** The built site under test: dist/, or DIST_DIR (e.g. a build made with `astro build --outDir`). */
export const distDir = process.env['DIST_DIR'] ?? 'dist';

/**
 * Every page path listed in the built sitemap (dist/sitemap-*.xml), e.g. `/ka/about/`.
 * Reading the sitemap means a page that exists but is not listed fails the tests too.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap in ${distDir}/: is @astrojs/sitemap configured?`);
  const paths = files.flatMap((f) =>
    [...readFileSync(`${distDir}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
  );
  return [...new Set(paths)].sort();
}

/** The language of a path: `/ka/…` → `ka`. */
export const languageOf = (path: string) => path.split('/')[1] ?? '';

/** The twin of a path in the other language. */
export const twinOf = (path: string) => path.replace(localePathPattern('/'), (_, l: Locale) => `/${otherLocale(l)}/`);
