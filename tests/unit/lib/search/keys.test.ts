import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../src/i18n/locales';
import { words } from '../../../../src/lib/georgian/script';
import {
  END_MARK,
  SOUND_MARK,
  isShortWordFallback,
  latinSoundKey,
  queryTermGroups,
  queryVariants,
  searchKeysForText,
  soundKey,
} from '../../../../src/lib/search/keys';
import { returneeText } from './fixtures/returnee-text';

/**
 * What Pagefind indexes for a page: its own words plus the hidden keys. A
 * query finds the page when every query group has a term that is a prefix of
 * some indexed word (Pagefind's prefix matching, without its short-word
 * fallback, which {@link isShortWordFallback} filters out).
 */
function finds(text: string, query: string, lang: Locale): boolean {
  const indexed = [...words(text), ...searchKeysForText(text, lang)];
  return queryTermGroups(query, lang).every((group) =>
    group.some((term) => indexed.some((word) => word.startsWith(term))),
  );
}

function shared(text: string, query: string, lang: Locale): string[] {
  const keys = new Set(searchKeysForText(text, lang));
  return queryVariants(query, lang).filter((term) => keys.has(term));
}

describe('soundKey', () => {
  it.each([
    ['წყალტუბ', 'ცქალთუბ'],
    ['კასპ', 'ქასფ'],
    ['ჭიათურ', 'ჩიათურ'],
    ['ძმ', 'ზმ'],
    ['ჟურნალ', 'ჯურნალ'],
    ['ღორ', 'ღორ'],
    ['შენ', 'შენ'],
  ])('%s → %s', (stem, key) => {
    expect(soundKey(stem)).toBe(key);
  });

  it('keeps ღ apart from გ and რ, შ from ს, ხ from ჰ', () => {
    expect(soundKey('ღორ')).not.toBe(soundKey('გორ'));
    expect(soundKey('ღამ')).not.toBe(soundKey('რამ'));
    expect(soundKey('შენ')).not.toBe(soundKey('სენ'));
    expect(soundKey('ხელ')).not.toBe(soundKey('ჰელ'));
  });

  it('romanises for English pages', () => {
    expect(latinSoundKey('ზესტაფონ')).toBe('zestapon');
    expect(latinSoundKey('წყალტუბ')).toBe('tskaltub');
  });
});

/** Georgian pages: (page text, query) pairs where the query's word is on the page. */
const kaHits: [string, string][] = [
  ['ოფისი მდებარეობს ბათუმში.', 'ბათუმი'],
  ['ოფისი მდებარეობს ბათუმში.', 'ᲑᲐᲗᲣᲛᲘ'],
  ['ოფისი მდებარეობს ბათუმში.', 'batumi'],
  ['ოფისი მდებარეობს ბათუმში.', 'ბათუმიდან'],
  ['ქუთაისის ცენტრი', 'qutaisi'],
  ['ქუთაისის ცენტრი', 'kutaisi'],
  ['ქუთაისის ცენტრი', 'ქუთაისში'],
  ['დახმარება მიგრანტებისთვის', 'migrantebi'],
  ['დახმარება მიგრანტებისთვის', 'მიგრანტი'],
  ['დასაქმების სააგენტო', 'dasakmeba'],
  ['დასაქმების სააგენტო', 'დასაქმება'],
  ['დასაქმების სააგენტო', 'დასაქმებაში'],
  ['კოლეჯი ზესტაფონში', 'zestafoni'],
  ['კოლეჯი ზესტაფონში', 'zestaponi'],
  ['ცენტრი წყალტუბოში', 'tskaltubo'],
  ['ცენტრი წყალტუბოში', 'wyaltubo'],
  ['ცენტრი წყალტუბოში', "ts'q'alt'ubo"],
  ['ცენტრი წყალტუბოში', 'წყალტუბო'],
  ['სოფელში ცხოვრება', 'სოფლის'],
  ['სოფელში ცხოვრება', 'sofeli'],
  ['სოფლის მეურნეობა', 'სოფელი'],
  ['ოზურგეთში გრანტები გაიცემა', 'ოზურგეთი გრანტი'],
  ['ოზურგეთში გრანტები გაიცემა', 'ozurgeti granti'],
  ['ქალაქის ცენტრში', 'ქალაქი'],
  ['ქალაქის ცენტრში', 'qalaqi'],
  ['ქვეყანაში დაბრუნება', 'ქვეყნის'],
  ['ქვეყანაში დაბრუნება', 'qveynebi'],
  ['ვიზის მიღება', 'ვიზა'],
  ['ვიზის მიღება', 'viza'],
  ['ქალებისთვის', 'ქალი'],
  ['ჩიათურის შახტები', 'chiatura'],
  ['მცხეთაში', 'Mtskheta'],
  ['საქართველოში დაბრუნება', 'saqarTvelo'],
  ['სიღნაღის მუზეუმი', 'sighnaghi'],
];

