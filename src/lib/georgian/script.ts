/**
 * Georgian script helpers shared by search (key builder and query normaliser)
 * and the town finder: case folding (Mtavruli → Mkhedruli), script detection
 * and the text clean-up that both sides of a search must agree on.
 */

/** First Mkhedruli letter, ა (U+10D0). */
const MKHEDRULI_START = 0x10d0;
/** First Mtavruli (capital) letter, Ა (U+1C90). */
const MTAVRULI_START = 0x1c90;
/** Last Mtavruli letter of the block that mirrors U+10D0–U+10FA. */
const MTAVRULI_END = 0x1cba;
/** Mtavruli Ჽ–Ჿ (U+1CBD–U+1CBF) mirror Mkhedruli ჽ–ჿ (U+10FD–U+10FF). */
const MTAVRULI_EXTRA_START = 0x1cbd;
const MTAVRULI_EXTRA_END = 0x1cbf;

/** The 33 letters of the modern Georgian alphabet, in alphabetical order. */
export const GEORGIAN_ALPHABET = 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ';

/** Any Georgian letter: Mkhedruli, Mtavruli, Asomtavruli or Nuskhuri. */
const GEORGIAN_LETTER = /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/u;
/** Any letter at all, to tell "only Georgian" from "mixed". */
const ANY_LETTER = /\p{L}/u;

/**
 * Turn Mtavruli (the capital forms used in headings and on signs since
 * Unicode 11) into ordinary Mkhedruli, leaving every other character alone.
 * Needed because a query typed in capitals must meet text indexed in
 * lower case, and not every browser's `toLowerCase` knows Mtavruli.
 *
 * @example mtavruliToMkhedruli('ᲑᲐᲗᲣᲛᲘ') // 'ბათუმი'
 */
export function mtavruliToMkhedruli(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (
      (cp >= MTAVRULI_START && cp <= MTAVRULI_END) ||
      (cp >= MTAVRULI_EXTRA_START && cp <= MTAVRULI_EXTRA_END)
    ) {
      out += String.fromCodePoint(cp - MTAVRULI_START + MKHEDRULI_START);
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * True when `s` has at least one Georgian letter and no letter of another
 * script (digits, spaces and punctuation are ignored).
 *
 * @example isGeorgian('ბათუმი 2024') // true
 * @example isGeorgian('Batumi') // false
 */
export function isGeorgian(s: string): boolean {
  let sawGeorgian = false;
  for (const ch of s) {
    if (GEORGIAN_LETTER.test(ch)) sawGeorgian = true;
    else if (ANY_LETTER.test(ch)) return false;
  }
  return sawGeorgian;
}

/**
 * True when `s` has at least one Georgian letter, whatever else it holds.
 *
 * @example hasGeorgian('IOM-ის ოფისი') // true
 */
export function hasGeorgian(s: string): boolean {
  return GEORGIAN_LETTER.test(s);
}

/**
 * Clean text the same way for indexing and for queries: Unicode NFC,
 * Mtavruli → Mkhedruli, lower case, every character that is not a letter,
 * digit or combining mark turned into a space (a hyphen survives only between
 * two word characters, as in `ქვემო-ქართლი`), runs of spaces collapsed.
 * Apostrophes are dropped too, so callers that need the ejective marks of the
 * national romanisation (`k'`, `ts'`) must read the raw input.
 *
 * @example normaliseText('  ᲑᲐᲗᲣᲛᲘ, «ქუთაისი»!  ') // 'ბათუმი ქუთაისი'
 * @example normaliseText('Kvemo-Kartli — 2024') // 'kvemo-kartli 2024'
 */
export function normaliseText(s: string): string {
  return mtavruliToMkhedruli(s.normalize('NFC'))
    .toLowerCase()
    .replace(/['’ʼ‘`´]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}-]+/gu, ' ')
    .split(' ')
    .map((token) => token.replace(/-+/gu, '-').replace(/^-|-$/gu, ''))
    .filter((token) => token !== '')
    .join(' ');
}

/**
 * Split text into normalised words (see {@link normaliseText}); a hyphenated
 * word stays one word.
 *
 * @example words('ბათუმში, ქუთაისში') // ['ბათუმში', 'ქუთაისში']
 */
export function words(s: string): string[] {
  const clean = normaliseText(s);
  return clean === '' ? [] : clean.split(' ');
}
