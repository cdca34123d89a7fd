/**
 * Keeping a page's state in its address without reloading: the address is
 * replaced (no new history entry), and the language switch link follows, so
 * switching language shows the same filtered list, result or town. The switch
 * is rendered without a query because pages are static.
 *
 * The page is passed in (`window` in the browser), which keeps this module
 * free of the DOM and testable in Node.
 */

/** A link whose address can be read and rewritten (an `<a>` element). */
export interface AddressLink {
  getAttribute(name: 'href'): string | null;
  setAttribute(name: 'href', value: string): void;
}

/** What of a page these helpers touch: `window` fits. */
export interface AddressPage {
  location: { href: string };
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void };
  document: { querySelectorAll(selector: string): Iterable<AddressLink> };
}

/** The language switch links of the layout's header. */
export const LANGUAGE_SWITCH = 'a[data-language-switch]';

/**
 * Rewrites the language switch links with `change` (their address as written
 * in the page, so a relative link stays relative).
 *
 * @example syncLanguageSwitch(window, (href) => withQuery(href, '?region=kakheti'))
 */
export function syncLanguageSwitch(page: AddressPage, change: (href: string) => string): void {
  for (const link of page.document.querySelectorAll(LANGUAGE_SWITCH)) {
    const href = link.getAttribute('href');
    if (href !== null) link.setAttribute('href', change(href));
  }
}

/**
 * Replaces the page's address with `change(address)`, keeping the history
 * entry's state, and applies the same change to the language switch.
 *
 * @example replaceAddress(window, (href) => withParam(href, 'from', 'ozurgeti'))
 */
export function replaceAddress(page: AddressPage, change: (href: string) => string): void {
  page.history.replaceState(page.history.state, '', change(page.location.href));
  syncLanguageSwitch(page, change);
}
