/**
 * Search keys: the bridge between what a page says and what a visitor types.
 *
 * At build time {@link searchKeysForText} turns a page's text into a set of
 * keys (stems with sound-alike letters merged) for a hidden, indexed field.
 * In the browser {@link queryVariants} turns the visitor's query into terms
 * built the same way, so a page and a query meet when the query's word, in
 * any inflection or Latin spelling, is on the page. {@link isShortWordFallback}
 * spots Pagefind's "longest indexed prefix of the query" fallback so that
 * `დასაქმება` does not match every page through `და`.
 */
import type { Locale } from '../../i18n/locales';
import { hasGeorgian, isGeorgian, normaliseText, words } from '../georgian/script';
import { MIN_STEM, stemCandidates, stemGeorgian } from './stem';
import { georgianToLatin, latinToGeorgian, readNational } from '../georgian/transliterate';

/**
 * Marks the end of a short key so that it matches only itself under
 * Pagefind's prefix matching (`ქალ` from ქალი must not find ქალაქი). ჺ (ain,
 * U+10FA) is a letter, so Pagefind keeps it, but no modern Georgian or
 * English word contains it.
 */
export const END_MARK = 'ჺ';

/**
 * Starts every merged (sound) key on Georgian pages. It keeps merged keys
 * apart from the exact Georgian words and keys in the same index, so a
 * Georgian-script query stays exact (ქარი "wind" never finds კარი "door")
 * while Latin input, which cannot tell those letters apart, finds both.
 * ჵ (hoe, U+10F5) is a letter no modern word contains.
 */
export const SOUND_MARK = 'ჵ';

/** Stems this long or shorter (in Georgian letters) give keys ending in {@link END_MARK}. */
export const SHORT_KEY = 3;

/**
 * Sound-alike letters merged in sound keys, each group written as its first
 * letter. They are exactly the distinctions a Latin spelling loses:
 * aspirate vs ejective (`k` for ქ/კ/ყ, `t` for თ/ტ, `p` for ფ/პ, `ts` for
 * ც/წ, `ch` for ჩ/ჭ) and the Shift-key letters of keyboard typing (ძ typed
 * as `z`, ჟ as `j`). ღ stays apart from გ and რ, შ from ს: merging those
 * collides far more real words.
 *
 * Measured over the 93,448 distinct stems of the 142,330 words in the
 * Georgian Hunspell list (npm `dictionary-ka` 1.1.0): the five aspirate /
 * ejective groups put 2,625 stems (2.8 %) in a key shared with another
 * stem, many of them spelling variants (ადეკვატური/ადექვატური); ზძ adds
 * 201 and ჯჟ 111 (2,937, 3.1 %, with all seven). ღგ would add 513, ღრ 387,
 * ცჩ 578 and სშ 775. These collisions only reach Latin queries:
 * Georgian-script queries use exact stems.
 */
export const SOUND_GROUPS: readonly string[] = ['ქკყ', 'თტ', 'ფპ', 'ცწ', 'ჩჭ', 'ზძ', 'ჯჟ'];

const SOUND_MAP: ReadonlyMap<string, string> = new Map(
  SOUND_GROUPS.flatMap((group) => {
    const letters = [...group];
    const head = letters[0] ?? '';
    return letters.map((letter): [string, string] => [letter, head]);
  }),
);

/**
 * Georgian words too common to be worth a key: conjunctions, particles,
 * pronouns and the copula. They are still on the page for Pagefind to match
 * literally; they just never become keys that "match everything".
 */
export const GEORGIAN_STOPWORDS: ReadonlySet<string> = new Set([
  'და', 'არ', 'რომ', 'არის', 'ეს', 'ის', 'ამ', 'იმ', 'თუ', 'მაგრამ', 'ან', 'კი',
  'ვერ', 'უნდა', 'როგორც', 'ასევე', 'მისი', 'მათი', 'მათ', 'რა', 'ვინ', 'არა',
  'ხოლო', 'ანუ', 'ამის', 'იმის', 'ასე', 'ისე', 'იყო', 'ამას', 'იმას', 'მას', 'მის',
  'თავის', 'მიერ', 'თქვენ', 'ჩვენ', 'მე', 'შენ', 'ისინი', 'კიდევ', 'უკვე', 'ჯერ',
  'ეგ', 'აქ', 'იქ', 'ნუ', 'ხომ', 'თან', 'რის', 'რაც', 'რომელიც', 'თითქმის',
]);

