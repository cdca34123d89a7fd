/**
 * The Content-Type of every kind of file the build writes, by extension: one table for the
 * loopback server (scripts/serve-dist.ts) and the generated nginx configuration
 * (src/lib/security/nginx.ts), so both send the same types. With `X-Content-Type-Options:
 * nosniff` the browser trusts these types, so a wrong one breaks the file (a script sent as
 * `text/plain` does not run, a vCard sent as `application/octet-stream` does not open the
 * phone's contacts app).
 */

/** Extension (with its dot) → Content-Type; text types carry their charset. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** What a file of an unknown kind is sent as. */
export const defaultContentType = 'application/octet-stream';

/**
 * The Content-Type for a file name.
 *
 * @example contentTypeOf('ka/places/x.vcf') // 'text/vcard; charset=utf-8'
 * @example contentTypeOf('LICENSE')         // 'application/octet-stream'
 */
export function contentTypeOf(file: string): string {
  const ext = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  return contentTypes[ext] ?? defaultContentType;
}

/**
 * Whether a host should compress a type on the fly: text and the WebAssembly, not images,
 * fonts (woff2 is compressed already) or Pagefind's binary files (gzipped inside).
 *
 * @example isCompressible('text/csv; charset=utf-8') // true
 * @example isCompressible('font/woff2')              // false
 */
export function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|geo\+json|xml|manifest\+json|wasm)|image\/svg)/.test(type);
}
