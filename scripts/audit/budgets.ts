/**
 * Byte budgets per kind of page: what a visitor on a cheap phone with patchy data downloads on
 * a first visit (compressed, cold cache), and how much of it is JavaScript.
 */
import { localePathPattern } from '../../src/i18n/locales.ts';

/** A kind of page and its budget. */
export interface PageBudget {
  type: 'home' | 'map' | 'enhanced' | 'text' | 'root';
  /** All bytes transferred on a cold load, compressed, fonts included. */
  maxBytes: number;
  /** JavaScript bytes transferred, compressed. */
  maxScriptBytes: number;
}

const KB = 1024;
const homePage = localePathPattern('/$');
const mapPage = localePathPattern('/(places/|embed/|for-municipalities/$)');
const placePage = localePathPattern('/places/[^/]+/$');
const placesPage = localePathPattern('/places/$');
const enhancedPage = localePathPattern('/(programs|check|search)/$');

/**
 * The budget of a page, from its path.
 * - home (`/ka/`): 80 KB.
 * - map (the places page, embeds, and the For municipalities page, whose live previews are the
 *   embedded map): 200 KB, the map's code and data included; the places page itself, the one a
 *   returnee meets, 130 KB.
 * - enhanced (program filters, the eligibility check, search): a text page plus its script.
 * - text (everything else): 28 KB including the Georgian font (cut to the glyphs the site
 *   uses), about what a documentation site without a webfont sends; JavaScript only for the
 *   small site-wide helpers (search box, offline registration): a few KB.
 *
 * @example pageBudget('/en/places/').maxBytes   // 133120
 * @example pageBudget('/ka/news/x/').maxBytes    // 28672
 */
export function pageBudget(path: string): PageBudget {
  if (path === '/' || path === '/404.html') return { type: 'root', maxBytes: 60 * KB, maxScriptBytes: 4 * KB };
  if (homePage.test(path)) return { type: 'home', maxBytes: 80 * KB, maxScriptBytes: 8 * KB };
  const isMapPage = mapPage.test(path) && !placePage.test(path);
  if (isMapPage) {
    return { type: 'map', maxBytes: (placesPage.test(path) ? 130 : 200) * KB, maxScriptBytes: 120 * KB };
  }
  if (enhancedPage.test(path)) return { type: 'enhanced', maxBytes: 90 * KB, maxScriptBytes: 40 * KB };
  return { type: 'text', maxBytes: 28 * KB, maxScriptBytes: 8 * KB };
}

/** What one cold load transferred. */
export interface Transfer {
  bytes: number;
  scriptBytes: number;
}

/**
 * The ways a load exceeded its page's budget (empty when within).
 *
 * @example budgetProblems('/ka/about/', { bytes: 70 * 1024, scriptBytes: 0 }) // ['70.0 KB transferred; the text budget is 28 KB']
 */
export function budgetProblems(path: string, transfer: Transfer): string[] {
  const budget = pageBudget(path);
  const problems: string[] = [];
  if (transfer.bytes > budget.maxBytes) {
    problems.push(`${kb(transfer.bytes)} transferred; the ${budget.type} budget is ${budget.maxBytes / KB} KB`);
  }
  if (transfer.scriptBytes > budget.maxScriptBytes) {
    problems.push(`${kb(transfer.scriptBytes)} of JavaScript; the ${budget.type} budget is ${budget.maxScriptBytes / KB} KB`);
  }
  return problems;
}

/** Bytes as kilobytes with one decimal: `kb(1536)` → `'1.5 KB'`. */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
