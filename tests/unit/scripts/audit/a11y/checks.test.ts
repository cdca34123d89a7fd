import { describe, expect, it } from 'vitest';
import { contrast, parseColour } from '../../../../../scripts/audit/a11y/colour.ts';
import { edgeShows } from '../../../../../scripts/audit/a11y/forced-colors.ts';
import { languageProblems, otherLanguageText } from '../../../../../scripts/audit/a11y/language-runs.ts';
import { targetSizeProblems } from '../../../../../scripts/audit/a11y/target-geometry.ts';

describe('target size (2.5.8)', () => {
  it('fails two 21 px links stacked with no gap, passes them 24 px high or spaced', () => {
    const link = (y: number, height: number) => ({ name: `a@${y}`, x: 0, y, width: 200, height });
    expect(targetSizeProblems([link(0, 21), link(21, 21)])).toHaveLength(2);
    expect(targetSizeProblems([link(0, 24), link(24, 24)])).toEqual([]);
    expect(targetSizeProblems([link(0, 21), link(45, 21)])).toEqual([]);
  });
});

describe('forced colours', () => {
  it('a field with no border on a background of the same colour has no edge; a 1 px black border gives one', () => {
    const base = { background: 'rgb(255, 255, 255)', behind: 'rgb(255, 255, 255)' };
    expect(edgeShows({ ...base, borders: [] })).toBe(false);
    expect(edgeShows({ ...base, borders: Array.from({ length: 4 }, () => [1, 'rgb(0, 0, 0)'] as [number, string]) })).toBe(true);
  });
  it('reads computed colours and their contrast', () => {
    expect(parseColour('rgba(255, 255, 255, 0)')).toEqual({ r: 255, g: 255, b: 255, a: 0 });
    expect(contrast(parseColour('rgb(0, 0, 0)')!, parseColour('rgb(255, 255, 255)')!)).toBeCloseTo(21);
  });
});

describe('language of parts', () => {
  it('finds Georgian in English parts and English phrases in Georgian parts, not names', () => {
    expect(otherLanguageText('for example Ozurgeti or ოზურგეთი.', 'en')?.text).toBe('ოზურგეთი');
    expect(otherLanguageText('© OpenStreetMap contributors (ODbL), Natural Earth', 'ka')?.locale).toBe('en');
    expect(otherLanguageText('პროგრამა „Produce in Georgia“', 'ka')).toBeUndefined();
    expect(otherLanguageText('დარეკეთ IOM-ში', 'ka')).toBeUndefined();
  });
  it('flags English text marked lang="ka"', () => {
    expect(languageProblems([{ text: 'Original source: IOM Georgia (in Georgian)', lang: 'ka', where: 'a', marked: true }])).toHaveLength(1);
    expect(languageProblems([{ text: 'ქართული', lang: 'ka', where: 'span', marked: true }])).toEqual([]);
  });
});
