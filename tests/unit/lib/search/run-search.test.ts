import { describe, expect, it } from 'vitest';
import { words } from '../../../../src/lib/georgian/script';
import { searchKeysForText } from '../../../../src/lib/search/keys';
import { type EngineResult, type SearchEngine, isRealMatch, pageWords, runSearch } from '../../../../src/lib/search/run-search';

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
