/**
 * Browser helpers for pages whose state lives in the query string (program
 * filters, the check's answers).
 */

/**
 * Makes the language switch keep the page's query string, so switching
 * language shows the same filtered list or result. The switch link is
 * rendered without a query because pages are static.
 */
export function keepQueryInLanguageSwitch(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    const url = new URL(link.href, location.href);
    url.search = query;
    link.href = url.pathname + url.search;
  }
}

/** A form's fields as query parameters, the way a GET submission would send them. */
export function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return params;
}