/** English words too common to be worth a key on English pages. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'or', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at',
  'from', 'is', 'are', 'be', 'this', 'that', 'these', 'those', 'it', 'its', 'as',
  'if', 'you', 'your', 'we', 'our', 'they', 'their', 'not', 'no', 'can', 'will',
  'may', 'how', 'what', 'who', 'where', 'when', 'which', 'also', 'all', 'any',
  'more', 'most', 'other', 'some', 'such', 'than', 'then', 'there', 'do', 'does',
  'has', 'have', 'had', 'was', 'were', 'but', 'about', 'into', 'after', 'before',
]);

function length(s: string): number {
  return [...s].length;
}

/**
 * Merge sound-alike letters (see {@link SOUND_GROUPS}), keeping the Georgian
 * script: the spelling a Latin-keyboard reading of the word cannot narrow
 * down further.
 *
 * @example soundKey('წყალტუბ') // 'ცქალთუბ'
 * @example soundKey('ღორ') // 'ღორ' (ღ is not merged: გორ stays 'გორ')
 */
export function soundKey(stem: string): string {
  let out = '';
  for (const ch of stem) out += SOUND_MAP.get(ch) ?? ch;
  return out;
}

/**
 * A stem's sound key romanised (national system, no apostrophes): the key
 * used on English pages, where names come in Latin spellings.
 *
 * @example latinSoundKey('ზესტაფონ') // 'zestapon'
 */
export function latinSoundKey(stem: string): string {
  return georgianToLatin(soundKey(stem));
}

/** Add {@link END_MARK} to a key whose stem has {@link SHORT_KEY} letters or fewer. */
function markShort(key: string, stem: string): string {
  return length(stem) <= SHORT_KEY ? key + END_MARK : key;
}

/**
 * `fn` with its answers remembered per word: the build makes keys for
 * thousands of pages that share one vocabulary, and stemming every
 * occurrence again was most of the index's build time.
 */
function perWord(fn: (word: string) => string[]): (word: string) => readonly string[] {
  const known = new Map<string, string[]>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = fn(word);
      known.set(word, answer);
    }
    return answer;
  };
}

/** The Georgian stems of a word that may become keys: no stop words, none under three letters. */
function keyStems(word: string): string[] {
  if (GEORGIAN_STOPWORDS.has(word)) return [];
  return stemCandidates(word).filter((stem) => isGeorgian(stem) && length(stem) >= MIN_STEM);
}

/**
 * Keys of one Georgian word on a Georgian page. Pagefind already indexes the
 * word itself and matches any prefix of it, so a key is written only when
 * prefix matching on the word cannot do its job:
 * - the exact stem, when it is not a prefix of the word (syncope:
 *   სოფელში → სოფლ; short stems, which carry {@link END_MARK});
 * - {@link SOUND_MARK} + sound key, when merging changed a letter
 *   (წყალტუბოში → ჵცქალთუბ), for Latin queries.
 */
const pageKeysOfGeorgian = perWord((word) =>
  keyStems(word).flatMap((stem) => {
    const keys: string[] = [];
    const exact = markShort(stem, stem);
    if (!word.startsWith(exact)) keys.push(exact);
    const merged = soundKey(stem);
    if (merged !== stem) keys.push(SOUND_MARK + markShort(merged, stem));
    return keys;
  }),
);

/** Query terms for a Georgian word on the Georgian site: its exact stems. */
function exactQueryKeys(word: string): string[] {
  return keyStems(word).map((stem) => markShort(stem, stem));
}

/**
 * Query terms for a Georgian spelling read from Latin input: the sound key
 * bare (it is the exact spelling when the word has no ejective or other
 * merged letter, and then matches the page text) and behind
 * {@link SOUND_MARK} (to meet merged page keys).
 */