describe('Georgian pages: every inflection and Latin spelling of a word on the page finds it', () => {
  it.each(kaHits)('%s ← %s', (text, query) => {
    expect(finds(text, query, 'ka')).toBe(true);
  });
});

/** Pairs where the page text alone would not do: the keys themselves must meet the query. */
const kaKeyHits: [string, string, string][] = [
  ['სოფელში', 'სოფლის', 'სოფლ'],
  ['სოფელში', 'sofeli', 'სოფლ'],
  ['ცენტრი წყალტუბოში', 'tskaltubo', `${SOUND_MARK}ცქალთუბ`],
  ['ცენტრი წყალტუბოში', 'wyaltubo', `${SOUND_MARK}ცქალთუბ`],
  ['კოლეჯი ზესტაფონში', 'zestafoni', `${SOUND_MARK}ზესთაფონ`],
  ['ქვეყანაში', 'ქვეყნის', 'ქვეყნ'],
  ['ქალებისთვის', 'ქალი', `ქალ${END_MARK}`],
  ['დახმარება მიგრანტებისთვის', 'migrantebi', `${SOUND_MARK}მიგრანთ`],
];

describe('Georgian pages: keys and query variants meet where prefix matching cannot', () => {
  it.each(kaKeyHits)('%s ← %s via %s', (text, query, key) => {
    expect(shared(text, query, 'ka')).toContain(key);
  });
});

describe('Georgian pages: negatives find nothing', () => {
  it.each(['London', 'pizza', 'xyzzy', 'Berlin', 'ლონდონი'])('%s', (query) => {
    expect(shared(returneeText, query, 'ka')).toEqual([]);
    expect(finds(returneeText, query, 'ka')).toBe(false);
  });

  it('და never becomes a key, so it cannot match every page', () => {
    const keys = searchKeysForText(returneeText, 'ka');
    for (const word of ['და', 'არ', 'რომ', 'არის', 'ან']) {
      expect(keys.some((key) => key.replace(END_MARK, '') === word)).toBe(false);
    }
    expect(queryVariants('და', 'ka')).toEqual(['და']);
    expect(shared(returneeText, 'და', 'ka')).toEqual([]);
  });

  it.each([
    ['ქალაქის ცენტრი', 'ქალი'], // a short stem does not reach into a longer word
    ['კარის გაღება', 'ქარი'], // Georgian script stays exact for კ vs ქ
    ['ქუდის ფასი', 'კუდი'],
    ['გორის მუნიციპალიტეტი', 'ღორი'], // ღ vs გ
    ['ღორის ფერმა', 'გორი'],
    ['სენის მკურნალობა', 'შენი'], // შ vs ს
  ])('%s does not answer %s', (text, query) => {
    expect(finds(text, query, 'ka')).toBe(false);
    expect(shared(text, query, 'ka')).toEqual([]);
  });

  it('Latin input cannot tell კ from ქ, so it finds both (the merged-letter trade-off)', () => {
    expect(finds('კარის გაღება', 'kari', 'ka')).toBe(true);
    expect(finds('ქარის სიჩქარე', 'kari', 'ka')).toBe(true);
    expect(finds('გორის მუნიციპალიტეტი', 'ghori', 'ka')).toBe(false);
  });
});

