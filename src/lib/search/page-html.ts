/**
 * The build-time side of search: which built pages go into the Pagefind
 * index, what text of a page its hidden search keys are made from, and how
 * those keys reach Pagefind without reaching the visitor.
 *
 * The keys are added to the HTML handed to Pagefind only (in memory, never
 * written to the built page), as a `data-pagefind-meta` field: Pagefind 1.6
 * indexes metadata for search, but never shows it in its excerpts, so the
 * built site stays as light as it was and a result never shows `ჵცქალთუბ`.
 */
import { type Locale, isLocale } from '../../i18n/locales';

/** Name of the metadata field that carries a page's search keys. */
export const KEYS_FIELD = 'keys';

/**
 * Path segments (after the language) of pages that are never search results:
 * the search page itself, the A–Z site map (a list of every page, it would
 * match everything) and embeddable widgets for other sites.
 */
const UNINDEXED_SECTIONS: ReadonlySet<string> = new Set(['search', 'site-map', 'embed']);

/**
 * Sections whose front page only lists the section's pages, repeating their
 * titles and summaries: a search finds the page itself instead, and leaving
 * the lists out keeps the index that the first search downloads small.
 */
const LIST_SECTIONS: ReadonlySet<string> = new Set(['places', 'programs', 'news']);

/**
 * The URL path of a built HTML file, relative to the output folder.
 *
 * @example urlOfBuiltFile('ka/places/iom-batumi/index.html') // '/ka/places/iom-batumi/'
 * @example urlOfBuiltFile('404.html') // '/404.html'
 */
export function urlOfBuiltFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/**
 * The language of a page that belongs in the search index, or `undefined`
 * for pages that must not be found by search: anything outside `/ka/` and
 * `/en/` (the root redirect, the 404 page), the search page, the site map,
 * embeds, and the lists of places, programs and news.
 *
 * @example indexedLanguage('/ka/places/iom-batumi/') // 'ka'
 * @example indexedLanguage('/en/search/') // undefined
 * @example indexedLanguage('/ka/programs/') // undefined
 * @example indexedLanguage('/404.html') // undefined
 */
