import type { Locale } from '../../i18n/locales';

/**
 * How each language writes a number and the kilometre unit. Written out here
 * rather than asked of `Intl`: this runs in the visitor's browser, and a browser
 * without Georgian locale data printed "4.3 km" on Georgian pages.
 */
const conventions: Record<Locale, { decimal: string; group: string; minGrouped: number; unit: string }> = {
  // As ICU's ka-GE: decimal comma, no-break space between thousands from five digits.
  ka: { decimal: ',', group: '\u00a0', minGrouped: 10_000, unit: 'კმ' },
  en: { decimal: '.', group: ',', minGrouped: 1_000, unit: 'km' },
};

/**
 * A straight-line distance in kilometres as a reader of the language writes it:
 * one decimal below 10 km, whole kilometres above.
 *
 * @example formatKm(4.26, 'en') // '4.3 km'
 * @example formatKm(4.26, 'ka') // '4,3 კმ'
 * @example formatKm(123.4, 'ka') // '123 კმ'
 */
export function formatKm(km: number, locale: Locale): string {
  const c = conventions[locale];
  const digits = km < 10 ? 1 : 0;
  const [whole = '0', fraction] = (Math.round(km * 10 ** digits) / 10 ** digits).toFixed(digits).split('.');
  const grouped = Number(whole) >= c.minGrouped ? whole.replace(/\B(?=(\d{3})+$)/g, c.group) : whole;
  const number = fraction === undefined || fraction === '0' ? grouped : `${grouped}${c.decimal}${fraction}`;
  return `${number} ${c.unit}`;
}
