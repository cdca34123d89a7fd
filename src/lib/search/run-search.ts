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
import { type QueryWord, isShortWordFallback, queryWords } from './keys';
import { isQueryStopword } from './stopwords';
import { type VocabularyIndex, correctWord } from './vocabulary';

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
 * How a page an engine returned for `term` matches it, given every word the
 * page is indexed under: `prefix` when some word starts with the term;
 * `stem` when the word Pagefind fell back to (the longest word that is a
 * prefix of the term) is long enough to cover the term's stem (see
 * {@link isShortWordFallback}) — on the English site, where Pagefind stems
 * the term first (`employment` → `employ`, matching `employed`), the longest
 * part any word shares with the term counts; `none` otherwise.
 *
 * @example matchStrength('ბათუმ', ['ბათუმში'], 'ka') // 'prefix'
 * @example matchStrength('employment', ['employed'], 'en') // 'stem'
 * @example matchStrength('დასაქმება', ['და', 'სამუშაო'], 'ka') // 'none'
 */
export function matchStrength(term: string, words: readonly string[], lang: Locale): 'prefix' | 'stem' | 'none' {
  const plain = normaliseText(term);
  if (plain === '') return 'none';
  let longest = '';
  for (const raw of words) {
    const word = normaliseText(raw);
    if (word === '') continue;
    if (word.startsWith(plain)) return 'prefix';
    const shared = lang === 'en' ? commonPrefix(plain, word) : plain.startsWith(word) ? word : '';
    if ([...shared].length > [...longest].length) longest = shared;
  }
  return longest !== '' && !isShortWordFallback(plain, longest, lang) ? 'stem' : 'none';
}

/**
 * True when a page an engine returned for `term` really matches it: a
 * prefix or stem match ({@link matchStrength}), not Pagefind's short-word
 * fallback.
 *
 * @example isRealMatch('დასაქმება', ['და', 'სამუშაო'], 'ka') // false
 * @example isRealMatch('ბათუმ', ['ბათუმში'], 'ka') // true
 */
export function isRealMatch(term: string, words: readonly string[], lang: Locale): boolean {
  return matchStrength(term, words, lang) !== 'none';
}

/** A query word that matched nothing, replaced by the vocabulary words nearest to it. */
export interface Correction {
  /** The word as typed. */
  from: string;
  /** The word searched instead (the most frequent of the nearest words). */
  to: string;
}

/** What a search found, and how it read the query. */
export interface SearchOutcome {
  /** Matching pages, best first. */
  hits: Hit[];
  /** Words replaced by nearer vocabulary words; empty when the query was searched as typed. */
  corrections: Correction[];
  /** The query as searched: the typed query with each corrected word replaced (equal to it without corrections). */
  searched: string;
}

/** How far {@link runSearch} may go beyond the words as typed. */
export interface SearchOptions {
  /** The site's vocabulary, fetched only when a word matches nothing; without it no word is corrected. */
  vocabulary?: () => Promise<VocabularyIndex>;
}

/** One content word of the query while it is searched. */
interface Group {
  word: QueryWord;
  terms: string[];
  correction?: string;
}

/**
 * The content words of a query: its words less the stopwords (question words,
 * pronouns, common verbs: ./stopwords.ts), or every word when all of them
 * are stopwords.
 *
 * @example contentWords('where is the IOM office in Kutaisi', 'en').map((w) => w.typed) // ['IOM', 'office', 'Kutaisi']
 */
export function contentWords(query: string, lang: Locale): QueryWord[] {
  const all = queryWords(query, lang);
  const content = all.filter((w) => !isQueryStopword(w.word, w.typed, lang));
  return content.length > 0 ? content : all;
}

/**
 * Run a query. Its content words ({@link contentWords}) are searched term by
 * term, answers that are only Pagefind's short-word fallback are dropped, and:
 * 1. when some page matches every content word, those pages, best first (a
 *    page's score is the sum over words of its best term score): the search
 *    as it always was when every word is on the site;
 * 2. otherwise (or when, on the English site, a word was found only through
 *    a shared beginning, as `intership` meets `international`), a word that
 *    matched nothing or only so is replaced by its nearest vocabulary words (./vocabulary.ts) when `options.vocabulary`
 *    is given — for at most half of the words, or the one word of a one-word
 *    query — and pages are ranked by how many content words they match:
 *    all first, then those matching more than half (a question with a word
 *    that is on no page still finds the pages for its other words; "Batumi
 *    pizza" finds nothing).
 * A query with no searchable word finds nothing.
 */