export function indexedLanguage(urlPath: string): Locale | undefined {
  const [, lang, section, slug] = urlPath.split('/');
  if (!isLocale(lang) || !urlPath.endsWith('/')) return undefined;
  if (section !== undefined && UNINDEXED_SECTIONS.has(section)) return undefined;
  if (section !== undefined && slug === '' && LIST_SECTIONS.has(section)) return undefined;
  return lang;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the character references Astro writes into text (`&amp;`, `&#39;`, `&#x10D0;`). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Elements that never have a closing tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/**
 * Elements Pagefind 1.6 leaves out of every page by itself, with their
 * content (`REMOVE_SELECTORS` in its HTML parser): a form's labels and
 * options, for one, are never indexed.
 */
const UNINDEXED_ELEMENTS: ReadonlySet<string> = new Set([
  'footer', 'form', 'iframe', 'label', 'nav', 'noscript', 'script', 'style', 'svg', 'template',
]);

/**
 * The HTML without what Pagefind leaves out of its index: the elements it
 * skips by itself (scripts, forms, navigation, …) and those marked
 * `data-pagefind-ignore` (with any value), such as "back to all places" or
 * the sources list, each with everything inside it. Each removed element
 * becomes a space so the words around it stay apart. The end of an element
 * is found by counting nested elements of the same name, so
 * `<div data-pagefind-ignore><div>a</div>b</div>c` keeps only `c`.
 *
 * @example withoutUnindexedElements('<p>keep</p><p data-pagefind-ignore>drop <b>me</b></p><form>x</form><p>too</p>') // '<p>keep</p>  <p>too</p>'
 */
export function withoutUnindexedElements(html: string): string {
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*>/giu;
  const ignored = /\sdata-pagefind-ignore(?=[\s=/>])/iu;
  let out = '';
  let from = 0;
  for (let open = opening.exec(html); open !== null; open = opening.exec(html)) {
    const name = (open[1] ?? '').toLowerCase();
    if (!UNINDEXED_ELEMENTS.has(name) && !ignored.test(open[0])) continue;
    let end = open.index + open[0].length;
    if (!VOID_ELEMENTS.has(name) && !open[0].endsWith('/>')) {
      const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'giu');
      tags.lastIndex = end;
      end = html.length;
      let depth = 1;
      for (let tag = tags.exec(html); tag !== null; tag = tags.exec(html)) {
        if (tag[1] === '/') depth -= 1;
        else if (!tag[0].endsWith('/>')) depth += 1;
        if (depth === 0) {
          end = tag.index + tag[0].length;
          break;
        }
      }
    }
    out += `${html.slice(from, open.index)} `;
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * The text of the page's indexed region (the element marked
 * `data-pagefind-body`, our `<main>`) that Pagefind indexes, tags removed
 * (see {@link withoutUnindexedElements}): what the page's search keys are
 * built from, so a key never comes from text Pagefind itself leaves out.
 * Empty when the page has no such region. A cheap reading of HTML, not a
 * parser, which is enough because extra or missing words only cost a key,
 * never a wrong page.
 *
 * @example searchableText('<nav>Menu</nav><main data-pagefind-body><h1>Hi &amp; bye</h1><p data-pagefind-ignore>Back</p></main>') // 'Hi & bye'
 */
export function searchableText(html: string): string {
  const open = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/iu.exec(html);
  if (open === null) return '';
  const start = open.index + open[0].length;
  const end = html.indexOf('</main>', start);
  const body = html.slice(start, end === -1 ? undefined : end);
  return decodeEntities(withoutUnindexedElements(body).replace(/<[^>]+>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Put a space between an element that closes and a sibling that opens right
 * after it. Astro's compressed HTML writes `<span>ოფისი</span><span>მოქმედი</span>`,
 * which Pagefind reads as the one word `ოფისიმოქმედი`; a word split by
 * markup inside it (`ბათუმ<b>ში</b>`) is left alone.
 *
 * @example separateAdjacentElements('<dt>Town</dt><dd>Poti</dd>') // '<dt>Town</dt> <dd>Poti</dd>'
 */
export function separateAdjacentElements(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9-]*\s*>)(?=<[a-z])/giu, '$1 ');
}

/**
 * The HTML without `id` attributes. Pagefind records every element with an id
 * in a page's fragment (for links to sections of a page, which our results do
 * not show), and the first search downloads the fragments of five results.
 *
 * @example withoutIds('<h2 id="hours" class="x">Hours</h2><p data-id="7">') // '<h2 class="x">Hours</h2><p data-id="7">'
 */
export function withoutIds(html: string): string {
  return html.replace(/(<[a-z][^>]*?)\sid="[^"]*"/giu, '$1');
}

/** Escape text for a double-quoted HTML attribute. */
function escapeAttribute(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/**
 * The page's HTML with its search keys added as a hidden
 * `data-pagefind-meta` field at the end of the indexed region (for Pagefind
 * only; see the module comment). Unchanged when there are no keys or no
 * indexed region. Commas are Pagefind's separator between fields, so keys
 * are joined with spaces and must not contain commas (they are letters only).
 *
 * @example withSearchKeys('<main data-pagefind-body><p>x</p></main>', ['სოფლ']) // '<main data-pagefind-body><p>x</p><span hidden data-pagefind-meta="keys:სოფლ"></span></main>'
 */
export function withSearchKeys(html: string, keys: readonly string[]): string {
  if (keys.length === 0 || !/<main\b[^>]*\bdata-pagefind-body\b/iu.test(html)) return html;
  const at = html.lastIndexOf('</main>');
  if (at === -1) return html;
  const field = `<span hidden data-pagefind-meta="${escapeAttribute(`${KEYS_FIELD}:${keys.join(' ')}`)}"></span>`;
  return html.slice(0, at) + field + html.slice(at);
}
