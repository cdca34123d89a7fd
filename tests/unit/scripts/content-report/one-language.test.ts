import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bilingualTexts, oneLanguageChanges, twinLag } from '../../../../scripts/content-report/one-language.ts';

const texts = new URL('../fixtures/content-report/texts/', import.meta.url).pathname;
const before = readFileSync(`${texts}before.yaml`, 'utf8');
const after = readFileSync(`${texts}after.yaml`, 'utf8');

describe('oneLanguageChanges', () => {
  it('reports the texts changed in Georgian only or English only, not those changed in both or in neither', () => {
    expect(oneLanguageChanges(before, after)).toEqual(['summary: ka only', 'eligibility: en only']);
  });

  it('reports nothing for a file that did not exist at the review, or did not change', () => {
    expect(oneLanguageChanges(undefined, after)).toEqual([]);
    expect(oneLanguageChanges(after, after)).toEqual([]);
  });

  it('finds ka/en pairs inside lists and flow maps, by path', () => {
    expect([...bilingualTexts({ phones: [{ label: { ka: 'ა', en: 'a' } }], town: { ka: 'ბ', en: 'b' }, ka: 'not a text' }).keys()]).toEqual([
      'phones.0.label',
      'town',
    ]);
  });
});

describe('twinLag', () => {
  const versions = (ka?: [number, string], en?: [number, string]) => [
    { lang: 'ka', change: ka && { time: ka[0], ref: ka[1] } },
    { lang: 'en', change: en && { time: en[0], ref: en[1] } },
  ];

  it('names the language that changed after its twin', () => {
    expect(twinLag(versions([200, 'b2'], [100, 'a1']))).toEqual(['ka changed after en (b2, en last a1)']);
    expect(twinLag(versions([100, 'a1'], [300, 'c3']))).toEqual(['en changed after ka (c3, ka last a1)']);
  });

  it('is quiet when both changed in the same commit, and reports a missing twin', () => {
    expect(twinLag(versions([100, 'a1'], [100, 'a1']))).toEqual([]);
    expect(twinLag(versions([100, 'a1']))).toEqual(['no en twin']);
    expect(twinLag(versions(undefined, [100, 'a1']))).toEqual(['no ka twin']);
  });
});
