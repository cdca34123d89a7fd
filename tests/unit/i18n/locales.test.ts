import { describe, expect, it } from 'vitest';
import { localeCodes, localePathPattern } from '../../../src/i18n/locales';

describe('localePathPattern', () => {
  it.each(localeCodes)('matches paths under /%s/ and captures the code', (code) => {
    expect(localePathPattern('/').exec(`/${code}/places/`)?.[1]).toBe(code);
    expect(localePathPattern('/places/$').test(`/${code}/places/`)).toBe(true);
    expect(localePathPattern('(/|$)').exec(`/${code}`)?.[1]).toBe(code);
  });

  it('is anchored at the start and needs a whole language segment', () => {
    expect(localePathPattern('/').test('/fr/places/')).toBe(false);
    expect(localePathPattern('/').test('/data/ka/')).toBe(false);
    expect(localePathPattern('(/|$)').test('/kakheti/')).toBe(false);
    expect(localePathPattern('/places/$').test('/en/places/x/')).toBe(false);
  });
});
