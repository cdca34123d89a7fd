import { describe, expect, it } from 'vitest';
import { ContentPathError, slugIdGenerator } from '../../../../src/lib/content/slug-ids';

describe('slugIdGenerator', () => {
  it('gives per-language files a language-prefixed id', () => {
    expect(slugIdGenerator('news', { perLanguage: true })({ entry: 'ka/batumi-cooperation.mdx' })).toBe('ka/batumi-cooperation');
  });

  it('gives bilingual files their file name', () => {
    expect(slugIdGenerator('places', { perLanguage: false })({ entry: 'telavi-service-hub.yaml' })).toBe('telavi-service-hub');
  });

  it('returns the same id when the same file is loaded again (dev reloads)', () => {
    const id = slugIdGenerator('places', { perLanguage: false });
    expect(id({ entry: 'a.yaml' })).toBe('a');
    expect(id({ entry: 'a.yaml' })).toBe('a');
  });

  it('stops at a second file with the same slug, naming both', () => {
    const id = slugIdGenerator('places', { perLanguage: false });
    id({ entry: 'telavi.yaml' });
    expect(() => id({ entry: 'telavi.yml' })).toThrow(
      'content/places/telavi.yml: duplicate slug "telavi": content/places/telavi.yaml already uses it',
    );
  });

  it.each(['Telavi.yaml', 'telavi hub.yaml', 'თელავი.yaml', 'telavi--hub.yaml'])('refuses a file name that is not a URL slug: %s', (entry) => {
    expect(() => slugIdGenerator('places', { perLanguage: false })({ entry })).toThrow(ContentPathError);
  });

  it('requires a known language folder for per-language content', () => {
    const id = slugIdGenerator('pages', { perLanguage: true });
    expect(() => id({ entry: 'about.mdx' })).toThrow(/must sit directly in a language folder/);
    expect(() => id({ entry: 'fr/about.mdx' })).toThrow(/content\/pages\/ka\/ or content\/pages\/en\//);
  });

  it('refuses sub-folders for bilingual content', () => {
    expect(() => slugIdGenerator('places', { perLanguage: false })({ entry: 'kakheti/telavi.yaml' })).toThrow(/no sub-folders/);
  });
});