export async function runSearch(
  engine: SearchEngine,
  query: string,
  lang: Locale,
  filters: Record<string, string> = {},
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const groups: Group[] = contentWords(query, lang).map((word) => ({ word, terms: word.terms }));
  if (groups.length === 0) return { hits: [], corrections: [], searched: query };
  const answers = new Map<string, { results: EngineResult[]; strength: 'prefix' | 'stem' }>();
  const search = async (termGroups: ReadonlyArray<readonly string[]>): Promise<void> => {
    // A term that starts with another term of its group adds nothing: every
    // word it prefix-matches, the shorter term matches too (ბათუმში ⊂ ბათუმ).
    const terms = new Set(termGroups.flatMap((group) => group.filter((t) => !group.some((o) => o !== t && t.startsWith(o)))));
    await Promise.all(
      [...terms].filter((term) => !answers.has(term)).map(async (term) => {
        const results = await engine(term, filters);
        const first = results[0];
        const strength = first === undefined ? 'none' : matchStrength(term, pageWords(await first.data()), lang);
        if (strength !== 'none') answers.set(term, { results, strength });
      }),
    );
  };
  const pagesOf = (terms: readonly string[]): Map<string, Hit> => {
    const best = new Map<string, Hit>();
    for (const term of terms) {
      for (const result of answers.get(term)?.results ?? []) {
        const seen = best.get(result.id);
        if (seen === undefined || seen.score < result.score) best.set(result.id, { ...result });
      }
    }
    return best;
  };
  await search(groups.map((g) => g.terms));
  const asTyped = ranked(groups.map((g) => pagesOf(g.terms)), groups.length);
  const strengths = (g: Group) => g.terms.map((t) => answers.get(t)?.strength);
  const unmatched = groups.filter((g) => strengths(g).every((s) => s === undefined));
  // On the English site a word found only through a shared beginning may be a typo (colege → col…).
  const weak = lang === 'en' ? groups.filter((g) => !unmatched.includes(g) && !strengths(g).includes('prefix')) : [];
  if (asTyped.length > 0 && weak.length === 0) return { hits: asTyped, corrections: [], searched: query };

  const doubtful = [...unmatched, ...weak];
  const correctable = doubtful.length > 0 && (groups.length === 1 || doubtful.length * 2 <= groups.length);
  if (correctable && options.vocabulary !== undefined) {
    const vocabulary = await options.vocabulary();
    for (const group of doubtful) {
      const nearestWords = correctWord(group.word.word, group.word.typed, vocabulary, lang);
      const [nearestWord] = nearestWords;
      if (nearestWord === undefined) continue;
      group.correction = nearestWord;
      group.terms = [...new Set(nearestWords.flatMap((w) => queryWords(w, lang).flatMap((q) => q.terms)))];
    }
    await search(doubtful.map((g) => g.terms));
  }
  const pages = groups.map((g) => pagesOf(g.terms));
  const corrected = (hits: readonly Hit[]): Correction[] =>
    groups.flatMap((g, i) => (g.correction !== undefined && hits.some((hit) => pages[i]?.has(hit.id)) ? [{ from: g.word.typed, to: g.correction }] : []));
  if (asTyped.length > 0) {
    // Every word was found, one only weakly: the correction stands only if every word is then found on one page.
    const all = ranked(pages, groups.length);
    const corrections = corrected(all);
    if (corrections.length === 0) return { hits: asTyped, corrections: [], searched: query };
    return { hits: all, corrections, searched: withCorrections(query, corrections) };
  }
  const hits = ranked(pages, Math.floor(groups.length / 2) + 1);
  const corrections = corrected(hits);
  return { hits, corrections, searched: withCorrections(query, corrections) };
}

/**
 * Pages that match at least `needed` of the words (each word's pages given
 * by id), most words first, then by the sum of their best term scores.
 */
function ranked(pagesPerWord: ReadonlyArray<ReadonlyMap<string, Hit>>, needed: number): Hit[] {
  const tally = new Map<string, { hit: Hit; words: number }>();
  for (const pages of pagesPerWord) {
    for (const [id, hit] of pages) {
      const seen = tally.get(id);
      if (seen === undefined) tally.set(id, { hit: { ...hit }, words: 1 });
      else {
        seen.words += 1;
        seen.hit.score += hit.score;
      }
    }
  }
  return [...tally.values()]
    .filter((t) => t.words >= needed)
    .sort((a, b) => b.words - a.words || b.hit.score - a.hit.score)
    .map((t) => t.hit);
}

/**
 * The query with corrected words replaced, everything else as typed.
 *
 * @example withCorrections('how to find emploment', [{ from: 'emploment', to: 'employment' }]) // 'how to find employment'
 */
export function withCorrections(query: string, corrections: readonly Correction[]): string {
  const byWord = new Map(corrections.map((c) => [c.from, c.to]));
  return query
    .trim()
    .split(/(\s+)/u)
    .map((part) => {
      const to = byWord.get(part);
      if (to === undefined) return part;
      // Keep punctuation typed around the word: "ქუთასი?" → "ქუთაისი?".
      const [, before = '', , after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(part) ?? [];
      return `${before}${to}${after}`;
    })
    .join('');
}
