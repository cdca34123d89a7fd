import { describe, expect, it } from 'vitest';
import {
  foldDiacritics,
  foldRomanisation,
  KEYBOARD_LAYOUT,
  NATIONAL_ROMANISATION,
  georgianToLatin,
  latinToGeorgian,
  readKeyboard,
  readNational,
} from '../../../../src/lib/georgian/transliterate';
import { GEORGIAN_ALPHABET } from '../../../../src/lib/georgian/script';

/** The 2002 national system, letter by letter, as published. */
const national: [string, string][] = [
  ['ა', 'a'], ['ბ', 'b'], ['გ', 'g'], ['დ', 'd'], ['ე', 'e'], ['ვ', 'v'], ['ზ', 'z'],
  ['თ', 't'], ['ი', 'i'], ['კ', "k'"], ['ლ', 'l'], ['მ', 'm'], ['ნ', 'n'], ['ო', 'o'],
  ['პ', "p'"], ['ჟ', 'zh'], ['რ', 'r'], ['ს', 's'], ['ტ', "t'"], ['უ', 'u'], ['ფ', 'p'],
  ['ქ', 'k'], ['ღ', 'gh'], ['ყ', "q'"], ['შ', 'sh'], ['ჩ', 'ch'], ['ც', 'ts'], ['ძ', 'dz'],
  ['წ', "ts'"], ['ჭ', "ch'"], ['ხ', 'kh'], ['ჯ', 'j'], ['ჰ', 'h'],
];

/** The standard Georgian QWERTY layout. */
const keyboard: [string, string][] = [
  ['a', 'ა'], ['b', 'ბ'], ['g', 'გ'], ['d', 'დ'], ['e', 'ე'], ['v', 'ვ'], ['z', 'ზ'],
  ['T', 'თ'], ['i', 'ი'], ['k', 'კ'], ['l', 'ლ'], ['m', 'მ'], ['n', 'ნ'], ['o', 'ო'],
  ['p', 'პ'], ['J', 'ჟ'], ['r', 'რ'], ['s', 'ს'], ['t', 'ტ'], ['u', 'უ'], ['f', 'ფ'],
  ['q', 'ქ'], ['R', 'ღ'], ['y', 'ყ'], ['S', 'შ'], ['C', 'ჩ'], ['c', 'ც'], ['Z', 'ძ'],
  ['w', 'წ'], ['W', 'ჭ'], ['x', 'ხ'], ['j', 'ჯ'], ['h', 'ჰ'],
];

describe('national romanisation, both directions', () => {
  it('covers all 33 letters', () => {
    expect(national.map(([ka]) => ka).join('')).toBe(GEORGIAN_ALPHABET);
    expect(Object.keys(NATIONAL_ROMANISATION).sort()).toEqual([...GEORGIAN_ALPHABET].sort());
  });

  it.each(national)('%s ↔ %s', (ka, latin) => {
    expect(georgianToLatin(ka, { apostrophes: true })).toBe(latin);
    // Read back between vowels, as inside a word.
    expect(readNational(`a${latin}a`)).toBe(`ა${ka}ა`);
    expect(latinToGeorgian(`a${latin}a`)).toContain(`ა${ka}ა`);
  });
});

describe('keyboard layout, both directions', () => {
  it('covers all 33 letters', () => {
    expect(new Set(keyboard.map(([, ka]) => ka)).size).toBe(33);
    expect(Object.keys(KEYBOARD_LAYOUT)).toHaveLength(33);
  });

  it.each(keyboard)('key %s ↔ %s', (key, ka) => {
    expect(KEYBOARD_LAYOUT[key]).toBe(ka);
    // Mixed case inside a word, so Shift counts.
    expect(readKeyboard(`aa${key}a`)).toBe(`აა${ka}ა`);
    expect(latinToGeorgian(`aa${key}a`)).toContain(`აა${ka}ა`);
  });
});

