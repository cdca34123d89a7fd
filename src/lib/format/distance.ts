import { type Locale, locales } from '../../i18n/locales';
import { numberFormat } from './intl-cache';

/**
 * A straight-line distance in kilometres as a reader of the language writes it:
 * one decimal below 10 km, whole kilometres above (`Intl` unit format, `ka-GE` for Georgian).
 *
 * @example formatKm(4.26, 'en') // '4.3 km'
 * @example formatKm(123.4, 'ka') // '123 კმ'
 */
export function formatKm(km: number, locale: Locale): string {
  return numberFormat(locales[locale].intl, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}
