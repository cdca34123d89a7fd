/**
 * Reading and writing the query string or the fragment of an address, for pages
 * whose state lives there (program filters, the finder's town and search in the
 * query; the check's answers in the fragment). Each feature keeps its own parsing and serialising of its
 * parameters; these helpers only put a query into an address or read one
 * from a form.
 */

/** Any base will do for relative addresses: it is dropped again on the way out. */
const relativeBase = 'http://relative.invalid';
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/** Builds a URL from `href`, changes it, and returns it as absolute or relative as `href` was. */
function changeUrl(href: string, change: (url: URL) => void): string {
  const url = new URL(href, relativeBase);
  change(url);
  return hasScheme.test(href) ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The same address with its whole query string replaced by `query` (`?a=1`,
 * `a=1` or `''` for none). The path and the fragment are kept; a relative
 * address stays relative.
 *
 * @example withQuery('/ka/programs/#list', '?category=health') // '/ka/programs/?category=health#list'
 * @example withQuery('https://example.ge/ka/check/?month=8', '') // 'https://example.ge/ka/check/'
 */
export function withQuery(href: string, query: string | URLSearchParams): string {
  return changeUrl(href, (url) => {
    url.search = query.toString();
  });
}

/**
 * The same address with its fragment replaced by `fragment` (`#a=1`, `a=1` or `''` for none).
 * Browsers never send the fragment to the server, so state kept there stays out of server logs.
 * The path and the query are kept; a relative address stays relative.
 *
 * @example withFragment('/ka/check/', 'month=8&need=health') // '/ka/check/#month=8&need=health'
 * @example withFragment('/ka/check/?a=1#x', '')              // '/ka/check/?a=1'
 */
export function withFragment(href: string, fragment: string): string {
  return changeUrl(href, (url) => {
    url.hash = fragment;
  });
}

/**
 * The same address with one parameter set to `value`, or removed when `value`
 * is undefined. Other parameters, the path and the fragment are kept; a
 * relative address stays relative.
 *
 * @example withParam('/ka/places/#finder', 'from', 'ozurgeti') // '/ka/places/?from=ozurgeti#finder'
 * @example withParam('/ka/places/?from=batumi&x=1', 'from', undefined) // '/ka/places/?x=1'
 */
export function withParam(href: string, name: string, value: string | undefined): string {
  return changeUrl(href, (url) => {
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  });
}

/**
 * A form's fields as query parameters, the way a GET submission would send
 * them (files are left out). Pass `new FormData(form)`.
 *
 * @example formQuery([['need', 'health'], ['need', 'business']]).toString() // 'need=health&need=business'
 */
export function formQuery(fields: Iterable<readonly [string, unknown]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of fields) {
    if (typeof value === 'string') params.append(name, value);
  }
  return params;
}
