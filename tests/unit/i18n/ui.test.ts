import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { format, uiKeys, uiTemplate, useTranslations } from '../../../src/i18n/ui';
import en from '../../../src/i18n/ui-en';
import ka, { type UiKey } from '../../../src/i18n/ui-ka';

/** A value for each `{placeholder}` of a string, so every string can be formatted (by default a digit: no letters of any script). */
const placeholderValues = (locale: (typeof localeCodes)[number], key: UiKey, value = '1'): Record<string, string> =>
  Object.fromEntries([...uiTemplate(locale, key).matchAll(/\{(\w+)\}/g)].map((m) => [m[1] ?? '', value]));

describe('UI dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    const [first, ...rest] = localeCodes.map((l) => uiKeys(l).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it.each(localeCodes)('%s has no empty string, nor one that is only placeholders', (locale) => {
    const t = useTranslations(locale);
    const keys = uiKeys(locale) as UiKey[];
    expect(keys.length).toBeGreaterThan(0);
    // Placeholders filled with nothing: what is left is the string's own text.
    const empty = keys.filter((key) => t(key, placeholderValues(locale, key, '')).trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = (Object.keys(ka) as UiKey[]).filter(
      (key) => placeholders(ka[key]).join() !== placeholders(en[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('Georgian strings are written in Georgian script (brand names aside)', () => {
    const t = useTranslations('ka');
    const latinOnly = (uiKeys('ka') as UiKey[]).filter((key) => {
      // Placeholders filled with digits, so only the string's own letters count.
      const text = t(key, placeholderValues('ka', key));
      // Strings with no letters at all ("({count})") need no script.
      return /\p{L}/u.test(text) && !/[\u10A0-\u10FF]/u.test(text);
    });
    expect(latinOnly).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format('{count} places', { count: 3 })).toBe('3 places');
  });
  it('refuses to show a raw placeholder', () => {
    expect(() => format('{count} places')).toThrow(/Missing value for \{count\}/);
  });
});

describe('useTranslations', () => {
  it('formats numbers the Georgian way in Georgian', () => {
    expect(useTranslations('ka')('places.count', { count: 12345 })).toMatch(/^12\s345 ადგილი$/u);
    expect(useTranslations('en')('places.count', { count: 12345 })).toBe('12,345 places');
  });
});
