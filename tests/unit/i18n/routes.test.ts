import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import {
  localeOfEntry,
  localeOfPath,
  localeStaticPath,
  localeStaticPaths,
  localizedPath,
  perLocale,
  switchLocale,
} from '../../../src/i18n/routes';

describe('localizedPath', () => {
  it.each([
    ['ka', 'home', undefined, '/ka/'],
    ['en', 'about', undefined, '/en/about/'],
    ['ka', 'news', 'batumi-cooperation', '/ka/news/batumi-cooperation/'],
    ['en', 'siteMap', undefined, '/en/site-map/'],
  ] as const)('%s %s %s → %s', (locale, section, slug, expected) => {
    expect(localizedPath(locale, section, slug)).toBe(expected);
  });
});

describe('switchLocale', () => {
  it.each([
    ['/ka/', 'en', '/en/'],
    ['/en/places/telavi-service-hub/', 'ka', '/ka/places/telavi-service-hub/'],
    ['/ka/places/?from=ozurgeti', 'en', '/en/places/?from=ozurgeti'],
    ['/ka', 'en', '/en/'],
    ['/', 'en', '/en/'],
    ['/fr/about/', 'ka', '/ka/'],
    ['/kakheti/', 'en', '/en/'],
  ] as const)('%s → %s gives %s', (path, to, expected) => {
    expect(switchLocale(path, to)).toBe(expected);
  });
});

describe('localeOfPath', () => {
  it('reads the language prefix', () => {
    expect(localeOfPath('/ka/about/')).toBe('ka');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/data/hubs.json')).toBeUndefined();
  });
});

describe('localeOfEntry', () => {
  it('reads the language folder of a per-language entry id', () => {
    expect(localeOfEntry({ id: 'ka/about' })).toBe('ka');
    expect(localeOfEntry({ id: 'en/batumi-cooperation' })).toBe('en');
  });

  it('throws for an id outside a language folder', () => {
    expect(() => localeOfEntry({ id: 'about' })).toThrow(/language folder/);
    expect(() => localeOfEntry({ id: 'fr/about' })).toThrow(/language folder/);
  });
});

describe('static paths', () => {
  it('put the language in the URL as `lang` and, typed, in the props as `locale`', () => {
    const entry = { id: 'en/about' };
    expect(localeStaticPath('en', { slug: 'about' }, { entry })).toEqual({
      params: { slug: 'about', lang: 'en' },
      props: { entry, locale: 'en' },
    });
  });

  it('give a once-per-language page one path per language, in the list order', () => {
    expect(localeStaticPaths()).toEqual(localeCodes.map((code) => ({ params: { lang: code }, props: { locale: code } })));
  });

  it('give a per-item page every item in every language, language by language', () => {
    const items = [{ id: 'poti' }, { id: 'telavi' }];
    const paths = perLocale(items, (item, locale) => ({ params: { slug: item.id }, props: { item, seen: locale } }));
    expect(paths).toEqual(
      localeCodes.flatMap((code) =>
        items.map((item) => ({ params: { slug: item.id, lang: code }, props: { item, seen: code, locale: code } })),
      ),
    );
  });
});
