import { describe, expect, it } from 'vitest';
import { localeOfPath, localizedPath, switchLocale } from '../../../src/i18n/routes';

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
