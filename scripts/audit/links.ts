/**
 * Link checks over the built site: every internal link and `#fragment` must lead somewhere,
 * and a link into the other language must say so (`hreflang` or `lang`), because "links stay
 * in the page's language unless they say so" (withastro/docs `same-language` check).
 * Pure: the audit script reads the HTML files and passes their text in.
 */
import { localePathPattern } from '../../src/i18n/locales.ts';

/** One `<a href>` of a page with the attributes that matter here. */
export interface Link {
  href: string;
  hreflang?: string | undefined;
  lang?: string | undefined;
}

/** What the checks need to know about one built page. */
export interface PageFacts {
  /** Site path, e.g. `/ka/about/`. */
  path: string;
  /** `<title>` text, trimmed. */
  title: string;
  /** Every `id` (and `<a name>`) in the document: the fragments that resolve. */
  ids: Set<string>;
  links: Link[];
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (m) => entities[m] ?? m);
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decode(value);
};

/**
 * Reads title, ids and links from a built HTML document (Astro's output: quoted attributes).
 *
 * @example pageFacts('/en/', '<title>Home</title><a href="/ka/" hreflang="ka">ქართ</a>').links // [{ href: '/ka/', hreflang: 'ka', lang: undefined }]
 */
export function pageFacts(path: string, html: string): PageFacts {
  const title = decode(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-z][^>]*?\s(?:id|name)="([^"]+)"/gi)) if (m[1]) ids.add(decode(m[1]));
  const links: Link[] = [];
  for (const m of html.matchAll(/<a\s[^>]*>/gi)) {
    const href = attribute(m[0], 'href');
    if (href !== undefined) links.push({ href, hreflang: attribute(m[0], 'hreflang'), lang: attribute(m[0], 'lang') });
  }
  return { path, title, ids, links };
}

/** A broken rule, ready for the report. */
export interface LinkProblem {
  page: string;
  href: string;
  problem: string;
}

/**
 * Checks the links of every page against the set of pages and files that exist.
 *
 * @param pages facts of every built HTML page
 * @param exists whether a site path is served (a file, or a folder with index.html)
 * @param siteOrigin the production origin: absolute links to it count as internal
 */
export function checkLinks(pages: readonly PageFacts[], exists: (path: string) => boolean, siteOrigin: string): LinkProblem[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const pageLang = languageOf(page.path);
    for (const link of page.links) {
      if (/^(mailto|tel|sms|geo):/i.test(link.href)) continue;
      const url = new URL(link.href, siteOrigin + page.path);
      if (url.origin !== siteOrigin) continue;
      const report = (problem: string) => problems.push({ page: page.path, href: link.href, problem });
      if (!exists(url.pathname)) {
        report('leads to no page or file');
        continue;
      }
      const target = byPath.get(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !target.ids.has(fragment)) report(`no element with id "${fragment}" on ${url.pathname}`);
      const targetLang = languageOf(url.pathname);
      if (pageLang && targetLang && targetLang !== pageLang && link.hreflang !== targetLang && link.lang !== targetLang) {
        report(`leads into the other language (${targetLang}) without hreflang="${targetLang}" or lang="${targetLang}"`);
      }
    }
  }
  return problems;
}

/**
 * Titles that are empty or shared by several pages.
 *
 * @example titleProblems([{ path: '/a/', title: 'X' }, { path: '/b/', title: 'X' }]) // ['"X" is the title of /a/, /b/']
 */
export function titleProblems(pages: ReadonlyArray<Pick<PageFacts, 'path' | 'title'>>): string[] {
  const byTitle = new Map<string, string[]>();
  const problems: string[] = [];
  for (const { path, title } of pages) {
    if (!title) problems.push(`${path} has no title`);
    else byTitle.set(title, [...(byTitle.get(title) ?? []), path]);
  }
  for (const [title, paths] of byTitle) if (paths.length > 1) problems.push(`"${title}" is the title of ${paths.join(', ')}`);
  return problems;
}

/** The language code of a path under a language prefix, else undefined. */
function languageOf(path: string): string | undefined {
  return localePathPattern('(/|$)').exec(path)?.[1];
}
