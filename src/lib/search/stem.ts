/**
 * A light Georgian noun stemmer for search. Georgian nouns glue case
 * endings, the plural `-ებ-` and postpositions onto the stem
 * (`მიგრანტ-ებ-ის-თვის`), and some stems lose a vowel when inflected
 * (syncope: `სოფელი` → `სოფლის`). Pagefind has no Georgian stemmer and only
 * matches prefixes, so `ბათუმი` never finds `ბათუმში`. This module peels
 * those endings off to a stem of at least {@link MIN_STEM} letters and spells
 * syncopating stems one way, so every inflection of a word gets the same stem.
 *
 * It is deliberately rule-based and small: no dictionary, no verbs beyond
 * what the noun rules happen to catch, and the same function runs at index
 * time and on the visitor's query, so a wrong cut costs little as long as it
 * is made the same way on both sides.
 */
import { isGeorgian, normaliseText } from '../georgian/script';

/** Stems are never cut below this many letters. */
export const MIN_STEM = 3;

const VOWELS = new Set(['ა', 'ე', 'ი', 'ო', 'უ']);

/** Stem-final vowels of vowel-stem nouns that drop before `-ის`/`-ით` (`მცხეთა` → `მცხეთის`). */
const TRUNCATING_VOWELS = new Set(['ა', 'ე', 'ო']);

/**
 * Stem endings whose vowel drops in syncope (`სოფელ` → `სოფლ`, `მეგობარ` →
 * `მეგობრ`, `ქვეყან` → `ქვეყნ`, `კალამ` → `კალმ`). `ო`/`უ` are left alone
 * (`კანონის`, `ბათუმის`), and so are `-ენ`/`-ემ`, which are mostly verb
 * endings (`ატარებენ`) rather than syncopating nouns.
 */
const SYNCOPE_ENDINGS = new Set(['ელ', 'ალ', 'ერ', 'არ', 'ან', 'ამ']);

/**
 * Case endings, the plural and postpositions, in the forms they take glued
 * together. Tried longest first; only one is removed per word.
 */
const SUFFIXES: readonly string[] = [
  // plural + genitive/instrumental/adverbial + postposition
  'ებისათვის', 'ებისთვის', 'ებისადმი', 'ებისგან', 'ებისკენ', 'ებისებრ',
  'ებსავით', 'ებივით', 'ებიდან', 'ებამდე',
  // singular genitive/instrumental/adverbial/dative + postposition
  'ისათვის', 'ისთვის', 'ისადმი', 'ისგან', 'ისკენ', 'ისებრ',
  'სავით', 'ივით', 'იდან', 'ამდე', 'სთვის', 'სგან', 'სთან',
  // plural + case or dative-based postposition
  'ებში', 'ებზე', 'ებთან', 'ებმა', 'ებით', 'ების', 'ებად', 'ებს', 'ები', 'ებო',
  // postpositions on a bare (dative) stem
  'თვის', 'დან', 'მდე', 'თან', 'ში', 'ზე',
  // case endings
  'ის', 'ით', 'ად', 'თა', 'მა', 'ს', 'ი', 'მ',
];

/** Endings that count only after a consonant (`მიგრანტ-თა`, `ქალაქ-მა`; not `მცხეთა`, `პროგრამა`). */
const AFTER_CONSONANT = new Set(['თა', 'მა']);
/**
 * Endings that count only after a vowel stem's final vowel (not `ი`, which
 * is the nominative of a consonant stem): `მერია-სთან`, `წყალტუბო-სთან`
 * (dative -ს + თან), but `თბილის-თან`.
 */
const AFTER_VOWEL = new Set(['სთან']);
/** Endings that count only after a stem vowel that truncates (`მცხეთა-მ`, ergative of a vowel stem; not `ბათუმ`). */
const AFTER_TRUNCATING_VOWEL = new Set(['მ']);

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

function letters(s: string): string[] {
  return [...s];
}

/** Remove `n` letters from the end if at least MIN_STEM remain. */
function cut(word: string, n: number): string | undefined {
  const chars = letters(word);
  return chars.length - n >= MIN_STEM ? chars.slice(0, chars.length - n).join('') : undefined;
}

