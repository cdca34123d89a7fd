/**
 * The nginx configuration the build writes next to the site, from the same header rules as
 * `_headers` (src/lib/security/headers.ts) and the same content types as the loopback server
 * (src/lib/security/content-types.ts):
 *
 * - `nginx-security.conf`, to `include` inside a `server { }` block whose `root` is the built
 *   site: types, compression, the 404 page, redirects, caching, CORS on the open data and the
 *   security headers of every kind of page. It replaces the server's `location` blocks.
 * - `nginx-brotli.conf`, one line (`brotli_static on;`) to `include` as well when this nginx has
 *   the ngx_brotli static module (Debian: `libnginx-mod-http-brotli-static`): then Pagefind's
 *   index files go out as their smaller `.br` siblings. An nginx without the module refuses the
 *   directive, so it lives in a file of its own that such a server simply does not include.
 *
 * Pure: the build passes in the rules; nothing here reads files.
 */
import { contentTypes, defaultContentType, isCompressible } from './content-types.ts';
import { type HeaderRule, commonHeaders, hostConfigFiles, pageHeaders, revalidateCache } from './headers.ts';

/** File names of the two snippets, in the build's output folder. */
export const nginxFiles = { site: 'nginx-security.conf', brotli: 'nginx-brotli.conf' } as const;

/**
 * An nginx string: double-quoted, `"` escaped, and a backslash doubled only where nginx would
 * read it as an escape (before a quote, a backslash, `t`, `r` or `n`), so a regex's `\.` stays as written.
 *
 * @example nginxString('^/404\\.html$') // '"^/404\\.html$"'
 */
export const nginxString = (value: string): string => `"${value.replace(/\\(?=["'\\trn])/g, '\\\\').replaceAll('"', '\\"')}"`;

