import { describe, expect, it } from 'vitest';
import { words } from '../../../../src/lib/georgian/script';
import { searchKeysForText } from '../../../../src/lib/search/keys';
import { type EngineResult, type SearchEngine, isRealMatch, pageWords, runSearch, withCorrections } from '../../../../src/lib/search/run-search';
import { countVocabulary, vocabularyIndex } from '../../../../src/lib/search/vocabulary';

/**
 * A small stand-in for Pagefind over a few pages: prefix matching on each
 * page's words and hidden keys, and, when no word starts with the term, its
 * fallback to the longest indexed word the term starts with. Filters match
 * the page's `type`.
 */
function fakeEngine(pages: Record<string, { text: string; type?: string }>): { engine: SearchEngine; searched: string[] } {
  const searched: string[] = [];
  const indexed = Object.entries(pages).map(([id, page]) => ({
    id,
    type: page.type ?? 'page',
    text: page.text,
    words: words(page.text),
    keys: searchKeysForText(page.text, 'ka'),
  }));
  const engine: SearchEngine = async (term, filters) => {
    searched.push(term);
    const pool = indexed.filter((p) => filters['type'] === undefined || p.type === filters['type']);
    const all = pool.flatMap((p) => [...p.words, ...p.keys]);
    let match = (w: string) => w.startsWith(term);
    if (!all.some(match)) {
      const fallback = all.filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length)[0];
      if (fallback === undefined) return [];
      match = (w: string) => w === fallback;
    }
    return pool
      .map((p): EngineResult | undefined => {
        const hitsInText = p.words.filter(match);
        const hitsInKeys = p.keys.filter(match);
        if (hitsInText.length + hitsInKeys.length === 0) return undefined;
        const excerpt = p.words.map((w) => (match(w) ? `<mark>${w}</mark>` : w)).join(' ');
        return {
          id: p.id,
          score: hitsInText.length + hitsInKeys.length,
          data: async () => ({ url: p.id, content: p.text, excerpt, meta: { title: p.id, keys: p.keys.join(' ') }, filters: {} }),
        };
      })
      .filter((r): r is EngineResult => r !== undefined)
      .sort((a, b) => b.score - a.score);
  };
  return { engine, searched };
}

const site = {
  '/ka/places/iom-kutaisi/': { text: 'IOM-ის ქუთაისის საველე ოფისი. ქალაქი ქუთაისი, რეგიონი იმერეთი.', type: 'place' },
  '/ka/places/iom-poti/': { text: 'IOM-ის ფოთის საველე ოფისი და ინფორმაცია.', type: 'place' },
  '/ka/programs/vocational-education/': { text: 'პროფესიული განათლება პროფესიულ კოლეჯში და სახელმწიფო ვაუჩერი.', type: 'program' },
  '/ka/programs/rda/': { text: 'სოფლის განვითარების სააგენტო ფერმერებს ეხმარება.', type: 'program' },
};

