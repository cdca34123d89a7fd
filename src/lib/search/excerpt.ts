/**
 * Our own result excerpts. Pagefind only highlights the words it matched
 * literally, so a page found through its hidden keys (`batumi` finding
 * `ბათუმში`, `სოფელი` finding `სოფლის`) would show an excerpt with nothing
 * marked, or none at all. This finds the page's words that any query group
 * matches, by the same keys, and cuts the excerpt around them.
 */
import type { Locale } from '../../i18n/locales';
import { normaliseText } from '../georgian/script';
import { searchKeysForText } from './keys';
import { contentWords, isRealMatch } from './run-search';

/** A run of excerpt text, marked when it is a word the query matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words shown before the first match, so it is read in context. */
const LEAD_WORDS = 6;

/** A test of one token against the query, remembered per distinct token (pages repeat words). */
function tokenMatcher(query: string, lang: Locale): (token: string) => boolean {
  // Stopwords of a question ("where", "the") are not what it asked for: not marked.
  const groups = contentWords(query, lang).map((w) => w.terms);
  const seen = new Map<string, boolean>();
  return (token) => {
    const known = seen.get(token);
    if (known !== undefined) return known;
    const word = normaliseText(token);
    const forms = word === '' ? [] : [word, ...searchKeysForText(token, lang)];
    const result = forms.length > 0 && groups.some((group) => group.some((term) => isRealMatch(term, forms, lang)));
    seen.set(token, result);
    return result;
  };
}

/**
 * An excerpt of `content` of at most `maxWords` words around the first word
 * the query matches, with every matched word marked. Marked parts are single
 * words; unmarked parts hold the text between them (spaces included). An
 * ellipsis shows where text was cut. Without any match it is the start of
 * the page, unmarked.
 *
 * @example buildExcerpt('ოფისი ბათუმში არის.', 'batumi', 'ka')
 * // [{ text: 'ოფისი ', mark: false }, { text: 'ბათუმში', mark: true }, { text: ' არის.', mark: false }]
 */
export function buildExcerpt(content: string, query: string, lang: Locale, maxWords = 30): ExcerptPart[] {
  const tokens = content.split(/\s+/u).filter((t) => t !== '');
  const matches = tokenMatcher(query, lang);
  const first = tokens.findIndex(matches);
  const start = first === -1 ? 0 : Math.max(0, Math.min(first - LEAD_WORDS, tokens.length - maxWords));
  const end = Math.min(tokens.length, start + maxWords);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean): void => {
    const last = parts.at(-1);
    if (last !== undefined && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    const token = tokens[i] ?? '';
    const mark = matches(token);
    // Keep punctuation around a marked word outside the mark: `(IOM)` → `(` + `IOM` + `)`.
    const core = mark ? /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token) : null;
    if (core !== null && core[2] !== undefined && core[2] !== '') {
      if (core[1]) push(core[1], false);
      push(core[2], true);
      if (core[3]) push(core[3], false);
    } else {
      push(token, false);
    }
  }
  if (end < tokens.length) push(' …', false);
  return parts;
}
