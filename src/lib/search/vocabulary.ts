/**
 * The site's vocabulary, for correcting a query word that matches nothing.
 *
 * At build time {@link countVocabulary} counts the words of every indexed
 * page of one language, and {@link serialiseVocabulary} writes them as a
 * small text file next to the search index (`/pagefind/vocabulary.<lang>.txt`,
 * "word count" per line). The search page fetches it only when a query word
 * finds nothing; {@link vocabularyIndex} then prepares each word's forms
 * once, and {@link correctWord} names the nearest words:
 * - within the typo allowance of ./edit-distance.ts (none under 5 letters,
 *   1 up to 7, then 2), counting Georgian letters, not bytes;
 * - comparing whole words and stems (so `ქუთასში` meets `ქუთაისი` through
 *   `ქუთას`/`ქუთაის`), where a sound-alike letter of the search keys (ქ/კ/ყ,
 *   თ/ტ …) costs half a letter in Georgian script and nothing in Latin
 *   input, which cannot tell them apart anyway;
 * - Latin input on the Georgian site read as Georgian (national and keyboard
 *   readings, every romanisation), on the English site compared as typed.
 */
import type { Locale } from '../../i18n/locales';
import { hasGeorgian, isGeorgian, words } from '../georgian/script';
import { georgianToLatin, latinToGeorgian } from '../georgian/transliterate';
import { editDistance, typoAllowance } from './edit-distance';
import { SOUND_GROUPS, soundKey } from './keys';
import { stemCandidates } from './stem';
import { isQueryStopword } from './stopwords';

/** Words shorter than this are neither in the vocabulary nor corrected (see {@link typoAllowance}). */
const SHORTEST = 5;
/** At most this many words replace one query word (ties, most frequent first). */
const MAX_CANDIDATES = 3;

/** Letters in `s` (code points: a Georgian letter is one). */
function letters(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

/** True for a word worth keeping: long enough to be corrected to, no digit, no stopword. */
function isVocabularyWord(word: string, lang: Locale): boolean {
  if (letters(word) < SHORTEST - 1 || /\d/u.test(word)) return false;
  return !isQueryStopword(word, word, lang);
}

/**
 * How often each word occurs on the pages of one language (normalised as
 * search normalises; stopwords, numbers and words under four letters left
 * out). A word one letter short of the correctable length stays in: `ფოთი`
 * is what `ფოთიი` should become.
 *
 * @example countVocabulary(['ბათუმის ოფისი', 'ბათუმის მერია'], 'ka') // Map { 'ბათუმის' => 2, 'ოფისი' => 1, 'მერია' => 1 }
 */
export function countVocabulary(texts: Iterable<string>, lang: Locale): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) if (isVocabularyWord(word, lang)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * The vocabulary file: one `word count` per line, most frequent first (then
 * alphabetical, so the same site gives the same file).
 *
 * @example serialiseVocabulary(new Map([['ოფისი', 1], ['ბათუმის', 2]])) // 'ბათუმის 2\nოფისი 1\n'
 */
export function serialiseVocabulary(counts: ReadonlyMap<string, number>): string {
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map(([word, count]) => `${word} ${count}\n`).join('');
}

/** Read a vocabulary file written by {@link serialiseVocabulary}; malformed lines are skipped. */
export function parseVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [word, count] = line.trim().split(' ');
    const n = Number(count);
    if (word !== undefined && word !== '' && Number.isInteger(n) && n > 0) counts.set(word, n);
  }
  return counts;
}

/** One vocabulary word and the forms a query is compared with. */
interface Entry {
  word: string;
  count: number;
  /** Georgian words: the word and its stems as written. */
  exact: string[];
  /** Georgian words: the same with sound-alike letters merged (for Latin input); Latin words: the word. */
  sound: string[];
}

/** A vocabulary prepared for {@link correctWord}. */
export interface VocabularyIndex {
  lang: Locale;
  entries: readonly Entry[];
}

/** A word and its stems of at least four letters (a stem shorter than that says too little). */
function formsOf(word: string): string[] {
  const stems = isGeorgian(word) ? stemCandidates(word).filter((s) => letters(s) >= SHORTEST - 1) : [];
  return [...new Set([word, ...stems])];
}

/**
 * Prepare a vocabulary: each word's forms for comparison, computed once.
 *
 * @example correctWord('ქუთასი', 'ქუთასი', vocabularyIndex(new Map([['ქუთაისი', 3]]), 'ka')) // ['ქუთაისი']
 */