/** Strip emphatic `-ც` / `-აც` ("also"): `ბათუმშიც`, `სახლსაც`. */
function stripEmphatic(word: string): string {
  const chars = letters(word);
  const last = chars.at(-1);
  const beforeLast = chars.at(-2);
  if (last !== 'ც') return word;
  if (beforeLast === 'ა' && !isVowel(chars.at(-3)) && chars.length - 2 >= MIN_STEM + 1) {
    return chars.slice(0, -2).join('');
  }
  if (isVowel(beforeLast) && chars.length - 1 >= MIN_STEM + 1) return chars.slice(0, -1).join('');
  return word;
}

/**
 * The longest suffix of `word` from the suffix table that may be removed,
 * or `undefined`. `ergativeMa` says whether `-მა` after a consonant is read
 * as the ergative (`ქალაქმა`) rather than part of the stem (`პროგრამა`).
 */
function findSuffix(word: string, ergativeMa: boolean): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const n = letters(suffix).length;
    if (cut(word, n) === undefined) continue;
    const before = letters(word).at(-n - 1);
    if (suffix === 'მა' && !ergativeMa) continue;
    if (AFTER_CONSONANT.has(suffix) && isVowel(before)) continue;
    if (AFTER_VOWEL.has(suffix) && (!isVowel(before) || before === 'ი')) continue;
    if (AFTER_TRUNCATING_VOWEL.has(suffix) && !TRUNCATING_VOWELS.has(before ?? '')) continue;
    return suffix;
  }
  return undefined;
}

/**
 * Spell a syncopating stem in its syncopated form: after a consonant, a
 * final `-ელ -ალ -ერ -არ -ან -ამ` loses its vowel (`სოფელ` → `სოფლ`,
 * `მეგობარ` → `მეგობრ`, `ქვეყან` → `ქვეყნ`), so the nominative and the
 * genitive meet.
 * Applied to every such stem, syncopating or not, which is harmless because
 * queries go through the same rule.
 *
 * @example syncopate('სოფელ') // 'სოფლ'
 * @example syncopate('ქალაქ') // 'ქალაქ'
 */
export function syncopate(stem: string): string {
  const chars = letters(stem);
  if (chars.length < MIN_STEM + 1) return stem;
  const [before, vowel, sonorant] = chars.slice(-3);
  if (sonorant === undefined || vowel === undefined || isVowel(before)) return stem;
  if (!SYNCOPE_ENDINGS.has(vowel + sonorant)) return stem;
  return [...chars.slice(0, -2), sonorant].join('');
}

function analyse(word: string, ergativeMa: boolean): string {
  let stem = stripEmphatic(word);
  const suffix = findSuffix(stem, ergativeMa);
  if (suffix !== undefined) stem = cut(stem, letters(suffix).length) ?? stem;
  // A vowel stem's last vowel (`მცხეთა`, `მოქალაქე`, `წყალტუბო`) is gone
  // before -ის/-ით, so drop it everywhere.
  if (TRUNCATING_VOWELS.has(letters(stem).at(-1) ?? '')) stem = cut(stem, 1) ?? stem;
  // The plural -ებ- left behind by a case ending (`-ებ-ა` masdars like
  // `დასაქმება` are cut too, so a masdar and its plural meet).
  if (stem.endsWith('ებ')) stem = cut(stem, 2) ?? stem;
  return syncopate(stem);
}

/**
 * Every plausible stem of a word, most likely first. A word has more than one
 * only when its ending is ambiguous: consonant + `-მა` is both a vowel-stem
 * noun (`ფორმა`) and an ergative (`ქალაქმა`). Non-Georgian words come back
 * normalised but uncut.
 *
 * @example stemCandidates('ფორმა') // ['ფორმ', 'ფორ']
 * @example stemCandidates('ქალაქმა') // ['ქალაქმ', 'ქალაქ']
 * @example stemCandidates('ბათუმში') // ['ბათუმ']
 */
export function stemCandidates(word: string): string[] {
  const clean = normaliseText(word);
  if (!isGeorgian(clean) || clean.includes(' ')) return [clean];
  return [...new Set([analyse(clean, false), analyse(clean, true)])];
}

/**
 * The stem of one Georgian word: case endings, plural and postpositions
 * removed, final stem vowel dropped, syncope applied, never below
 * {@link MIN_STEM} letters. Non-Georgian input comes back normalised but
 * uncut.
 *
 * @example stemGeorgian('მიგრანტებისთვის') // 'მიგრანტ'
 * @example stemGeorgian('სოფლის') // 'სოფლ' (as for 'სოფელი')
 * @example stemGeorgian('დასაქმებაში') // 'დასაქმ'
 */
export function stemGeorgian(word: string): string {
  return stemCandidates(word)[0] ?? '';
}
