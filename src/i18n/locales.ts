// No imports: Node tooling (scripts/, bench/) loads this file directly.

/**
 * The one list of site languages. Routes, the language switch, hreflang tags,
 * RSS feeds and tests are all derived from it. Georgian comes first: it is the
 * site's default language.
 */
export const locales = {
  ka: { label: 'ქართული', englishName: 'Georgian', bcp47: 'ka', intl: 'ka-GE', ogLocale: 'ka_GE' },
  en: { label: 'English', englishName: 'English', bcp47: 'en', intl: 'en-GB', ogLocale: 'en_GB' },
} as const;

/** A language code used in URLs (`/ka/…`, `/en/…`) and content folders. */
export type Locale = keyof typeof locales;

/** Languages in the order the site shows them: Georgian first. */
export const localeCodes = Object.keys(locales) as Locale[];

/** The language `/` sends visitors to unless their browser prefers another. */
export const defaultLocale: Locale = 'ka';

/** True when `value` is one of the site's language codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in locales;
}

/** The other language, for the language switch (the site has exactly two). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'ka' ? 'en' : 'ka';
}

/**
 * A regular expression for paths under a language prefix: `/<lang>` followed by
 * `rest` (regular-expression source), with the language as capture group 1.
 * Built from the list, so no other file spells out the codes in a pattern.
 *
 * @example localePathPattern('/places/$').test('/en/places/') // true
 * @example localePathPattern('(/|$)').exec('/ka')?.[1] // 'ka'
 */
export function localePathPattern(rest = ''): RegExp {
  return new RegExp(`^/(${localeCodes.join('|')})${rest}`);
}
