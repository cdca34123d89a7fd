/**
 * One search, from the visitor's query to ranked pages, over any engine that
 * answers single-term searches the way Pagefind does. Pagefind requires
 * every word of a search string, so the query is split into groups of
 * alternative terms ({@link queryTermGroups}); each term is searched on its
 * own, and a page is a hit when it matches some term of every group.
 *
 * Each term's answer is checked for Pagefind's short-word fallback (when no
 * indexed word starts with the term, it matches the longest indexed word the
 * term starts with: `დასახლება` → `და`). The fallback is all-or-nothing for a
 * term, so the words of one result's page tell whether the whole answer is real.
 */
import type { Locale } from '../../i18n/locales';
import { normaliseText } from '../georgian/script';
import { isShortWordFallback, queryTermGroups } from './keys';

/** What the page behind a result says about itself (Pagefind's `result.data()`, the parts we use). */
export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One result of a single-term search. */
export interface EngineResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/** A search engine that answers one term at a time (Pagefind's `search`). */
export type SearchEngine = (term: string, filters: Record<string, string>) => Promise<EngineResult[]>;

/** A page that matched every group of the query, best first. */
export interface Hit {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/**
 * Every word a result's page is indexed under: the words of its text and of
 * its metadata (title, hidden keys). Read from the page's own data rather than
 * from Pagefind's highlighted excerpt, which is not reliable when several
 * searches run at once.
 *
 * @example pageWords({ content: 'IOM-ის ოფისი.', meta: { keys: 'ჵქალაქ' } }) // ['iom-ის', 'ოფისი', 'ჵქალაქ']
 */
export function pageWords(data: Pick<ResultData, 'content' | 'meta'>): string[] {
  const metaText = Object.values(data.meta).filter((v): v is string => v !== undefined);
  return [data.content, ...metaText].flatMap((text) => normaliseText(text).split(' ')).filter((w) => w !== '');
}

function commonPrefix(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  return x.slice(0, i).join('');
}

/**
 * True when a page an engine returned for `term` really matches it, given
 * every word the page is indexed under: some word starts with the term (a
 * prefix match), or the word Pagefind fell back to (the longest word that is
 * a prefix of the term) is long enough to cover the term's stem (see
 * {@link isShortWordFallback}). On the English site Pagefind stems the term
 * first (`employment` → `employ`, matching `employed`), so there the longest
 * part any word shares with the term counts.
 *
 * @example isRealMatch('დასაქმება', ['და', 'სამუშაო'], 'ka') // false
 * @example isRealMatch('ბათუმ', ['ბათუმში'], 'ka') // true
 */
export function isRealMatch(term: string, words: readonly string[], lang: Locale): boolean {
  const plain = normaliseText(term);
  if (plain === '') return false;
  let longest = '';
  for (const raw of words) {
    const word = normaliseText(raw);
    if (word === '') continue;
    if (word.startsWith(plain)) return true;
    const shared = lang === 'en' ? commonPrefix(plain, word) : plain.startsWith(word) ? word : '';
    if ([...shared].length > [...longest].length) longest = shared;
  }
  return longest !== '' && !isShortWordFallback(plain, longest, lang);
}

/**
 * Run a query: search every term of every group, drop fallback answers,
 * keep pages that match every group, best first (a page's score is the sum
 * over groups of its best term score). A query with no searchable word finds
 * nothing.
 */
export async function runSearch(
  engine: SearchEngine,
  query: string,
  lang: Locale,
  filters: Record<string, string> = {},
): Promise<Hit[]> {
  const groups = queryTermGroups(query, lang);
  if (groups.length === 0) return [];
  // A term that starts with another term of its group adds nothing: every
  // word it prefix-matches, the shorter term matches too (ბათუმში ⊂ ბათუმ).
  const terms = [...new Set(groups.flatMap((group) => group.filter((t) => !group.some((o) => o !== t && t.startsWith(o)))))];
  const answers = new Map<string, EngineResult[]>();
  await Promise.all(
    terms.map(async (term) => {
      const results = await engine(term, filters);
      const first = results[0];
      const real = first !== undefined && isRealMatch(term, pageWords(await first.data()), lang);
      answers.set(term, real ? results : []);
    }),
  );
  let hits: Map<string, Hit> | undefined;
  for (const group of groups) {
    const best = new Map<string, Hit>();
    for (const term of group) {
      for (const result of answers.get(term) ?? []) {
        const seen = best.get(result.id);
        if (seen === undefined || seen.score < result.score) best.set(result.id, { ...result });
      }
    }
    if (hits === undefined) {
      hits = best;
      continue;
    }
    const previous: Map<string, Hit> = hits;
    hits = new Map(
      [...best].flatMap(([id, hit]): Array<[string, Hit]> => {
        const before = previous.get(id);
        return before === undefined ? [] : [[id, { ...hit, score: before.score + hit.score }]];
      }),
    );
  }
  return [...(hits ?? new Map<string, Hit>()).values()].sort((a, b) => b.score - a.score);
}
