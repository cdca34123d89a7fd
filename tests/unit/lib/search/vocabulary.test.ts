import { describe, expect, it } from 'vitest';
import {
  correctWord,
  countVocabulary,
  parseVocabulary,
  serialiseVocabulary,
  vocabularyIndex,
} from '../../../../src/lib/search/vocabulary';

const ka = vocabularyIndex(
  new Map([
    ['ქუთაისი', 4],
    ['ქუთაისში', 2],
    ['თელავი', 3],
    ['ფერმერებს', 2],
    ['კლავიატურა', 2],
    ['ხელმისაწვდომობა', 5],
    ['პოლიკლინიკა', 1],
    ['ფოთი', 6],
    ['ქარი', 1],
  ]),
  'ka',
);
const en = vocabularyIndex(
  new Map([
    ['employment', 4],
    ['college', 5],
    ['colleges', 2],
    ['farmers', 3],
    ['frames', 7],
    ['telavi', 3],
    ['office', 9],
  ]),
  'en',
);

describe('the vocabulary file', () => {
  it('counts the words of the pages, without stopwords, numbers or words under four letters', () => {
    const counts = countVocabulary(['IOM-ის ოფისი ბათუმში და ქუთაისში, 2024', 'ოფისი ქუთაისში არის'], 'ka');
    expect(counts.get('ოფისი')).toBe(2);
    expect(counts.get('ქუთაისში')).toBe(2);
    expect(counts.get('ბათუმში')).toBe(1);
    for (const left of ['და', 'არის', '2024']) expect(counts.has(left), left).toBe(false);
    expect(countVocabulary(['How can I find the office? The office is open.'], 'en')).toEqual(new Map([['office', 2], ['open', 1]]));
  });

  it('reads back what it writes, most frequent first', () => {
    const counts = new Map([['ოფისი', 1], ['ბათუმის', 2], ['office', 2]]);
    const text = serialiseVocabulary(counts);
    expect(text).toBe('office 2\nბათუმის 2\nოფისი 1\n');
    expect(parseVocabulary(text)).toEqual(counts);
    expect(parseVocabulary('ok 3\nbroken\n 0\nzero 0\n')).toEqual(new Map([['ok', 3]]));
  });
});

describe('correctWord', () => {
  it('corrects a Georgian word with one letter missing, doubled or wrong, by the word or its stem', () => {
    expect(correctWord('ქუთასი', 'ქუთასი', ka)[0]).toBe('ქუთაისი');
    expect(correctWord('თელვი', 'თელვი', ka)).toEqual(['თელავი']);
    expect(correctWord('პოლიკლინკა', 'პოლიკლინკა', ka)).toEqual(['პოლიკლინიკა']);
    // Inflected and misspelled: the stems meet (ფერმერბ- / ფერმრ-), two letters apart in a long word.
    expect(correctWord('ფერმერბისთვის', 'ფერმერბისთვის', ka)).toEqual(['ფერმერებს']);
    expect(correctWord('ხელმისაწვდომბა', 'ხელმისაწვდომბა', ka)).toEqual(['ხელმისაწვდომობა']);
  });

  it('counts a sound-alike Georgian letter (ქ/კ) as half a letter, and prefers the nearer word', () => {
    // კლავიატრა: one letter missing from კლავიატურა; ქლავიატრა also has ქ for კ.
    expect(correctWord('კლავიატრა', 'კლავიატრა', ka)).toEqual(['კლავიატურა']);
    expect(correctWord('ქლავიატრა', 'ქლავიატრა', ka)).toEqual(['კლავიატურა']);
  });

  it('corrects Latin-typed Georgian through its Georgian readings, whatever the romanisation', () => {
    expect(correctWord('kutasi', 'kutasi', ka)[0]).toBe('ქუთაისი');
    expect(correctWord('telai', 'telai', ka)).toEqual(['თელავი']);
    expect(correctWord('klaviatra', 'klaviatra', ka)).toEqual(['კლავიატურა']);
    expect(correctWord('fermerbistvis', 'fermerbistvis', ka)).toEqual(['ფერმერებს']);
  });

  it('corrects English words with a letter missing, doubled or two letters swapped', () => {
    expect(correctWord('employmnet', 'employmnet', en)).toEqual(['employment']);
    expect(correctWord('ofice', 'ofice', en)).toEqual(['office']);
    expect(correctWord('tellavi', 'Tellavi', en)).toEqual(['telavi']);
  });

  it('gives both of two equally near words, the more frequent first', () => {
    // farmes: one letter from farmers, one swap from frames.
    expect(correctWord('farmes', 'farmes', en)).toEqual(['frames', 'farmers']);
    // colege: one letter from college, two from colleges: only the nearer.
    expect(correctWord('colege', 'colege', en)).toEqual(['college']);
  });

  it('leaves a word under five letters alone, however near a site word is', () => {
    expect(correctWord('ფოტო', 'ფოტო', ka)).toEqual([]);
    expect(correctWord('ქრი', 'ქრი', ka)).toEqual([]);
    expect(correctWord('ofic', 'ofic', en)).toEqual([]);
  });

  it('finds nothing for a word that is not near any word of the site, or a stopword', () => {
    expect(correctWord('ზებრები', 'ზებრები', ka)).toEqual([]);
    expect(correctWord('pizza', 'pizza', en)).toEqual([]);
    expect(correctWord('cryptocurrency', 'cryptocurrency', en)).toEqual([]);
    expect(correctWord('where', 'where', en)).toEqual([]);
    expect(correctWord('შემიძლია', 'შემიძლია', ka)).toEqual([]);
  });
});
