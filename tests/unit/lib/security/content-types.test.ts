import { describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible } from '../../../../src/lib/security/content-types';

describe('contentTypeOf', () => {
  it('gives the open data, vCards and the manifest their registered types', () => {
    expect(contentTypeOf('/ka/places/x.vcf')).toBe('text/vcard; charset=utf-8');
    expect(contentTypeOf('/data/hubs.geojson')).toBe('application/geo+json; charset=utf-8');
    expect(contentTypeOf('/data/hubs.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('/manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeOf('/ka/about/INDEX.HTML')).toBe('text/html; charset=utf-8');
  });

  it('sends an unknown kind as bytes', () => {
    expect(contentTypeOf('/LICENSE')).toBe('application/octet-stream');
    expect(contentTypeOf('/a.b/c')).toBe('application/octet-stream');
  });
});

describe('isCompressible', () => {
  it('compresses text, not images or fonts', () => {
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('application/geo+json')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
    expect(isCompressible('font/woff2')).toBe(false);
  });
});
