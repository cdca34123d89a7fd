/**
 * Mapping a request's URL path to a file of the built site without leaving the site's folder,
 * for the loopback server (scripts/serve-dist.ts) that the browser tests, the audit and the
 * benchmarks use. Pure: nothing here touches the file system.
 */
import { join, normalize, sep } from 'node:path';

/**
 * The file `urlPath` names inside `root` (an absolute, normalised folder), or undefined when the
 * path cannot be decoded, holds a NUL byte, or would lead outside `root` once decoded: `..`
 * segments, percent-encoded dots and slashes (`%2e%2e%2f`) and doubled slashes all end up
 * either inside `root` or rejected.
 *
 * @example resolveInsideRoot('/srv/site', '/ka/about/')          // '/srv/site/ka/about/'
 * @example resolveInsideRoot('/srv/site', '/..%2f..%2fetc/passwd') // undefined
 */
export function resolveInsideRoot(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const candidate = normalize(join(root, decoded));
  return candidate === root || candidate.startsWith(root + sep) ? candidate : undefined;
}

/**
 * Where to send a request for a folder without its trailing slash: the same path plus `/`, on
 * the same site. Leading slashes are collapsed to one, so `//evil.example` cannot become a
 * protocol-relative `Location` that leaves the site.
 *
 * @example trailingSlashRedirect('/ka/places')       // '/ka/places/'
 * @example trailingSlashRedirect('//evil.example')   // '/evil.example/'
 */
export function trailingSlashRedirect(urlPath: string): string {
  return `/${urlPath.replace(/^\/+/, '')}/`;
}