/** Headers as name–value pairs: a name may come twice (two Content-Security-Policy headers are two policies, both enforced). */
type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * A `location` block that sends `headers` (nginx sends only the innermost block's `add_header`s).
 * Security headers go on every answer (`always`), errors included; `Cache-Control` only on
 * successful ones, so a 404 is never kept a year.
 */
function locationBlock(match: string, headers: HeaderList, extra: readonly string[] = []): string {
  return [
    `location ${match} {`,
    ...extra.map((line) => `    ${line}`),
    ...headers.map(([name, value]) => `    add_header ${name} ${nginxString(value)}${name === 'Cache-Control' ? '' : ' always'};`),
    '}',
  ].join('\n');
}

/** The common headers, then a block's own, then `Cache-Control: no-cache` unless it sets its own. */
function blockHeaders(common: Record<string, string>, own: Record<string, string>): HeaderList {
  const cache: HeaderList = 'Cache-Control' in own ? [] : [['Cache-Control', revalidateCache]];
  return [...Object.entries(common), ...Object.entries(own), ...cache];
}

/**
 * `types { }` for every extension the site uses, one line per type (charset apart: nginx adds
 * it from `charset_types`), plus the text types that get `; charset=utf-8`.
 */
function typeDirectives(): { types: string; charsetTypes: string[] } {
  const byType = new Map<string, string[]>();
  const charsetTypes = new Set<string>();
  for (const [ext, full] of Object.entries(contentTypes)) {
    const [type = defaultContentType, ...params] = full.split(';').map((part) => part.trim());
    if (params.some((p) => /^charset=utf-8$/i.test(p)) && type !== 'text/html') charsetTypes.add(type);
    byType.set(type, [...(byType.get(type) ?? []), ext.slice(1)]);
  }
  const lines = [...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`);
  return { types: ['types {', ...lines, '}'].join('\n'), charsetTypes: [...charsetTypes].sort() };
}

/**
 * Renders the header rules as `nginx-security.conf`. Locations, in nginx's order of choice:
 * the host's own files (404), the folders with rules of their own (hashed assets cached a year,
 * `immutable`; open data with CORS), then
 * one regex location per kind of page (the directory URL and its `index.html`, quoted because
 * `{2}` would end an unquoted directive) and `location /` for everything else. Every block repeats
 * the common headers: nginx drops the outer `add_header`s in a block that has its own.
 *
 * @example renderNginxSnippet(headerRules(['/ka/'])) // '# Security headers …\nlocation ~ "^/[a-z]{2}/(index\\.html)?$" {…'
 */
export function renderNginxSnippet(rules: readonly HeaderRule[]): string {
  const common = rules.find((r) => r.pattern === '/*')?.headers ?? commonHeaders();
  // `/_astro/*`, `/data/*`: whole folders, as prefix locations that no regex overrides.
  const folders = rules.filter((r) => r.pattern !== '/*' && r.pattern.endsWith('/*'));
  const pages = rules.filter((r) => !r.pattern.endsWith('/*'));
  const { types, charsetTypes } = typeDirectives();
  const compressed = [...new Set(Object.values(contentTypes).map((t) => t.split(';')[0] ?? ''))]
    .filter((t) => isCompressible(t) && t !== 'text/html')
    .sort();
  const hostFiles = hostConfigFiles.map((f) => f.replaceAll('.', '\\.')).join('|');
  return [
    [
      '# nginx configuration of the built site, generated by the build from src/lib/security/ (headers.ts,',
      '# nginx.ts, content-types.ts). Do not edit: change those and rebuild.',
      '# Include it inside a server { } block whose root is the built site, in place of your location blocks:',
      '#   server { listen 443 ssl; server_name example.ge; root /srv/portal/dist;',
      `#            include /srv/portal/dist/${nginxFiles.site};`,
      `#            include /srv/portal/dist/${nginxFiles.brotli};  # only with the brotli static module }`,
      '# (copying both files out of the web root works the same). The README, "Hosting with nginx", has more.',
    ].join('\n'),
    [
      '# Redirects (a folder without its slash) stay relative, so they never name another host.',
      'absolute_redirect off;',
      'server_tokens off;',
      'index index.html;',
      '# The site\'s own "page not found", with status 404.',
      'error_page 404 /404.html;',
    ].join('\n'),
    ['# What each file is (with nosniff the browser trusts this).', types, `default_type ${defaultContentType};`, 'charset utf-8;', `charset_types ${charsetTypes.join(' ')};`].join('\n'),
    [
      '# Text compressed on the fly for browsers that accept gzip. Pagefind\'s index files have brotli',
      `# siblings (<file>.br): include ${nginxFiles.brotli} where the brotli static module is loaded.`,
      'gzip on;',
      'gzip_vary on;',
      `gzip_types ${compressed.join(' ')};`,
    ].join('\n'),
    `# Files for the host, not for visitors.\nlocation ~ "^/(${hostFiles})$" {\n    return 404;\n}`,
    '# Folders with headers of their own: hashed files (cached a year), open data (any site may fetch it).',
    ...folders.map(({ pattern, headers }) => locationBlock(`^~ ${pattern.slice(0, -1)}`, blockHeaders(common, headers))),
    '# Pages: each kind with its own framing and permissions policy.',
    ...pages.map(({ pattern, headers }) => locationBlock(`~ ${nginxString(nginxRegex(pattern))}`, blockHeaders(common, headers))),
    `# Everything else: scripts of the service worker and search, fonts, feeds, sitemaps, vCards.\n${locationBlock('/', blockHeaders(common, pageHeaders('/')))}`,
    '',
  ].join('\n\n');
}

/**
 * `nginx-brotli.conf`: serve `<file>.br` to browsers that accept brotli. Only for an nginx with
 * the brotli static module loaded (`load_module modules/ngx_http_brotli_static_module.so;`).
 */
export function renderNginxBrotliSnippet(): string {
  return [
    '# Precompressed brotli siblings (<file>.br) of the search index, for browsers that accept brotli.',
    '# Include only where nginx loads the brotli static module (Debian: libnginx-mod-http-brotli-static);',
    '# without it nginx refuses this directive. Vary: Accept-Encoding comes from gzip_vary in',
    `# ${nginxFiles.site}.`,
    'brotli_static on;',
    '',
  ].join('\n');
}

/**
 * A page rule's `_headers` pattern as an nginx location regex; a directory URL also matches
 * its `index.html`.
 *
 * @example nginxRegex('/:lang/places/:slug/') // '^/[a-z]{2}/places/[^/]+/(index\\.html)?$'
 * @example nginxRegex('/404.html')             // '^/404\\.html$'
 */
export function nginxRegex(pattern: string): string {
  const body = pattern
    .split('/')
    .map((segment) => (segment === ':lang' ? '[a-z]{2}' : segment.startsWith(':') ? '[^/]+' : segment.replaceAll('.', '\\.')))
    .join('/');
  return body.endsWith('/') ? `^${body}(index\\.html)?$` : `^${body}$`;
}