describe('runSearch', () => {
  const ids = async (query: string, filters: Record<string, string> = {}) =>
    (await runSearch(fakeEngine(site).engine, query, 'ka', filters)).hits.map((h) => h.id);

  it('finds a page through an inflected, Mtavruli or Latin form of its word', async () => {
    for (const query of ['ქუთაისში', 'ᲥᲣᲗᲐᲘᲡᲘ', 'kutaisi', 'qutaisi']) {
      expect(await ids(query), query).toEqual(['/ka/places/iom-kutaisi/']);
    }
  });

  it('finds a page through a syncopated form (სოფელი ↔ სოფლის)', async () => {
    expect(await ids('სოფელი')).toEqual(['/ka/programs/rda/']);
  });

  it('requires every word of a multi-word query, each in any of its forms', async () => {
    expect(await ids('პროფესიული განათლება')).toEqual(['/ka/programs/vocational-education/']);
    expect(await ids('საველე ოფისი ფოთში')).toEqual(['/ka/places/iom-poti/']);
    expect(await ids('ფოთის განათლება')).toEqual([]);
  });

  it('ranks pages that match more often first', async () => {
    expect((await ids('ოფისი')).sort()).toEqual(['/ka/places/iom-kutaisi/', '/ka/places/iom-poti/']);
    expect(await ids('საველე ოფისი')).toHaveLength(2);
    const pages = {
      '/ka/once/': { text: 'ერთი ოფისი ბათუმში.' },
      '/ka/often/': { text: 'ოფისი, ოფისი და კიდევ ერთი ოფისი.' },
      '/ka/twice/': { text: 'ოფისი და ოფისი.' },
    };
    // The engine answers weakest first, so the order can only come from runSearch.
    const { engine } = fakeEngine(pages);
    const weakestFirst: SearchEngine = async (term, filters) => (await engine(term, filters)).reverse();
    const ranked = async (query: string) => (await runSearch(weakestFirst, query, 'ka')).hits.map((h) => h.id);
    expect(await ranked('ოფისი')).toEqual(['/ka/often/', '/ka/twice/', '/ka/once/']);
    // Scores add up over the words of the query: the only page with both words comes first.
    expect(await ranked('ოფისი ბათუმი')).toEqual(['/ka/once/']);
    expect(await ranked('ერთი ოფისი')).toEqual(['/ka/often/', '/ka/once/']);
  });

  it('drops answers reached only through the short-word fallback (და for დასახლება)', async () => {
    expect(await ids('დასახლება')).toEqual([]);
  });

  it('finds nothing for words the site does not contain, or for an empty query', async () => {
    expect(await ids('ზებრა')).toEqual([]);
    expect(await ids('pizza')).toEqual([]);
    expect(await ids('   ')).toEqual([]);
  });

  it('passes the filters to every term search', async () => {
    expect(await ids('ოფისი', { type: 'program' })).toEqual([]);
    expect(await ids('სახელმწიფო', { type: 'program' })).toEqual(['/ka/programs/vocational-education/']);
  });

  it('searches each distinct term once, and not a term another term of its group already covers', async () => {
    const { engine, searched } = fakeEngine(site);
    await runSearch(engine, 'batumi batumi', 'ka');
    expect(searched.length).toBe(new Set(searched).size);
    searched.length = 0;
    await runSearch(engine, 'ქუთაისში', 'ka');
    expect(searched).toEqual(['ქუთაის']);
  });
});

