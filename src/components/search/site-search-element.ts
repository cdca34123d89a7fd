/**
 * `<site-search>`: runs the search in the page address with Pagefind's JS
 * API (loaded from /pagefind/ only on this page), shows the filters that
 * need JavaScript, and writes the results into the live region. The search
 * logic itself is in src/lib/search/run-search.ts. `data-state` on the
 * element says where it is (`searching`, `done`, `offline`).
 */
import { type Locale, isLocale, locales } from '../../i18n/locales';
import { format } from '../../i18n/ui';
import { buildExcerpt } from '../../lib/search/excerpt';
import { type Correction, type EngineResult, type Hit, type ResultData, runSearch } from '../../lib/search/run-search';
import { type SearchQuery, pagefindFilters, parseSearchQuery, serialiseSearchQuery } from '../../lib/search/search-query';
import { type VocabularyIndex, parseVocabulary, vocabularyIndex } from '../../lib/search/vocabulary';
import { formQuery, withQuery } from '../../lib/url-state/query';

interface Config {
  strings: Record<'countOne' | 'countOther' | 'none' | 'empty' | 'allRegions' | 'showing' | 'instead', string>;
  types: Record<string, string>;
  regions: Record<string, string>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options: { filters: Record<string, string> }) => Promise<{ results: EngineResult[] } | null>;
}

/** Where Pagefind's index and script live in the built site. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/**
 * How long a filter waits after its last change before searching: arrow keys in a closed select
 * change it at each press, and each search would be announced.
 */
const FILTER_PAUSE_MS = 700;
/** Results shown at once (each costs a download); "show more" adds as many again. */
const PAGE_SIZE = 5;

let pagefindPromise: Promise<Pagefind> | undefined;
const vocabularies = new Map<Locale, Promise<VocabularyIndex>>();

/**
 * The site's vocabulary for one language (written by the build next to the
 * index), fetched the first time a query word matches nothing. When it
 * cannot be fetched, search goes on without correcting (and tries again on
 * the next search).
 */