describe('latinToGeorgian', () => {
  it.each([
    ['batumi', 'ბათუმი'],
    ['qutaisi', 'ქუთაისი'],
    ['kutaisi', 'ქუთაისი'],
    ['migrantebi', 'მიგრანტები'],
    ['dasakmeba', 'დასაქმება'],
    ['zestafoni', 'ზესტაფონი'],
    ['zestafoni', 'ზესთაფონი'],
    ['zestaponi', 'ზესთაფონი'],
    ['wyaltubo', 'წყალტუბო'],
    ["ts'q'alt'ubo", 'წყალტუბო'],
    ['Tsqaltubo', 'ცქალთუბო'],
    ['Mtskheta', 'მცხეთა'],
    ['xashuri', 'ხაშური'],
    ['khashuri', 'ხაშური'],
    ['saqarTvelo', 'საქართველო'],
    ['sighnaghi', 'სიღნაღი'],
    ['chiatura', 'ჩიათურა'],
    ['tchiatura', 'ჭიათურა'],
    ['dzma', 'ძმა'],
    ['zhurnali', 'ჟურნალი'],
    ['sagarejo', 'საგარეჯო'],
    ['Dedoplistskaro', 'დედოფლისცქარო'],
  ])('%s has the candidate %s', (latin, georgian) => {
    expect(latinToGeorgian(latin)).toContain(georgian);
  });

  it('keeps the candidate list to one or two spellings', () => {
    for (const latin of ['batumi', 'tskaltubo', 'wyaltubo', 'Mtskheta', 'dasakmeba', 'saqarTvelo']) {
      const candidates = latinToGeorgian(latin);
      expect(candidates.length).toBeGreaterThanOrEqual(1);
      expect(candidates.length).toBeLessThanOrEqual(2);
    }
  });

  it('leaves Georgian letters, digits and spaces alone', () => {
    expect(latinToGeorgian('ბათუმი 2024')).toEqual(['ბათუმი 2024']);
  });

  it('reads a capitalised word in lower case on the keyboard, since its capital is grammar', () => {
    expect(readKeyboard('Sagarejo')).toBe('საგარეჯო');
    expect(readKeyboard('SAGAREJO')).toBe('საგარეჯო');
  });
});

describe('georgianToLatin', () => {
  it.each([
    ['წყალტუბო', 'tsqaltubo'],
    ['ზესტაფონი', 'zestaponi'],
    ['ᲛᲪᲮᲔᲗᲐ', 'mtskheta'],
    ['ბათუმი, 2024', 'batumi, 2024'],
  ])('%s → %s', (ka, latin) => {
    expect(georgianToLatin(ka)).toBe(latin);
  });

  it('round-trips through readNational with apostrophes', () => {
    for (const word of ['წყალტუბო', 'ჭიათურა', 'ყვარელი', 'ტყიბული', 'ჟურნალი', 'ძმა', 'სიღნაღი']) {
      expect(readNational(georgianToLatin(word, { apostrophes: true }))).toBe(word);
    }
  });
});

describe('foldRomanisation', () => {
  it.each([
    ['tsqaltubo', 'tskaltubo'],
    ['zestafoni', 'zestaponi'],
    ['sighnaghi', 'signagi'],
    ['gurdzhaani', 'gurjani'],
    ['tchiatura', 'chiatura'],
    ['khashuri', 'xashuri'],
  ])('folds %s and %s to one spelling', (a, b) => {
    expect(foldRomanisation(a)).toBe(foldRomanisation(b));
  });

  it('leaves Georgian letters and unrelated spellings apart', () => {
    expect(foldRomanisation('ბათუმი')).toBe('ბათუმი');
    expect(foldRomanisation('batumi')).not.toBe(foldRomanisation('poti'));
  });
});

describe('other romanisations and apostrophe styles read as the national system', () => {
  it.each([
    ['samušao', 'samushao'],
    ['ŠVEICARIA', 'ShVEICARIA'],
    ['ǰandacva', 'jandacva'],
    ['ǯandacva', 'jandacva'],
    ['ʒieba', 'dzieba'],
    ['aɣčurviloba', 'aghchurviloba'],
    ['aγčurviloba', 'aghchurviloba'],
    ['ğvino', 'ghvino'],
    ['žurnali', 'zhurnali'],
    ['xelsac̣q̇oebi', "xelsac'q'oebi"],
    ['ḳlaviatura', "k'laviatura"],
    ['č̣ia', "ch'ia"],
  ])('foldDiacritics(%s) → %s', (typed, national) => {
    expect(foldDiacritics(typed)).toBe(national);
  });

  it('leaves plain Latin and Georgian text as it is', () => {
    expect(foldDiacritics('Kutaisi ქუთაისი')).toBe('Kutaisi ქუთაისი');
  });

  it('reads ISO 9984, scholarly, phone-keyboard and national spellings of one word the same', () => {
    const spellings = ["khelsats'q'oebi", 'khelsats’q’oebi', 'khelsatsʼqʼoebi', "xelsac'q'oebi", 'xelsac̣q̇oebi', 'khelsatsqoebi'];
    const national = readNational("khelsats'q'oebi");
    expect(national).toBe('ხელსაწყოები');
    for (const spelling of spellings.slice(0, 5)) expect(readNational(spelling)).toBe(national);
    // Without apostrophes ც/ქ are read for წ/ყ: the search keys merge those (ცწ, ქკყ).
    expect(readNational('khelsatsqoebi')).toBe('ხელსაცქოები');
  });

  it.each([
    ['samušao', 'სამუშაო'],
    ['čiqovani', 'ჩიქოვანი'],
    ["č'ia", 'ჭია'],
    ['ǰandacva', 'ჯანდაცვა'],
    ['ʒieba', 'ძიება'],
    ['aɣčurviloba', 'აღჩურვილობა'],
    ['ozurgetši', 'ოზურგეთში'],
  ])('readNational(%s) → %s', (typed, georgian) => {
    expect(readNational(typed)).toBe(georgian);
  });
});
