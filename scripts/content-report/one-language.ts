/**
 * "Changed in one language only": the pure comparisons behind the report's
 * ONE LANGUAGE flag. Git supplies the texts and dates (see git.ts); these
 * functions only compare.
 *
 * - Bilingual YAML: every object with a key for each site language (`ka`,
 *   `en`; src/i18n/locales.ts) is one text in all languages (`summary`,
 *   `eligibility`, `phones.0.label`, `address`…). Between the file as it was at
 *   its last review and as it is now, a text whose `ka` value changed while its
 *   `en` value did not (or the reverse) is reported by its path. A text that is
 *   new since the review is not.
 * - MDX pages and news: `content/<folder>/ka/<slug>.mdx` and its `en` twin. When
 *   one was last changed after the other, its newer change has no counterpart in
 *   the twin; a file without a twin is reported too.
 */
import { parse } from 'yaml';
import { localeCodes } from '../../src/i18n/locales.ts';

/** A text in every site language: its value per language, as JSON so lists compare too. */
type Texts = Map<string, string>;

/** The value of each text (an object keyed by every site language) in a YAML document, by path (`summary`, `phones.0.label`). */
export function bilingualTexts(document: unknown): Map<string, Texts> {
  const found = new Map<string, Texts>();
  const walk = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object') return;
    const isText = !Array.isArray(node) && localeCodes.every((lang) => lang in node);
    if (isText) found.set(at, new Map(localeCodes.map((lang) => [lang, JSON.stringify((node as Record<string, unknown>)[lang])])));
    for (const [key, value] of Object.entries(node)) {
      if (!(isText && (localeCodes as string[]).includes(key))) walk(value, at ? `${at}.${key}` : key);
    }
  };
  walk(document, '');
  return found;
}

/**
 * The texts of a bilingual YAML file changed in one language only between two
 * versions of it, e.g. `['summary: ka only', 'eligibility: en only']`. `before`
 * is undefined when the file did not exist at the last review.
 *
 * @example oneLanguageChanges('summary: { ka: ა, en: a }', 'summary: { ka: ბ, en: a }') // ['summary: ka only']
 */
export function oneLanguageChanges(before: string | undefined, after: string): string[] {
  const old = bilingualTexts(before === undefined ? {} : parse(before));
  const now = bilingualTexts(parse(after));
  const findings: string[] = [];
  for (const [path, texts] of now) {
    const was = old.get(path);
    if (!was) continue;
    const changed = localeCodes.filter((lang) => was.get(lang) !== texts.get(lang));
    if (changed.length > 0 && changed.length < localeCodes.length) findings.push(`${path}: ${changed.join(', ')} only`);
  }
  return findings;
}

/** When a file last changed: a commit (or the working tree) and its time in seconds since 1970. */
export interface LastChange {
  time: number;
  /** A short commit id, or `uncommitted`. */
  ref: string;
}

/**
 * Whether the language versions of one MDX page are out of step: for the
 * version changed last, each version changed earlier (in another commit), and
 * each language with no version at all. Empty when all changed together.
 *
 * @example twinLag([{ lang: 'ka', change: { time: 200, ref: 'b' } }, { lang: 'en', change: { time: 100, ref: 'a' } }]) // ['ka changed after en (b, en last a)']
 */
export function twinLag(versions: ReadonlyArray<{ lang: string; change: LastChange | undefined }>): string[] {
  const present = versions.flatMap((v) => (v.change ? [{ lang: v.lang, change: v.change }] : []));
  const missing = versions.filter((v) => !v.change).map((v) => `no ${v.lang} twin`);
  const newest = present.reduce<(typeof present)[number] | undefined>((n, v) => (n && n.change.time >= v.change.time ? n : v), undefined);
  if (!newest) return missing;
  const behind = present
    .filter((v) => v.change.ref !== newest.change.ref && v.change.time < newest.change.time)
    .map((v) => `${newest.lang} changed after ${v.lang} (${newest.change.ref}, ${v.lang} last ${v.change.ref})`);
  return [...behind, ...missing];
}
