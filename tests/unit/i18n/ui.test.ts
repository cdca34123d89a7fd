import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { format, uiKeys, useTranslations } from '../../../src/i18n/ui';
import en from '../../../src/i18n/ui-en';
import ka, { type UiKey } from '../../../src/i18n/ui-ka';

describe('UI dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    const [first, ...rest] = localeCodes.map((l) => uiKeys(l).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it.each(localeCodes)('%s has no empty string', (locale) => {
    const t = useTranslations(locale);
    const empty = uiKeys(locale).filter((key) => {
      try {
        return t(key as Parameters<typeof t>[0]).trim() === '';
      } catch {
        return false; // strings with placeholders are checked below
      }
    });
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
    const latinOnly = uiKeys('ka').filter((key) => {
      let text: string;
      try {
        text = t(key as Parameters<typeof t>[0], { count: 1, date: '1', year: '2020', name: '1', publisher: '1' });
      } catch {
        return false;
      }
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
