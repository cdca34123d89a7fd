import { type Locale, isLocale, localeCodes } from './locales';

/**
 * The site's URL scheme: `/<lang>/<section>/<slug>/`, the same slugs in every
 * language. Municipalities link to these addresses, so they must never change.
 */
export const sections = {
  home: '',
  about: 'about',
  places: 'places',
  programs: 'programs',
  news: 'news',
  contact: 'contact',
  privacy: 'privacy',
  accessibility: 'accessibility',
  siteMap: 'site-map',
  search: 'search',
  forMunicipalities: 'for-municipalities',
  check: 'check',
} as const;
export type Section = keyof typeof sections;

/**
 * The path of a page in one language, always with a trailing slash.
 *
 * @example localizedPath('ka', 'news', 'batumi-cooperation') // '/ka/news/batumi-cooperation/'
 */
export function localizedPath(locale: Locale, section: Section, slug?: string): string {
  const parts = [locale, sections[section], slug].filter((p): p is string => Boolean(p));
  return `/${parts.join('/')}/`;
}

/**
 * The same page in another language: swaps the language prefix and keeps the
 * rest of the path, query and fragment.
 *
 * @example switchLocale('/ka/places/?from=ozurgeti', 'en') // '/en/places/?from=ozurgeti'
 */
export function switchLocale(pathname: string, to: Locale): string {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (!match || !isLocale(match[1])) return `/${to}/`;
  return `/${to}${match[2] ?? '/'}`;
}

/** The language of a path, or undefined for paths outside the language folders. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** `getStaticPaths` entries for a page that exists once per language. */
export function localeStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
