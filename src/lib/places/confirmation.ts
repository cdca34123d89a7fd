import type { Locale } from '../../i18n/locales';
import type { UiKey } from '../../i18n/ui';
import { type ConfirmedDate, isStale } from '../content/confirmed-date';
import { asOfPhrase } from '../format/date';

/** A translator as `useTranslations` returns it. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** What a page says next to a status or a phone number about how current it is. */
export interface ConfirmationNote {
  text: string;
  /** True when the source is over 18 months old or undated: the text asks visitors to call first. */
  stale: boolean;
}

/** What the date is about: a phone number is not told to "call before you go", but that it may have changed. */
export type ConfirmedSubject = 'place' | 'phone';

/**
 * "as of November 2026" for a fresh fact; "last confirmed 2024: call before you
 * go" (for a number: "… the number may have changed") for one over 18 months
 * old; the same warning without a year for an undated source.
 *
 * @example confirmationNote({ year: 2024 }, 'en', new Date('2026-12-02'), t).text // 'last confirmed 2024: call before you go'
 */
export function confirmationNote(date: ConfirmedDate, locale: Locale, now: Date, t: Translate, subject: ConfirmedSubject = 'place'): ConfirmationNote {
  const phone = subject === 'phone';
  if (date === 'unknown') return { text: t(phone ? 'dated.staleUnknownPhone' : 'dated.staleUnknown'), stale: true };
  // The year goes in as text: as a number it would be written with a thousands separator.
  if (isStale(date, now)) return { text: t(phone ? 'dated.staleYearPhone' : 'dated.staleYear', { year: String(date.year) }), stale: true };
  return { text: asOfPhrase(date, locale) ?? '', stale: false };
}
