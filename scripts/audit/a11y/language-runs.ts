/**
 * Language of parts (WCAG 3.1.2) from the text itself: Georgian script is unmistakable, and
 * English shows as a phrase of several Latin-script words. Proper names and technical terms
 * ("IOM", "OpenStreetMap", "Produce in Georgia") are exempt in 3.1.2, so a lone Latin word or a
 * phrase of capitalised words never counts. A part with a `lang` of its own must also be in that
 * language: English text marked `lang="ka"` is read with a Georgian voice.
 */
import { type Locale, isLocale, locales } from '../../../src/i18n/locales.ts';
import { hasGeorgian } from '../../../src/lib/georgian/script.ts';
import { scriptRuns } from '../../../src/lib/georgian/script-runs.ts';

/** One piece of text of a page and the language it is marked as (its closest `lang`). */
export interface TextPart {
  text: string;
  lang: string;
  /** Where it is: the element and, for an attribute, which one. */
  where: string;
  /** True when the `lang` comes from an element inside the page, not from `<html>`. */
  marked?: boolean | undefined;
}

/** Three Latin-script words in a row (two letters or more each): a phrase, unless it is a name. */
const latinPhrase = /(?<![\w@./:-])[A-Za-z][A-Za-z]+(?:[ ,]+\(?[A-Za-z][A-Za-z]+\)?){2,}/gu;
const addressLike = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+/gu;

/** A phrase whose words of four letters or more are all capitalised is a name ("Plant the Future"). */
const isName = (phrase: string) => phrase.split(/[ ,()]+/).every((word) => word.length < 4 || /^[A-Z]/.test(word));

/** Finds text of each language in a part marked as another. */
const finders: Record<Locale, (text: string) => string | undefined> = {
  ka: (text) => scriptRuns(text).find((run) => run.georgian)?.text,
  en: (text) => [...text.matchAll(latinPhrase)].map((m) => m[0]).find((phrase) => !isName(phrase)),
};

/** The locale a `lang` value names (`en-GB` → `en`), if it is one of ours. */
const localeOf = (lang: string): Locale | undefined => {
  const primary = lang.toLowerCase().split('-')[0];
  return isLocale(primary) ? primary : undefined;
};

/**
 * The text in another of our languages in a part marked as `lang`, with that language, or undefined.
 *
 * @example otherLanguageText('Type a town, e.g. ქუთაისი', 'en')  // { locale: 'ka', text: 'ქუთაისი' }
 * @example otherLanguageText('© OpenStreetMap contributors (ODbL), Natural Earth', 'ka') // { locale: 'en', text: 'OpenStreetMap contributors (ODbL), Natural Earth' }
 * @example otherLanguageText('დარეკეთ IOM-ში', 'ka') // undefined
 */
export function otherLanguageText(text: string, lang: string): { locale: Locale; text: string } | undefined {
  const marked = localeOf(lang);
  const plain = text.replace(addressLike, ' ');
  for (const locale of Object.keys(finders) as Locale[]) {
    if (locale === marked) continue;
    const found = finders[locale](plain);
    if (found) return { locale, text: found };
  }
  return undefined;
}

/**
 * Whether a part given a `lang` of its own is written in that language at all (letters of its
 * script; a Latin-script `en` part may hold any letters but Georgian ones).
 */
function inMarkedLanguage(part: TextPart): boolean {
  const marked = localeOf(part.lang);
  if (!part.marked || marked === undefined) return true;
  const plain = part.text.replace(addressLike, ' ');
  if (!/\p{L}{2}/u.test(plain)) return true;
  const georgian = hasGeorgian(plain);
  return marked === 'ka' ? georgian : !georgian || /[A-Za-z]{2}/.test(plain);
}

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

/**
 * The parts whose text is in another language than they are marked, as problems.
 *
 * @example languageProblems([{ text: 'e.g. ქუთაისი', lang: 'en', where: 'p#hint' }]) // ['p#hint: "ქუთაისი" is Georgian text in a part marked lang="en"']
 */
export function languageProblems(parts: readonly TextPart[]): string[] {
  const problems = new Set<string>();
  for (const part of parts) {
    const other = otherLanguageText(part.text, part.lang);
    if (other !== undefined) {
      problems.add(`${part.where}: "${short(other.text)}" is ${locales[other.locale].englishName} text in a part marked lang="${part.lang}"`);
    } else if (!inMarkedLanguage(part)) {
      const marked = localeOf(part.lang);
      problems.add(`${part.where}: "${short(part.text)}" is marked lang="${part.lang}" but is not ${marked ? locales[marked].englishName : part.lang}`);
    }
  }
  return [...problems];
}
