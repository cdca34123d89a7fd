/**
 * Which characters the self-hosted Noto Sans Georgian must keep when the build cuts it down
 * to the glyphs the site uses (src/integrations/georgian-font.ts).
 *
 * The font serves only the code points of its CSS `unicode-range` (src/styles/global.css):
 * everything else is drawn by the system font. So the subset is the characters in that range
 * that appear in the built site's text (pages, and the scripts and data files whose strings
 * the browser renders), plus the 33 letters of the modern alphabet, which a visitor may type
 * into the search box or the town finder whatever the site's text.
 *
 * Pure: the build passes in the text; nothing here reads the disk.
 */

import { GEORGIAN_ALPHABET } from '../georgian/script';

/** The code points the @font-face rules serve, as inclusive [first, last] pairs. Keep in step with global.css. */
export const georgianFontRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0589, 0x0589],
  [0x10a0, 0x10ff],
  [0x1c90, 0x1cba],
  [0x1cbd, 0x1cbf],
  [0x205a, 0x205a],
  [0x2d00, 0x2d2f],
  [0x2e31, 0x2e31],
];


/**
 * The ranges as a CSS `unicode-range` value.
 *
 * @example unicodeRange([[0x589, 0x589], [0x10a0, 0x10ff]]) // 'U+0589, U+10A0-10FF'
 */
export function unicodeRange(ranges: ReadonlyArray<readonly [number, number]> = georgianFontRanges): string {
  const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(', ');
}

/** Whether the Georgian webfont serves a code point (it is in the font's unicode-range). */
export function servedByGeorgianFont(codePoint: number): boolean {
  return georgianFontRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * Text with its character escapes written out: HTML numeric references (`&#4304;`, `&#x10D0;`)
 * and JavaScript/JSON `\uXXXX` and `\u{XXXXX}` escapes, so an escaped letter counts as a letter.
 * Anything that does not decode to a valid code point is left as it was.
 *
 * @example unescapeCharacters('&#x10D0;\\u10D1&#4306;') // 'აბგ'
 */
export function unescapeCharacters(text: string): string {
  const char = (match: string, cp: number) => (Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : match);
  return text
    .replace(/&#x([0-9a-f]{1,6});/gi, (m, hex: string) => char(m, Number.parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});/g, (m, dec: string) => char(m, Number.parseInt(dec, 10)))
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (m, hex: string) => char(m, Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (m, hex: string) => char(m, Number.parseInt(hex, 16)));
}

/** A range of escaped characters, `\u10D0-\u10FF`: a character class in a script's pattern, not text. */
const ESCAPED_RANGE = /\\u(?:[0-9a-f]{4}|\{[0-9a-f]{1,6}\})-\\u(?:[0-9a-f]{4}|\{[0-9a-f]{1,6}\})/gi;

/**
 * The characters the Georgian webfont serves that occur in some texts (escapes decoded),
 * each once, in code point order. The ends of an escaped range (`/[\u10D0-\u10FF]/` in a
 * script) are not counted: no visitor sees them.
 *
 * @example georgianCharacters(['Tbilisi თბილისი', '\\u10D0', '/[\\u10A0-\\u10FF]/']) // 'აბთილს'
 */
export function georgianCharacters(texts: Iterable<string>): string {
  const found = new Set<number>();
  for (const text of texts) {
    for (const ch of unescapeCharacters(text.replace(ESCAPED_RANGE, ''))) {
      const cp = ch.codePointAt(0) ?? 0;
      if (servedByGeorgianFont(cp)) found.add(cp);
    }
  }
  return String.fromCodePoint(...[...found].sort((a, b) => a - b));
}

/**
 * What the subset keeps: the Georgian characters of the site's texts plus the modern alphabet.
 *
 * @example subsetCharacters(['Ბ']) // 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰᲑ'
 */
export function subsetCharacters(texts: Iterable<string>): string {
  return georgianCharacters([GEORGIAN_ALPHABET, ...texts]);
}

/** Built files whose text can reach the screen: pages, scripts, data, the SVG basemap. */
export function isTextSource(file: string): boolean {
  return /\.(html|js|mjs|json|svg|webmanifest)$/i.test(file);
}