function soundQueryKeys(georgian: string): string[] {
  return keyStems(georgian).flatMap((stem) => {
    const key = markShort(soundKey(stem), stem);
    return [key, SOUND_MARK + key];
  });
}

/** Latin sound keys of a Georgian word, for English pages and queries. */
const latinKeysOfGeorgian = perWord((word) => keyStems(word).map((stem) => markShort(latinSoundKey(stem), stem)));

/** True for a Latin word worth reading as Georgian: no stop word, digit or tiny word. */
function isKeyableLatin(word: string): boolean {
  const lower = normaliseText(word);
  return !ENGLISH_STOPWORDS.has(lower) && length(lower) >= MIN_STEM && !/\d/u.test(lower);
}

/** True for a token that starts with a capital letter (a name, on an English page). */
function isCapitalised(token: string): boolean {
  const first = [...token][0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * The de-duplicated keys to put in a page's hidden, indexed search field.
 * Together with the page's own words (which Pagefind indexes and
 * prefix-matches anyway) they let every query from {@link queryVariants}
 * for a word on the page find it.
 *
 * - `ka`: per Georgian word, the keys prefix matching on the word itself
 *   cannot replace (see `pageKeysOfGeorgian`): exact stems changed by
 *   syncope or marked short, and {@link SOUND_MARK}-prefixed sound keys of
 *   stems with ejectives or other merged letters. Stop words, words under
 *   three letters and non-Georgian words give no key.
 * - `en`: Latin sound keys ({@link latinSoundKey}) for Georgian-script words
 *   and for capitalised Latin words (names such as `Zestaponi`,
 *   `Tskaltubo`) read as the national romanisation. Ordinary English words
 *   need no key: Pagefind's English stemmer handles them.
 *
 * @example searchKeysForText('ბათუმში და სოფელში', 'ka') // ['სოფლ']
 * @example searchKeysForText('წყალტუბოში', 'ka') // ['ჵცქალთუბ']
 * @example searchKeysForText('Work in Zestaponi', 'en') // ['vork', 'zestapon']
 */
export function searchKeysForText(text: string, lang: Locale): string[] {
  const keys = new Set<string>();
  const add = (list: readonly string[]): void => list.forEach((key) => keys.add(key));
  if (lang === 'ka') {
    for (const word of new Set(words(text))) if (isGeorgian(word)) add(pageKeysOfGeorgian(word));
    return [...keys];
  }
  for (const token of new Set(text.normalize('NFC').split(/\s+/u))) add(englishPageKeysOfToken(token));
  return [...keys];
}

/** Keys of one whitespace-separated token of an English page (see {@link searchKeysForText}). */
const englishPageKeysOfToken = perWord((token) =>
  words(token).flatMap((word) => {
    if (isGeorgian(word)) return latinKeysOfGeorgian(word);
    if (!hasGeorgian(word) && isCapitalised(token) && isKeyableLatin(word)) return latinKeysOfGeorgian(normaliseText(readNational(word)));
    return [];
  }),
);

/** One word of a query as typed, and the terms that stand for it (see {@link queryTermGroups}). */
export interface QueryWord {
  /** The token as typed (apostrophes and capitals kept). */
  typed: string;
  /** The token normalised (the words of {@link words}, joined by spaces). */
  word: string;
  terms: string[];
}

/**
 * The query word by word: each whitespace-separated token as typed and its
 * search terms (see {@link queryTermGroups}). Tokens with no letter or digit
 * are left out.
 *
 * @example queryWords('Kutaisi office', 'en').map((w) => w.typed) // ['Kutaisi', 'office']
 */
export function queryWords(query: string, lang: Locale): QueryWord[] {
  const out: QueryWord[] = [];
  for (const token of query.normalize('NFC').trim().split(/\s+/u)) {
    const typed = words(token);
    if (typed.length === 0) continue;
    const group = new Set<string>(typed);
    const add = (list: readonly string[]): void => list.forEach((term) => group.add(term));
    for (const word of typed) {
      // Keep apostrophes and capitals (k', T) for transliteration when the token is one word.
      const raw = typed.length === 1 ? token : word;
      if (isGeorgian(word)) {
        add(lang === 'ka' ? exactQueryKeys(word) : latinKeysOfGeorgian(word));
      } else if (!hasGeorgian(word) && isKeyableLatin(word)) {
        if (lang === 'ka') {
          for (const reading of latinToGeorgian(raw)) add(soundQueryKeys(normaliseText(reading)));
        } else {
          add(latinKeysOfGeorgian(normaliseText(readNational(raw))));
        }
      }
    }
    out.push({ typed: token, word: typed.join(' '), terms: [...group] });
  }
  return out;
}

/**
 * The query as groups of search terms, one group per query word: a page is a
 * hit when it matches every group, and matches a group when it matches any
 * term in it (by Pagefind's prefix matching on the page's words and keys).
 * Each group holds the word as typed (normalised) and:
 * - Georgian site, Georgian word: its exact stems (Mtavruli folded);
 * - Georgian site, Latin word: for each Georgian reading (national
 *   romanisation in any of its spellings, and keyboard typing), its sound
 *   key bare and behind {@link SOUND_MARK};
 * - English site: Latin sound keys of Georgian words and of Latin words read
 *   as the national romanisation.
 *
 * @example queryTermGroups('ბათუმში სამსახური', 'ka') // [['ბათუმში', 'ბათუმ'], ['სამსახური', 'სამსახურ']]
 * @example queryTermGroups('qutaisi', 'ka') // [['qutaisi', 'ქუთაის', 'ჵქუთაის']]
 */
export function queryTermGroups(query: string, lang: Locale): string[][] {
  return queryWords(query, lang).map((w) => w.terms);
}

/**
 * Every normalised term to send to the search engine for `query`, without
 * duplicates: the union of {@link queryTermGroups}. Search for each term
 * (Pagefind ANDs the words of one search string).
 *
 * @example queryVariants('batumi', 'ka') // ['batumi', 'ბათუმ', 'ჵბათუმ']
 * @example queryVariants('ᲑᲐᲗᲣᲛᲨᲘ', 'ka') // ['ბათუმში', 'ბათუმ']
 */
export function queryVariants(query: string, lang: Locale): string[] {
  return [...new Set(queryTermGroups(query, lang).flat())];
}

/** Normalise a term for prefix comparison, without its end mark. */
function plainTerm(term: string): string {
  return normaliseText(term).split(END_MARK).join('').split(SOUND_MARK).join('');
}

/**
 * True when Pagefind matched `matchedWord` only because it is a short prefix
 * of `queryTerm` (its fallback when no indexed word starts with the query),
 * not because the query is a prefix of the word. A prefix that covers the
 * query's own stem or key (`ბათუმ` for `ბათუმში`, `batum` for `batumi`) is a
 * real match; anything shorter (`და` for `დასაქმება`) is a fallback. On the
 * English site a Latin prefix must cover half the term, as English stemming
 * rarely cuts more (`employ` for `employment`). Pass the term actually sent
 * to the engine.
 *
 * @example isShortWordFallback('დასაქმება', 'და') // true
 * @example isShortWordFallback('ბათუმ', 'ბათუმში') // false
 * @example isShortWordFallback('ბათუმში', 'ბათუმ') // false
 */
export function isShortWordFallback(queryTerm: string, matchedWord: string, lang: Locale = 'ka'): boolean {
  const query = plainTerm(queryTerm);
  const matched = plainTerm(matchedWord);
  if (matched === '') return query !== '';
  if (matched.startsWith(query)) return false;
  if (!query.startsWith(matched)) return false;
  const matchedLength = length(matched);
  if (matchedLength < MIN_STEM) return true;
  let needed: number;
  if (isGeorgian(query)) needed = length(stemGeorgian(query));
  else if (lang === 'en') needed = Math.max(MIN_STEM, Math.ceil(length(query) / 2));
  else needed = Math.min(length(query), length(stemGeorgian(normaliseText(readNational(query)))));
  return matchedLength < needed;
}
