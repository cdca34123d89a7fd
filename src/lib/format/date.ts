import { type Locale, locales } from '../../i18n/locales';
import { dateTimeFormat } from './intl-cache';

/** Georgia's time zone: dates on the site are Georgian calendar dates. */
export const georgiaTimeZone = 'Asia/Tbilisi';

/**
 * A date as a reader of the language expects it, via `Intl` (`ka-GE` for Georgian).
 *
 * @example formatDate(new Date('2026-11-25'), 'ka') // '25 ნოემბერი, 2026'
 */
export function formatDate(date: Date, locale: Locale): string {
  return dateTimeFormat(locales[locale].intl, { dateStyle: 'long', timeZone: georgiaTimeZone }).format(date);
}

/** The date as `YYYY-MM-DD` for `<time datetime>` and feeds. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
