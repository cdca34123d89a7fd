/**
 * Mapping a request's URL path to a file of the built site without leaving the site's folder,
 * for the loopback server (scripts/serve-dist.ts) that the browser tests, the audit and the
 * benchmarks use. Pure: nothing here touches the file system.
 */
import { posix, sep } from 'node:path';

/**
 * Where to send a request for a folder without its trailing slash: the same path plus `/`, on
 * the same site, percent-encoded. Leading slashes and backslashes are collapsed to one slash and
 * a backslash elsewhere is encoded, so neither `//evil.example` nor `/\evil.example` (which
 * browsers read as `//`) can become a `Location` that leaves the site.
 *
 * @example trailingSlashRedirect('/ka/places')       // '/ka/places/'
 * @example trailingSlashRedirect('//evil.example')   // '/evil.example/'
 * @example trailingSlashRedirect('/ka/თელავი')       // '/ka/%E1%83%97%E1%83%94%E1%83%9A%E1%83%90%E1%83%95%E1%83%98/'
 */
export function trailingSlashRedirect(urlPath: string): string {
  return encodeURI(`/${urlPath.replace(/^[/\\]+/, '')}/`);
}

/** A request's target split into the canonical path and the query. */
export interface CanonicalRequest {
  /** Decoded, with `.` and `..` resolved and repeated slashes collapsed; keeps a trailing slash. */
  path: string;
  /** The query as received, with its `?`, or `''`. */
  search: string;
}

/**
 * The one path a request names, which decides both the file served and its headers, so
 * `/en/pl%61ces/`, `/en//places/` and `/en/./places/` are all `/en/places/`. Undefined for a
 * target that is no path (`*`, `http://…`), cannot be decoded, holds a NUL byte, or climbs
 * above the site's root (`/../x`): the server answers 400 Bad Request.
 *
 * @example canonicalRequest('/en/pl%61ces/?from=x') // { path: '/en/places/', search: '?from=x' }
 * @example canonicalRequest('/.//evil.example/')    // { path: '/evil.example/', search: '' }
 * @example canonicalRequest('/%E0%A4%A')            // undefined
 */
export function canonicalRequest(target: string): CanonicalRequest | undefined {
  if (!target.startsWith('/')) return undefined;
  const withoutFragment = target.replace(/#.*$/s, '');
  const at = withoutFragment.indexOf('?');
  const rawPath = at === -1 ? withoutFragment : withoutFragment.slice(0, at);
  const search = at === -1 ? '' : withoutFragment.slice(at);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  let depth = 0;
  for (const segment of decoded.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment !== '' && segment !== '.') depth += 1;
    if (depth < 0) return undefined;
  }
  const path = posix.normalize(decoded);
  return { path: decoded.endsWith('/.') && !path.endsWith('/') ? `${path}/` : path, search };
}

/**
 * The site path whose headers a served file gets: its path below the root, a folder's
 * `index.html` as the folder, so `/en/about/index.html` has the headers of `/en/about/`.
 *
 * @example servedPath('ka/about/index.html') // '/ka/about/'
 * @example servedPath('index.html')          // '/'
 * @example servedPath('data/hubs.csv')       // '/data/hubs.csv'
 */
export function servedPath(relativeFile: string): string {
  return `/${relativeFile.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}
