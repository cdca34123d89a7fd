import type { Locale } from './locales';
import { locales } from './locales';
import en from './ui-en';
import ka, { type UiKey } from './ui-ka';
import { numberFormat } from '../lib/format/intl-cache';

export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { ka, en };

/**
 * Fills `{name}` placeholders. A placeholder without a value is an error: a
 * visitor must never see raw `{count}`.
 *
 * @example format('{count} places', { count: 3 }) // '3 places'
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
    return String(value);
  });
}

/**
 * The translator for one language: `t('nav.home')`, `t('places.count', { count: 3 })`.
 * Numbers are formatted with the language's `Intl` locale.
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  const numbers = numberFormat(locales[locale].intl);
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const formatted = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? numbers.format(v) : v]),
    );
    return format(dictionary[key], formatted);
  };
}

/** All keys of a language's dictionary (for tests that compare languages). */
export function uiKeys(locale: Locale): string[] {
  return Object.keys(dictionaries[locale]);
}

/**
 * A UI string as written, with its `{placeholders}` left in: for a browser
 * script that fills them itself with `format` (e.g. the check's reasons).
 *
 * @example uiTemplate('en', 'check.result.count') // 'Programs that may fit your answers: {count}.'
 */
export function uiTemplate(locale: Locale, key: UiKey): string {
  return dictionaries[locale][key];
}
