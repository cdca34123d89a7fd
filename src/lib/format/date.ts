import type { Locale } from '../../i18n/locales';
import type { ConfirmedDate } from '../content/confirmed-date';
import { georgiaTime } from '../time/georgia';

/**
 * Month names, January first. The site writes its own rather than asking `Intl`:
 * a browser or Node built without Georgian locale data prints English month
 * names on Georgian pages.
 */
const monthNames: Record<Locale, readonly string[]> = {
  ka: ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Georgian month names in the genitive, as in „2024 წლის ნოემბრის მდგომარეობით“. */
const georgianMonthsGenitive = [
  'იანვრის', 'თებერვლის', 'მარტის', 'აპრილის', 'მაისის', 'ივნისის',
  'ივლისის', 'აგვისტოს', 'სექტემბრის', 'ოქტომბრის', 'ნოემბრის', 'დეკემბრის',
] as const;

/**
 * A date as a reader of the language expects it, on Georgia's calendar: the
 * forms `Intl` gives for `ka-GE` and `en-GB`, without depending on its locale data.
 *
 * @example formatDate(new Date('2026-11-25'), 'ka') // '25 ნოემბერი, 2026'
 * @example formatDate(new Date('2026-11-25'), 'en') // '25 November 2026'
 */
export function formatDate(date: Date, locale: Locale): string {
  const { day, month, year } = georgiaTime(date);
  const name = monthNames[locale][month - 1];
  return locale === 'ka' ? `${day} ${name}, ${year}` : `${day} ${name} ${year}`;
}

/**
 * "As of" a confirmation date, as a phrase that fits after a status or a phone
 * number. Undefined for `unknown`: the caller says that the source has no date.
 *
 * @example asOfPhrase({ year: 2024, month: 11 }, 'ka') // '2024 წლის ნოემბრის მდგომარეობით'
 * @example asOfPhrase({ year: 2024 }, 'en') // 'as of 2024'
 */
export function asOfPhrase(date: ConfirmedDate, locale: Locale): string | undefined {
  if (date === 'unknown') return undefined;
  const { year, month } = date;
  if (locale === 'ka') {
    return month === undefined ? `${year} წლის მდგომარეობით` : `${year} წლის ${georgianMonthsGenitive[month - 1]} მდგომარეობით`;
  }
  return month === undefined ? `as of ${year}` : `as of ${monthNames.en[month - 1]} ${year}`;
}

/** The date as `YYYY-MM-DD` for `<time datetime>` and feeds. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