function loadVocabulary(lang: Locale): Promise<VocabularyIndex> {
  let promise = vocabularies.get(lang);
  if (promise === undefined) {
    promise = (async () => {
      try {
        const response = await fetch(`/pagefind/vocabulary.${lang}.txt`);
        if (response.ok) return vocabularyIndex(parseVocabulary(await response.text()), lang);
      } catch {
        // Offline or blocked: no correction this time.
      }
      vocabularies.delete(lang);
      return vocabularyIndex(new Map(), lang);
    })();
    vocabularies.set(lang, promise);
  }
  return promise;
}

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Search runs on the page itself: Pagefind's worker would be one more download (≈ 12 KB) for an index this small.
    await pagefind.options({ excerptLength: 30, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

function required<T extends HTMLElement = HTMLElement>(root: Element, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (element === null) throw new Error(`<site-search> is missing ${selector}`);
  return element;
}

class SiteSearch extends HTMLElement {
  #lang: Locale = 'ka';
  #config!: Config;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #correction!: HTMLElement;
  #busy!: HTMLElement;
  #filterTimer: ReturnType<typeof setTimeout> | undefined;
  #list!: HTMLOListElement;
  #moreWrap!: HTMLElement;
  #hits: Hit[] = [];
  #shown = 0;
  #query: SearchQuery = { q: '' };
  /** The query as searched (with corrected words), for marking the excerpts. */
  #searched = '';
  #run = 0;

  connectedCallback(): void {
    const lang = this.dataset['lang'];
    this.#lang = isLocale(lang) ? lang : 'ka';
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as Config;
    this.#input = required(this, '[data-search-input]');
    this.#status = required(this, '[data-search-status]');
    this.#correction = required(this, '[data-search-correction]');
    this.#busy = required(this, '[data-search-busy]');
    this.#list = required(this, '[data-search-list]');
    this.#moreWrap = required(this, '[data-search-more-wrap]');
    const form = required<HTMLFormElement>(this, '[data-search-form]');
    this.#form = form;

    required(this, '[data-search-nojs]').hidden = true;
    required(this, '[data-search-fallback]').hidden = true;
    required(this, '[data-search-filters]').hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go('push');
    });
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-search-filter]')) {
      select.addEventListener('change', () => {
        clearTimeout(this.#filterTimer);
        this.#filterTimer = setTimeout(() => this.#go('replace'), FILTER_PAUSE_MS);
      });
    }
    required(this, '[data-search-more]').addEventListener('click', () => void this.#showMore());
    window.addEventListener('popstate', () => this.#fromAddress());
    this.#fromAddress();
  }

  /** Read the search from the address into the form, then run it. */
  #fromAddress(): void {
    this.#query = parseSearchQuery(window.location.search, Object.keys(this.#config.regions));
    this.#input.value = this.#query.q;
    this.#select('type').value = this.#query.type ?? '';
    this.#select('region').value = this.#query.region ?? '';
    void this.#search();
  }

  #select(name: string): HTMLSelectElement {
    return required(this, `select[name="${name}"]`);
  }

  /** Take the search from the form, put it in the address (shareable) and run it. */
  #go(history: 'push' | 'replace'): void {
    clearTimeout(this.#filterTimer);
    this.#query = parseSearchQuery(formQuery(new FormData(this.#form)), Object.keys(this.#config.regions));
    const url = withQuery(window.location.href, serialiseSearchQuery(this.#query));
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.#search();
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const { strings } = this.#config;
    this.#list.replaceChildren();
    this.#moreWrap.hidden = true;
    this.#hits = [];
    this.#shown = 0;
    this.#correction.hidden = true;
    this.#correction.replaceChildren();
    this.#busy.hidden = true;
    if (this.#query.q === '') {
      this.#status.textContent = strings.empty;
      this.dataset['state'] = 'done';
      return;
    }
    // The status (a live region) changes once, when the search has finished; "Searching…" is shown, not announced.
    this.dataset['state'] = 'searching';
    this.#status.textContent = '';
    this.#busy.hidden = false;
    let hits: Hit[];
    let corrections: Correction[];
    try {
      const pagefind = await loadPagefind();
      const engine = async (term: string, filters: Record<string, string>): Promise<EngineResult[]> =>
        (await pagefind.search(term, { filters }))?.results ?? [];
      const lang = this.#lang;
      const options = this.#query.typed === true ? {} : { vocabulary: () => loadVocabulary(lang) };
      const outcome = await runSearch(engine, this.#query.q, lang, pagefindFilters(this.#query), options);
      ({ hits, corrections } = outcome);
      this.#searched = outcome.searched;
    } catch {
      if (run === this.#run) this.#showOffline();
      return;
    }
    if (run !== this.#run) return;
    this.#busy.hidden = true;
    this.#hits = hits;
    const query = this.#query.q;
    if (corrections.length > 0) this.#showCorrection(this.#searched);
    if (hits.length === 0) {
      this.#status.textContent = format(strings.none, { query });
      this.dataset['state'] = 'done';
      return;
    }
    const count = new Intl.NumberFormat(locales[this.#lang].intl).format(hits.length);
    const plural = new Intl.PluralRules(this.#lang).select(hits.length) === 'one' ? strings.countOne : strings.countOther;
    this.#status.textContent = format(plural, { query, count });
    await this.#showMore();
    if (run === this.#run) this.dataset['state'] = 'done';
  }

  /**
   * "Showing results for <corrected> — search instead for <typed>", both
   * links to searches with the same filters (the second with `typed=1`, so
   * it is not corrected again).
   */
  #showCorrection(searched: string): void {
    const { strings } = this.#config;
    const link = (query: SearchQuery): HTMLAnchorElement => {
      const a = document.createElement('a');
      a.href = withQuery(window.location.href, serialiseSearchQuery(query));
      a.textContent = query.q;
      a.addEventListener('click', (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        window.history.pushState(null, '', a.href);
        this.#fromAddress();
      });
      return a;
    };
    const { typed: _typed, ...filters } = this.#query;
    const fill = (template: string, name: string, value: HTMLAnchorElement): Array<string | Node> => {
      const [before = '', after = ''] = template.split(`{${name}}`);
      return [before, value, after];
    };
    this.#correction.replaceChildren(
      ...fill(strings.showing, 'corrected', link({ ...filters, q: searched })),
      ' — ',
      ...fill(strings.instead, 'typed', link({ ...filters, q: this.#query.q, typed: true })),
    );
    this.#correction.hidden = false;
  }

  /** When Pagefind's files cannot be fetched: say search needs a connection, show the A–Z list. */
  #showOffline(): void {
    this.#status.textContent = '';
    this.#busy.hidden = true;
    this.dataset['state'] = 'offline';
    required(this, '[data-search-offline]').hidden = false;
    required(this, '[data-search-fallback]').hidden = false;
  }

  async #showMore(): Promise<void> {
    const run = this.#run;
    const next = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    let pages: ResultData[];
    try {
      pages = await Promise.all(next.map((hit) => hit.data()));
    } catch {
      if (run === this.#run) this.#showOffline();
      return;
    }
    if (run !== this.#run) return;
    this.#list.append(...pages.map((page) => this.#item(page)));
    this.#shown += next.length;
    this.#moreWrap.hidden = this.#shown >= this.#hits.length;
  }

  #item(page: ResultData): HTMLLIElement {
    const { types, regions, strings } = this.#config;
    const item = document.createElement('li');
    item.dataset['searchResult'] = page.url;
    const heading = document.createElement('h2');
    heading.className = 'text-lg font-bold';
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.meta['title'] ?? page.url;
    heading.append(link);

    const about = document.createElement('p');
    about.className = 'text-muted text-sm';
    const type = page.meta['type'] ?? 'page';
    const regionIds = page.filters['region'] ?? [];
    const regionText =
      regionIds.length === 0
        ? ''
        : regionIds.length === Object.keys(regions).length
          ? strings.allRegions
          : regionIds.map((id) => regions[id] ?? id).join(', ');
    about.dataset['searchType'] = type;
    about.textContent = [types[type] ?? type, regionText].filter((s) => s !== '').join(' · ');

    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1';
    for (const part of buildExcerpt(page.content, this.#searched, this.#lang)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(heading, about, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
