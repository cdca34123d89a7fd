/**
 * Words that carry no subject in a search: question words, pronouns,
 * particles and the common verbs of a question ("how do I find …", "სად
 * შემიძლია …", Latin-typed "rogor vipovo …"). A query drops them when it has
 * other words, so a whole question is searched by its content words; a
 * query made only of such words is searched as typed.
 *
 * Kept apart from the key builder's stop lists in ./keys.ts, which decide
 * what never becomes an index key: these decide what a query may ignore.
 */
import type { Locale } from '../../i18n/locales';
import { hasGeorgian, normaliseText } from '../georgian/script';
import { latinToGeorgian } from '../georgian/transliterate';
import { ENGLISH_STOPWORDS, GEORGIAN_STOPWORDS, soundKey } from './keys';

/**
 * Georgian: question words, pronouns and their common case forms,
 * particles, and the verbs a question is built with (want, can, need, find,
 * get, go, do, know, tell, happen, be, have) in the forms a person asking
 * about themselves uses.
 */
const GEORGIAN_QUERY_STOPWORDS: ReadonlySet<string> = new Set([
  ...GEORGIAN_STOPWORDS,
  // question words
  'რა', 'რას', 'რამ', 'რით', 'რისი', 'რაში', 'რაზე', 'რისთვის', 'ვინ', 'ვის', 'ვისი', 'ვისთვის', 'სად', 'საიდან',
  'სადამდე', 'როდის', 'როდემდე', 'როგორ', 'როგორი', 'რანაირი', 'რატომ', 'რისთვის', 'რომელი', 'რომელ', 'რომელიმე',
  'რამდენი', 'რამდენ', 'რამდენად', 'რაიმე', 'რამე', 'ვინმე', 'სადმე', 'როგორმე',
  // pronouns and possessives
  'მე', 'მეც', 'ჩემი', 'ჩემს', 'ჩემმა', 'ჩემთვის', 'ჩემთან', 'შენი', 'შენს', 'შენთვის', 'ჩვენი',
  'ჩვენს', 'ჩვენთვის', 'თქვენი', 'თქვენს', 'თქვენთვის', 'მისი', 'მის', 'მას', 'მათ', 'მათი', 'მათთვის', 'ამის',
  'ესე', 'ეგ', 'ეგი', 'ამას', 'ამით', 'აქ', 'იქ', 'ახლა', 'ყველა', 'ყველაფერი', 'რაღაც', 'ვიღაც',
  // particles and conjunctions
  'თუ', 'რომ', 'და', 'ან', 'კი', 'ხომ', 'ნუ', 'ოღონდ', 'მაინც', 'ძალიან', 'ასევე', 'გთხოვთ', 'გთხოვ', 'მადლობა',
  'უნდა', 'შეიძლება', 'შესაძლებელია', 'არის', 'არ', 'არა', 'ვერ', 'კარგი', 'საჭიროა', 'საჭირო',
  // be, have, want, can, need
  'ვარ', 'ხარ', 'ვართ', 'ხართ', 'არიან', 'იყო', 'ვიყო', 'იქნება', 'აქვს', 'მაქვს', 'გაქვს', 'გაქვთ', 'გვაქვს',
  'აქვთ', 'მინდა', 'გვინდა', 'გინდა', 'გინდათ', 'უნდათ', 'შემიძლია', 'შეგიძლია', 'შეგიძლიათ', 'შეგვიძლია',
  'მჭირდება', 'გვჭირდება', 'გჭირდებათ', 'სჭირდება',
  // find, get, go, do, know, tell, happen, ask, look
  'ვიპოვო', 'ვიპოვოთ', 'ვიპოვი', 'ვნახო', 'ვნახოთ', 'ვეძებ', 'ვეძებო', 'მოვძებნო', 'მივიღო', 'მივიღოთ', 'მივიღებ',
  'ვიღებ', 'მიიღებ', 'მიიღება', 'ავიღო', 'წავიდე', 'მივიდე', 'მივმართო', 'მივმართოთ', 'გავაკეთო', 'გავაკეთოთ',
  'ვქნა', 'ვქნათ', 'ვიცი', 'ვიცოდე', 'იცით', 'იცი', 'მითხარით', 'მითხარი', 'მკითხე', 'ვიკითხო', 'ხდება',
  'მოხდება', 'ვიმუშაო', 'ვიქნები', 'იქნებ',
]);

/**
 * English: the key builder's list plus pronouns, auxiliaries and the verbs
 * of a question (want, need, get, find, go, know, tell, please …).
 */
const ENGLISH_QUERY_STOPWORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_STOPWORDS,
  'i', 'im', 'ive', 'id', 'me', 'my', 'mine', 'myself', 'am', 'us', 'he', 'she', 'him', 'her', 'his', 'them',
  'whom', 'whose', 'why', 'would', 'could', 'should', 'shall', 'must', 'might', 'did', 'done', 'doing', 'been',
  'being', 'get', 'gets', 'got', 'getting', 'find', 'go', 'goes', 'going', 'know', 'tell', 'want', 'wants',
  'need', 'needs', 'please', 'there', 'here', 'just', 'so', 'very', 'too', 'only', 'now', 'dont', 'cant',
  'anyone', 'someone', 'something', 'anything', 'somewhere', 'anywhere', 'way', 'ways', 'thing', 'things',
  'like', 'use', 'up', 'out', 'one', 'ok', 'hi', 'hello', 'thanks',
]);

/** Georgian stopwords by sound key, for Latin-typed readings whose ejectives a Latin spelling cannot tell apart. */
const GEORGIAN_STOPWORD_SOUNDS: ReadonlySet<string> = new Set([...GEORGIAN_QUERY_STOPWORDS].map(soundKey));

/**
 * True when a query word is a stopword for a search on the `lang` site.
 * `word` is the normalised word; `raw` the token as typed (with its
 * apostrophes), for reading Latin as Georgian. On the Georgian site a Latin
 * word counts when one of its Georgian readings is a stopword (`rogor`,
 * `sad`, `vipovo`, `shemidzlia`); on the English site English stopwords
 * count, and Georgian ones typed in Georgian script.
 *
 * @example isQueryStopword('როგორ', 'როგორ', 'ka') // true
 * @example isQueryStopword('rogor', 'rogor', 'ka') // true
 * @example isQueryStopword('where', 'where', 'en') // true
 * @example isQueryStopword('ბათუმი', 'ბათუმი', 'ka') // false
 */
export function isQueryStopword(word: string, raw: string, lang: Locale): boolean {
  if (hasGeorgian(word)) return GEORGIAN_QUERY_STOPWORDS.has(word);
  if (lang === 'en') return ENGLISH_QUERY_STOPWORDS.has(word);
  return latinToGeorgian(raw).some((reading) => GEORGIAN_STOPWORD_SOUNDS.has(soundKey(normaliseText(reading))));
}
