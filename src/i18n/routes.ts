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

/**
 * The language of a per-language content entry, from its id (`ka/about` → `ka`).
 * Ids are checked when content loads (src/lib/content/slug-ids.ts), so this
 * throws only on a programming error.
 */
export function localeOfEntry(entry: { id: string }): Locale {
  const locale = localeOfPath(`/${entry.id}`);
  if (!locale) throw new Error(`${entry.id}: the id of a per-language entry starts with its language folder`);
  return locale;
}

/** The props every page under `src/pages/[lang]/` gets from `getStaticPaths`: its language, typed. */
export type LocaleProps = { locale: Locale };

/**
 * One `getStaticPaths` entry in one language: the code is the `lang` URL
 * parameter and, typed, the `locale` prop, beside the page's own params and props.
 *
 * @example localeStaticPath('en', { slug: 'about' }, { entry }) // { params: { slug: 'about', lang: 'en' }, props: { entry, locale: 'en' } }
 */
export function localeStaticPath<Params extends Record<string, string>, Props extends object>(
  locale: Locale,
  params: Params,
  props: Props,
): { params: Params & { lang: Locale }; props: Props & LocaleProps } {
  return { params: { ...params, lang: locale }, props: { ...props, locale } };
}

/**
 * `getStaticPaths` entries for a page that exists once per language.
 *
 * @example localeStaticPaths() // [{ params: { lang: 'ka' }, props: { locale: 'ka' } }, { params: { lang: 'en' }, props: { locale: 'en' } }]
 */
export function localeStaticPaths() {
  return localeCodes.map((locale) => localeStaticPath(locale, {}, {}));
}

/**
 * `getStaticPaths` entries for a page per item and language: every item in every
 * language, Georgian first. `path` gives the item's own params and props; the
 * language is added to both.
 *
 * @example perLocale(places, (place) => ({ params: { slug: place.id }, props: { place } }))
 */
export function perLocale<Item, Params extends Record<string, string>, Props extends object>(
  items: readonly Item[],
  path: (item: Item, locale: Locale) => { params: Params; props: Props },
) {
  return localeCodes.flatMap((locale) =>
    items.map((item) => {
      const { params, props } = path(item, locale);
      return localeStaticPath(locale, params, props);
    }),
  );
}
