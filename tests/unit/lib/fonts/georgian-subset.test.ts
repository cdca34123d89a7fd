import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  georgianCharacters,
  isTextSource,
  servedByGeorgianFont,
  subsetCharacters,
  unescapeCharacters,
  unicodeRange,
} from '../../../../src/lib/fonts/georgian-subset';

describe('the font range', () => {
  it('is the unicode-range of both @font-face rules in global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1]);
    expect(ranges).toEqual([unicodeRange(), unicodeRange()]);
  });

  it('covers Georgian letters of every script and its punctuation, not Latin or digits', () => {
    expect(['ა', 'Ა', 'Ⴀ', 'ⴀ', '჻'].every((ch) => servedByGeorgianFont(ch.codePointAt(0) ?? 0))).toBe(true);
    expect(['a', '1', ' ', '—', '₾'].some((ch) => servedByGeorgianFont(ch.codePointAt(0) ?? 0))).toBe(false);
  });
});

describe('unescapeCharacters', () => {
  it('decodes HTML references and JavaScript escapes', () => {
    expect(unescapeCharacters('&#x10D0;&#4305;\\u10D2\\u{10D3}')).toBe('აბგდ');
  });

  it('leaves what is not an escape of a code point alone', () => {
    expect(unescapeCharacters('&#xFFFFFFF; \\u12 &amp;')).toBe('&#xFFFFFFF; \\u12 &amp;');
  });
});

describe('georgianCharacters', () => {
  it('lists each Georgian character once, in code point order, and nothing else', () => {
    expect(georgianCharacters(['<p title="ბათუმი">Batumi ბათუმი</p>', '{"name":"თბილისი"}'])).toBe('აბთილმსუ');
  });

  it('finds letters written as escapes in scripts and pages', () => {
    expect(georgianCharacters(['"\\u10EF"', '&#x10F0;'])).toBe('ჯჰ');
  });

  it('skips the ends of escaped ranges, which are patterns in scripts, not text', () => {
    expect(georgianCharacters(['/[^a-z\\u10a0-\\u10ff\\u{1c90}-\\u{1cbf}]+/u'])).toBe('');
  });
});

describe('subsetCharacters', () => {
  it('keeps the modern alphabet, which visitors type, even when no page uses a letter', () => {
    expect(subsetCharacters([])).toBe('აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ');
  });

  it('adds the other Georgian characters the site shows, such as Mtavruli capitals, and no more', () => {
    const kept = subsetCharacters(['ᲑᲐᲗᲣᲛᲘ', 'ჵ']);
    expect(kept).toContain('Ბ');
    expect(kept).toContain('ჵ');
    expect(kept).not.toContain('Ⴁ');
    expect(kept).not.toContain('Ვ');
  });
});

describe('isTextSource', () => {
  it('reads pages, scripts and data, not images or fonts', () => {
    expect(['ka/index.html', '_astro/a.B1.js', 'data/hubs.json', 'data/basemap.svg'].every(isTextSource)).toBe(true);
    expect(['favicon.png', 'fonts/x.woff2', 'pagefind/wasm.unknown.pagefind'].some(isTextSource)).toBe(false);
  });
});