export function vocabularyIndex(counts: ReadonlyMap<string, number>, lang: Locale): VocabularyIndex {
  const entries: Entry[] = [];
  for (const [word, count] of counts) {
    if (lang === 'en' && hasGeorgian(word)) continue;
    if (isGeorgian(word)) {
      const exact = formsOf(word);
      entries.push({ word, count, exact, sound: [...new Set(exact.map(soundKey))] });
    } else if (!hasGeorgian(word)) {
      entries.push({ word, count, exact: [], sound: [word] });
    }
  }
  return { lang, entries };
}

const SOUND_GROUP_OF: ReadonlyMap<string, string> = new Map(
  SOUND_GROUPS.flatMap((group) => [...group].map((letter): [string, string] => [letter, group])),
);

/** Sound-alike Georgian letters (one group of the search keys) are half a letter apart. */
function georgianCost(a: string, b: string): number {
  const group = SOUND_GROUP_OF.get(a);
  return group !== undefined && group === SOUND_GROUP_OF.get(b) ? 0.5 : 1;
}

/** What comparing stems costs over comparing whole words: on a tie, the word that differs as a whole wins. */
const STEM_PENALTY = 0.25;

/**
 * The smallest distance between any form of the query and any form of a
 * word (each list starts with the whole word, then its stems), or Infinity
 * when none is within the typo allowance of the query's whole word (a long
 * word keeps its allowance when it is compared by its stem).
 */
function nearest(queryForms: readonly string[], wordForms: readonly string[], cost?: (a: string, b: string) => number): number {
  const allowed = typoAllowance(letters(queryForms[0] ?? ''));
  if (allowed === 0) return Infinity;
  let best = Infinity;
  queryForms.forEach((q, i) => {
    const length = letters(q);
    if (length < SHORTEST - 1) return;
    wordForms.forEach((w, j) => {
      // Most words are too long or too short to be near: skip them before counting edits.
      if (Math.abs(letters(w) - length) > allowed) return;
      const d = editDistance(q, w, allowed, cost);
      const total = d + (i > 0 || j > 0 ? STEM_PENALTY : 0);
      if (d <= allowed && total < best) best = total;
    });
  });
  return best;
}

/**
 * The vocabulary words nearest to a query word that matched nothing, best
 * first: those at the smallest distance within the typo allowance (a match
 * by stem only counts a quarter letter more), nearest and then most frequent
 * first, at most three (search looks for all of them as alternatives). Empty when no word is near enough, and for a word under
 * five letters or a stopword. `word` is normalised; `raw` is the token as
 * typed, with its apostrophes, for reading Latin as Georgian.
 *
 * @example correctWord('employmnet', 'employmnet', vocabularyIndex(new Map([['employment', 4]]), 'en')) // ['employment']
 * @example correctWord('kutasi', 'kutasi', vocabularyIndex(new Map([['ქუთაისი', 3]]), 'ka')) // ['ქუთაისი']
 */
export function correctWord(word: string, raw: string, vocabulary: VocabularyIndex, lang: Locale = vocabulary.lang): string[] {
  if (isQueryStopword(word, raw, lang)) return [];
  let distanceTo: (entry: Entry) => number;
  if (isGeorgian(word)) {
    if (lang === 'ka') {
      const forms = formsOf(word);
      distanceTo = (entry) => (entry.exact.length === 0 ? Infinity : nearest(forms, entry.exact, georgianCost));
    } else {
      const forms = [georgianToLatin(word)];
      distanceTo = (entry) => nearest(forms, entry.sound);
    }
  } else if (hasGeorgian(word)) {
    return [];
  } else if (lang === 'ka') {
    const readings = latinToGeorgian(raw).map((reading) => words(reading).join(''));
    // Whole readings first, then their stems (see nearest).
    const forms = [...new Set([...readings, ...readings.flatMap((r) => formsOf(r).slice(1))].map(soundKey))];
    distanceTo = (entry) => (entry.exact.length === 0 ? nearest([word], entry.sound) : nearest(forms, entry.sound));
  } else {
    distanceTo = (entry) => nearest([word], entry.sound);
  }
  const scored = vocabulary.entries
    .map((entry) => ({ entry, distance: distanceTo(entry) }))
    .filter((s) => s.distance !== Infinity);
  const best = Math.min(...scored.map((s) => s.distance));
  // Words as near as the nearest, counting a stem-only match as near as a whole-word one (ქუთასი: ქუთაისი, ქუთაისში).
  return scored
    .filter((s) => s.distance <= best + STEM_PENALTY)
    .sort((a, b) => a.distance - b.distance || b.entry.count - a.entry.count || (a.entry.word < b.entry.word ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .map((s) => s.entry.word);
}
