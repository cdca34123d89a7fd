import { describe, expect, it } from 'vitest';
import { MIN_STEM, stemCandidates, stemGeorgian, syncopate } from '../../../../src/lib/search/stem';

/** Each row: inflected forms of one word, which must all get the same stem. */
const paradigms: [string, string[]][] = [
  ['სოფლ', ['სოფელი', 'სოფლის', 'სოფლები', 'სოფელში', 'სოფლად', 'სოფლებში', 'სოფლით']],
  ['ქალაქ', ['ქალაქი', 'ქალაქში', 'ქალაქის', 'ქალაქები', 'ქალაქებში', 'ქალაქიდან', 'ქალაქამდე']],
  ['ბათუმ', ['ბათუმი', 'ბათუმში', 'ბათუმის', 'ბათუმიდან', 'ბათუმს', 'ბათუმით', 'ბათუმამდე', 'ბათუმშიც', 'ბათუმისკენ', 'ბათუმივით']],
  ['მიგრანტ', ['მიგრანტი', 'მიგრანტები', 'მიგრანტებისთვის', 'მიგრანტის', 'მიგრანტებს', 'მიგრანტებმა', 'მიგრანტებით', 'მიგრანტების', 'მიგრანტებისათვის', 'მიგრანტთა', 'მიგრანტებიც', 'მიგრანტო']],
  ['დასაქმ', ['დასაქმება', 'დასაქმების', 'დასაქმებაში', 'დასაქმებისთვის', 'დასაქმებით', 'დასაქმებაზე']],
  ['გრანტ', ['გრანტი', 'გრანტები', 'გრანტის', 'გრანტზე', 'გრანტებზე', 'გრანტით']],
  ['ოზურგეთ', ['ოზურგეთი', 'ოზურგეთში', 'ოზურგეთის', 'ოზურგეთიდან', 'ოზურგეთთან']],
  ['მცხეთ', ['მცხეთა', 'მცხეთის', 'მცხეთაში', 'მცხეთამ', 'მცხეთიდან', 'მცხეთამდე']],
  ['მოქალაქ', ['მოქალაქე', 'მოქალაქის', 'მოქალაქეები', 'მოქალაქეებს', 'მოქალაქეს', 'მოქალაქეებისთვის']],
  ['ქვეყნ', ['ქვეყანა', 'ქვეყნის', 'ქვეყნები', 'ქვეყანაში', 'ქვეყნებში']],
  ['მეგობრ', ['მეგობარი', 'მეგობრის', 'მეგობრები', 'მეგობართან', 'მეგობრებთან']],
  ['წყალტუბ', ['წყალტუბო', 'წყალტუბოში', 'წყალტუბოს', 'წყალტუბოდან', 'წყალტუბომდე', 'წყალტუბოსთან']],
  ['თბილის', ['თბილისი', 'თბილისში', 'თბილისის', 'თბილისიდან', 'თბილისთან']],
  ['პროგრმ', ['პროგრამა', 'პროგრამის', 'პროგრამები', 'პროგრამაში', 'პროგრამით']],
  ['სახლ', ['სახლი', 'სახლში', 'სახლის', 'სახლსაც', 'სახლამდე']],
  ['ვიზ', ['ვიზა', 'ვიზის', 'ვიზით', 'ვიზები']],
  // A vowel stem takes the dative -ს before -თან: მერია-ს-თან.
  ['მერი', ['მერია', 'მერიის', 'მერიასთან', 'მერიაში', 'მერიამ', 'მერიისთვის']],
];

describe('stemGeorgian: inflected forms of one word meet', () => {
  it.each(paradigms)('%s', (stem, forms) => {
    for (const form of forms) expect(stemGeorgian(form), form).toBe(stem);
  });

  it('folds Mtavruli and case first', () => {
    expect(stemGeorgian('ᲑᲐᲗᲣᲛᲨᲘ')).toBe('ბათუმ');
  });
});

/** Pairs of different words that must keep different stems. */
const distinct: [string, string][] = [
  ['ღორი', 'გორი'], // pig / Gori: ღ vs გ
  ['ღერი', 'გერი'], // stalk / stepson
  ['კარი', 'ქარი'], // door / wind: კ vs ქ, exact in Georgian script
  ['კუდი', 'ქუდი'], // tail / hat
  ['ქალი', 'ქალაქი'], // woman / city: a short stem is not cut into the longer word
  ['შენი', 'სენი'], // your / disease: შ vs ს
  ['ხელი', 'ჰელი'], // hand / (none): ხ vs ჰ
];

describe('stemGeorgian: different words stay apart', () => {
  it.each(distinct)('%s ≠ %s', (a, b) => {
    expect(stemGeorgian(a)).not.toBe(stemGeorgian(b));
  });
});

describe('stemGeorgian: never below three letters, short words untouched', () => {
  it.each([
    ['და', 'და'],
    ['არ', 'არ'],
    ['ონი', 'ონი'],
    ['ტყე', 'ტყე'],
    ['ტყეები', 'ტყე'],
    ['ქალი', 'ქალ'],
    ['ქალის', 'ქალ'],
  ])('%s → %s', (word, stem) => {
    expect(stemGeorgian(word)).toBe(stem);
    expect([...stemGeorgian(word)].length).toBeGreaterThanOrEqual(Math.min(MIN_STEM, [...word].length));
  });

  it('leaves Latin words uncut', () => {
    expect(stemGeorgian('Batumi')).toBe('batumi');
  });
});

describe('stemCandidates', () => {
  it('offers the ergative reading of consonant + მა as a second stem', () => {
    expect(stemCandidates('ქალაქმა')).toEqual(['ქალაქმ', 'ქალაქ']);
    expect(stemCandidates('მიგრანტმა')).toContain('მიგრანტ');
  });

  it('has one stem when the ending is not ambiguous', () => {
    expect(stemCandidates('პროგრამა')).toEqual(['პროგრმ']);
    expect(stemCandidates('ბათუმში')).toEqual(['ბათუმ']);
  });
});

describe('syncopate', () => {
  it.each([
    ['სოფელ', 'სოფლ'],
    ['მეგობარ', 'მეგობრ'],
    ['ქვეყან', 'ქვეყნ'],
    ['კალამ', 'კალმ'],
    ['ქალაქ', 'ქალაქ'],
    ['კანონ', 'კანონ'],
    ['ბათუმ', 'ბათუმ'],
    ['ხელ', 'ხელ'],
  ])('%s → %s', (stem, expected) => {
    expect(syncopate(stem)).toBe(expected);
  });
});