describe('runSearch with questions and typos', () => {
  const pages = {
    '/ka/places/iom-kutaisi/': { text: 'IOM-ის ქუთაისის საველე ოფისი. ქალაქი ქუთაისი, რეგიონი იმერეთი.' },
    '/ka/places/iom-poti/': { text: 'IOM-ის ფოთის საველე ოფისი და ინფორმაცია.' },
    '/ka/programs/vocational-education/': { text: 'პროფესიული განათლება პროფესიულ კოლეჯში და სახელმწიფო ვაუჩერი.' },
    '/ka/programs/employment/': { text: 'სამუშაოს ძიება და პროფესიული კონსულტაცია.' },
  };
  const vocabulary = vocabularyIndex(countVocabulary(Object.values(pages).map((p) => p.text), 'ka'), 'ka');
  const search = (query: string, withVocabulary = true) =>
    runSearch(fakeEngine(pages).engine, query, 'ka', {}, withVocabulary ? { vocabulary: async () => vocabulary } : {});
  const ids = async (query: string, withVocabulary = true) => (await search(query, withVocabulary)).hits.map((h) => h.id);

  it('searches a question by its content words', async () => {
    expect(await ids('სად არის IOM-ის ოფისი ქუთაისში?')).toEqual(['/ka/places/iom-kutaisi/']);
    expect(await ids('sad aris ofisi qutaisshi')).toEqual(['/ka/places/iom-kutaisi/']);
    expect(await ids('როგორ ვიპოვო სამუშაო')).toEqual(['/ka/programs/employment/']);
  });

  it('ranks by content words matched when no page has them all: most words first, then score; half or fewer dropped', async () => {
    // "ფასი" is on no page and too short to correct: the page with the two other words is found.
    expect(await ids('პროფესიული განათლება ფასი')).toEqual(['/ka/programs/vocational-education/']);
    const more = {
      ...pages,
      '/ka/often/': { text: 'პროფესიული პროფესიული პროფესიული განათლება განათლება სამუშაო სამუშაო.' },
    };
    const query = 'პროფესიული კონსულტაცია ძიება სამუშაო განათლება';
    // employment: 4 of 5 words; often: 3 of 5 with the higher score; vocational-education: 2 of 5, dropped.
    const found = (await runSearch(fakeEngine(more).engine, query, 'ka')).hits.map((h) => h.id);
    expect(found).toEqual(['/ka/programs/employment/', '/ka/often/']);
    // With one page holding every word, only that page (the exact search as before).
    expect(await ids('პროფესიული განათლება')).toEqual(['/ka/programs/vocational-education/']);
  });

  it('finds nothing when half of the content words or more are on no page', async () => {
    expect(await ids('ქუთაისი პიცა')).toEqual([]);
    expect(await ids('სად ვიყიდო პიცა')).toEqual([]);
  });

  it('corrects a word that matches nothing and says so; without the vocabulary it does not', async () => {
    const outcome = await search('ქუთასი');
    expect(outcome.hits.map((h) => h.id)).toEqual(['/ka/places/iom-kutaisi/']);
    expect(outcome.corrections).toEqual([{ from: 'ქუთასი', to: 'ქუთაისი' }]);
    expect(outcome.searched).toBe('ქუთაისი');
    expect(await ids('ქუთასი', false)).toEqual([]);
    const latin = await search('profesiuli ganatlba?');
    expect(latin.hits.map((h) => h.id)).toEqual(['/ka/programs/vocational-education/']);
    expect(latin.searched).toBe('profesiuli განათლება?');
  });

  it('does not correct more than half of the words of a query', async () => {
    expect(await ids('ქუთასი ოფსი')).toEqual([]);
  });

  it('asks for the vocabulary only when a word matches nothing', async () => {
    let asked = 0;
    const counting = { vocabulary: async () => ((asked += 1), vocabulary) };
    await runSearch(fakeEngine(pages).engine, 'ქუთაისი', 'ka', {}, counting);
    expect(asked).toBe(0);
    await runSearch(fakeEngine(pages).engine, 'ქუთასი', 'ka', {}, counting);
    expect(asked).toBe(1);
  });
});

describe('withCorrections', () => {
  it('replaces the corrected words and keeps everything else as typed', () => {
    expect(withCorrections('how do I find emploment?', [{ from: 'emploment?', to: 'employment' }])).toBe('how do I find employment?');
  });
});

describe('pageWords', () => {
  it('reads the words of the page text and of its metadata, normalised', () => {
    expect(pageWords({ content: 'IOM-ის ᲥᲣᲗᲐᲘᲡᲘᲡ ოფისი.', meta: { title: 'ოფისი', keys: 'სოფლ ჵქალაქ', region: undefined } })).toEqual([
      'iom-ის',
      'ქუთაისის',
      'ოფისი',
      'ოფისი',
      'სოფლ',
      'ჵქალაქ',
    ]);
  });
});

describe('isRealMatch', () => {
  it.each([
    ['ბათუმ', ['ბათუმში'], 'ka', true],
    ['ჵქუთაის', ['ჵქუთაის'], 'ka', true],
    ['დასაქმება', ['და'], 'ka', false],
    ['დასახლ', ['და', 'დასა', 'დასახმარებლად'], 'ka', false],
    ['ქუთაისში', ['ქუთაისი', 'და'], 'ka', false],
    ['ქუთაისში', ['ქუთაის', 'და'], 'ka', true],
    ['employment', ['employed'], 'en', true],
    ['cryptocurrency', ['cr'], 'en', false],
  ] as const)('%s on a page with %j is a real match: %s', (term, matched, lang, real) => {
    expect(isRealMatch(term, matched, lang)).toBe(real);
  });
});
