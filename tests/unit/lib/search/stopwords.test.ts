import { describe, expect, it } from 'vitest';
import { isQueryStopword } from '../../../../src/lib/search/stopwords';

describe('isQueryStopword', () => {
  it.each(['როგორ', 'სად', 'რა', 'შემიძლია', 'ვიპოვო', 'მინდა', 'არის'])('Georgian %s is a stopword', (word) => {
    expect(isQueryStopword(word, word, 'ka')).toBe(true);
  });

  it.each(['rogor', 'sad', 'ra', 'shemidzlia', 'šemiʒlia', 'vipovo', 'minda', 'aris'])('Latin-typed Georgian %s is a stopword on the Georgian site', (word) => {
    expect(isQueryStopword(word, word, 'ka')).toBe(true);
  });

  it.each(['how', 'where', 'can', 'i', 'get', 'find', 'the', 'please'])('English %s is a stopword on the English site', (word) => {
    expect(isQueryStopword(word, word, 'en')).toBe(true);
  });

  it.each([
    ['ბათუმი', 'ka'],
    ['სამუშაო', 'ka'],
    ['batumi', 'ka'],
    ['samushao', 'ka'],
    ['office', 'en'],
    ['grant', 'en'],
    ['help', 'en'],
  ] as const)('%s (a word a page is about) is not a stopword on the %s site', (word, lang) => {
    expect(isQueryStopword(word, word, lang)).toBe(false);
  });
});