describe('English pages', () => {
  const page = 'Vocational colleges in Zestaponi, Tskaltubo and Kutaisi teach cooking. Also: ქუთაისი.';

  it.each(['zestafoni', 'Zestaponi', 'tsqaltubo', 'Tskaltubo', 'qutaisi', 'ქუთაისში'])(
    'finds names in any spelling: %s',
    (query) => {
      expect(shared(page, query, 'en').length).toBeGreaterThan(0);
    },
  );

  it('keys only names and Georgian words, not ordinary English', () => {
    const keys = searchKeysForText(page, 'en');
    expect(keys).toEqual(expect.arrayContaining(['zestapon', 'tskaltub', 'kutais']));
    expect(keys).not.toContain('teach');
    expect(keys).not.toContain('cooking');
    expect(keys.every((key) => /^[a-z]+ჺ?$/u.test(key))).toBe(true);
  });

  it.each(['London', 'pizza', 'xyzzy'])('negative: %s', (query) => {
    expect(shared(page, query, 'en')).toEqual([]);
  });
});

describe('queryTermGroups / queryVariants', () => {
  it('keeps one group per query word', () => {
    expect(queryTermGroups('ბათუმში სამსახური', 'ka')).toEqual([
      ['ბათუმში', 'ბათუმ'],
      ['სამსახური', 'სამსახურ'],
    ]);
  });

  it('sends Latin input as the typed word plus bare and marked sound keys', () => {
    expect(queryVariants('qutaisi', 'ka')).toEqual(['qutaisi', 'ქუთაის', `${SOUND_MARK}ქუთაის`]);
  });

  it('keeps the list small', () => {
    for (const query of ['tskaltubo', 'wyaltubo', 'Mtskheta', 'xyzzy']) {
      expect(queryVariants(query, 'ka').length).toBeLessThanOrEqual(5);
    }
  });

  it('ignores empty queries and punctuation', () => {
    expect(queryVariants('   ', 'ka')).toEqual([]);
    expect(queryVariants('?!', 'en')).toEqual([]);
  });
});

describe('isShortWordFallback', () => {
  it.each([
    ['დასაქმება', 'და', true],
    ['დასაქმ', 'და', true],
    ['ბათუმში', 'ბათ', true],
    ['batum', 'bat', true],
    ['ბათუმ', 'ბათუმში', false],
    ['ბათუმში', 'ბათუმ', false],
    ['batumi', 'batum', false],
    [`ქალ${END_MARK}`, `ქალ${END_MARK}`, false],
    [`${SOUND_MARK}ცქალთუბ`, `${SOUND_MARK}ცქალთუბ`, false],
    ['ბათუმი', 'ქუთაისი', false],
  ] as const)('%s matched by %s → %s', (query, matched, fallback) => {
    expect(isShortWordFallback(query, matched)).toBe(fallback);
  });

  it('on the English site accepts a stem that covers half the term', () => {
    expect(isShortWordFallback('employment', 'employ', 'en')).toBe(false);
    expect(isShortWordFallback('employment', 'em', 'en')).toBe(true);
    expect(isShortWordFallback('returnees', 'ret', 'en')).toBe(true);
  });
});

describe('key budget', () => {
  it('keys for a ~500-word Georgian text add well under 60 % of its size', () => {
    const text = returneeText.trim().replace(/\s+/gu, ' ');
    expect(words(text).length).toBeGreaterThanOrEqual(480);
    const keys = searchKeysForText(text, 'ka').join(' ');
    const chars = [...keys].length / [...text].length;
    const bytes = Buffer.byteLength(keys) / Buffer.byteLength(text);
    expect(chars).toBeLessThan(0.45);
    expect(bytes).toBeLessThan(0.45);
  });

  it('gives each key once', () => {
    const keys = searchKeysForText(returneeText, 'ka');
    expect(new Set(keys).size).toBe(keys.length);
  });
});
