/**
 * The site's security headers, from one place: the Content-Security-Policy (delivered as a
 * `<meta>` tag on every page and as an HTTP header), and the header files written at build
 * time for hosts that read them — `_headers` (Netlify, Cloudflare Pages) and an nginx snippet.
 *
 * Pure functions: the build passes in the page paths, the optional map tile origin and the
 * hashes of inline scripts and styles it found; nothing here reads files or the clock.
 */

/** What a policy must allow beyond the site's own origin. */
export interface PolicyOptions {
  /**
   * Origin of an online map tile server (e.g. `https://tile.example.org`) when one is
   * configured; map tiles are images, so only `img-src` gains it. Undefined: no other host.
   */
  tileOrigin?: string | undefined;
  /** `sha256-…` hashes of inline `<script>` elements (Astro hashes its own; none is usual). */
  scriptHashes?: readonly string[];
  /** `sha256-…` hashes of inline `<style>` elements. */
  styleHashes?: readonly string[];
}

/** One CSP directive: name and its sources, e.g. `['img-src', ["'self'"]]`. */
export type Directive = readonly [name: string, sources: readonly string[]];

/**
 * The site-wide Content-Security-Policy as directives, without `frame-ancestors` (a `<meta>`
 * policy may not carry it: see {@link frameAncestorsPolicy}).
 *
 * - Everything comes from the site itself (`default-src 'self'`); no inline script or style
 *   without a hash, no `eval` (`'unsafe-eval'` is never allowed).
 * - `'wasm-unsafe-eval'`: Pagefind's search index runs as WebAssembly; this lets the browser
 *   compile WebAssembly, and nothing else (it does not allow `eval`).
 * - `worker-src 'self'`: the offline service worker.
 * - Images may also come from the tile origin when a tile layer is configured, and then from
 *   `data:` too: Leaflet blanks a tile it drops by pointing it at a `data:` GIF.
 *
 * @example contentSecurityPolicy({}).find(([n]) => n === 'img-src') // ['img-src', ["'self'"]]
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): Directive[] {
  const tile = options.tileOrigin ? [originOf(options.tileOrigin), 'data:'] : [];
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(options.scriptHashes)]],
    ['style-src', ["'self'", ...quoted(options.styleHashes)]],
    ['img-src', ["'self'", ...tile]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/**
 * The hashes (`sha256-…`) in one directive of a page's `<meta http-equiv="content-security-policy">`
 * tag: Astro writes there the hashes of the inline code it emits, and the header policy must
 * allow the same code.
 *
 * @example metaPolicyHashes(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'">`, 'script-src') // ['sha256-x']
 */
export function metaPolicyHashes(html: string, directive: 'script-src' | 'style-src'): string[] {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const sources = meta.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive) ?? [];
  return sources.filter((s) => /^'sha(256|384|512)-/.test(s)).map((s) => s.slice(1, -1));
}

/** Renders directives as a policy string: `default-src 'self'; img-src 'self'`. */
export function serializePolicy(directives: readonly Directive[]): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Who may show a page in a frame. Embed pages (`/<lang>/embed/…`) exist for municipalities to
 * put on their own sites, so any site may frame them; no other page may be framed at all
 * (clickjacking). Returned as its own policy because `frame-ancestors` only works in a header.
 *
 * @example frameAncestorsPolicy('/ka/embed/map/') // undefined (no restriction)
 * @example frameAncestorsPolicy('/ka/about/')     // "frame-ancestors 'none'"
 */
export function frameAncestorsPolicy(path: string): string | undefined {
  return isEmbedPath(path) ? undefined : "frame-ancestors 'none'";
}

/** True for the embeddable pages, `/<lang>/embed/…`. */
export function isEmbedPath(path: string): boolean {
  return /^\/[a-z]{2}\/embed\//.test(path);
}

/**
 * The Permissions-Policy of a page: location only where the page asks for it (the places
 * page's "use my location"); camera and microphone nowhere.
 *
 * @example permissionsPolicy('/en/places/')   // 'geolocation=(self), camera=(), microphone=()'
 * @example permissionsPolicy('/en/places/x/') // 'geolocation=(), camera=(), microphone=()'
 */
export function permissionsPolicy(path: string): string {
  const geolocation = /^\/[a-z]{2}\/places\/$/.test(path) ? '(self)' : '()';
  return `geolocation=${geolocation}, camera=(), microphone=()`;
}

/**
 * Headers that are the same for every file the site serves.
 *
 * - `Strict-Transport-Security`: once a browser has seen the site over HTTPS it uses only
 *   HTTPS for a year (browsers ignore the header over plain HTTP, so loopback and test hosts
 *   are unaffected). For HTTPS deployments; no `includeSubDomains`, which would bind every
 *   other site under the same domain too.
 * - `Cross-Origin-Opener-Policy: same-origin`: a page of another site that opens ours in a
 *   window gets no handle on it (and ours none on it). Frames are unaffected, so embeds work.
 */
export function commonHeaders(options: PolicyOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': serializePolicy(contentSecurityPolicy(options)),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Strict-Transport-Security': 'max-age=31536000',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * `Cache-Control` of the build's hashed files (`/_astro/…`): their names change with their
 * content, so a browser may keep them a year without asking again.
 */
export const immutableCache = 'public, max-age=31536000, immutable';

/**
 * `Cache-Control` of everything else (pages, data, the service worker, search index): the
 * browser keeps a copy but asks the host whether it changed (a cheap 304) before using it, so a
 * page never outlives the scripts and styles it names, which a new build replaces.
 */
export const revalidateCache = 'no-cache';

/** The folder of the build's hashed files (Astro's `_astro`). */
export const hashedAssetsPath = '/_astro/';

/** The folder of the open data files (`/data/hubs.json` …). */
export const openDataPath = '/data/';

/**
 * Who may fetch the open data from a page of another site: anyone (a municipality's own map, a
 * data portal). The files are public and carry no cookies, so `*` opens nothing else.
 */
export const openDataHeaders = { 'Access-Control-Allow-Origin': '*' } as const;

/**
 * Files the build writes for the host to read, never for visitors: the header rules and the
 * nginx configuration. Hosts that read `_headers` do not serve it; scripts/serve-dist.ts and
 * the nginx configuration answer 404 for all of them.
 */
export const hostConfigFiles = ['_headers', 'nginx-security.conf', 'nginx-brotli.conf'] as const;

/**
 * Headers that differ between pages. A second `Content-Security-Policy` header is a second
 * policy that the browser enforces as well, so `frame-ancestors` can be added per page.
 */
export function pageHeaders(path: string): Record<string, string> {
  const frame = frameAncestorsPolicy(path);
  return { ...(frame ? { 'Content-Security-Policy': frame } : {}), 'Permissions-Policy': permissionsPolicy(path) };
}

/** A group of pages that share their per-page headers, as a host's path pattern. */
export interface HeaderRule {
  /**
   * `_headers` pattern: a literal path, `:placeholder` for one segment, `*` for the rest,
   * e.g. `/:lang/places/:slug/`.
   */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Groups pages into non-overlapping rules. Hosts that read `_headers` apply every rule that
 * matches and join repeated headers with a comma, so a header must come from exactly one rule
 * per path: the common headers go on `/*`, the per-page ones on patterns that generalise the
 * language (first segment) and every segment after the section (second segment), which keeps
 * the file short however many places or news items there are. Two folders get a rule of their
 * own: the hashed assets their long-lived `Cache-Control`, the open data its CORS header. Throws when two pages of one
 * pattern would need different headers (a new kind of page must then be given its own rule).
 *
 * @example headerRules(['/ka/', '/en/', '/ka/places/a/'], {})
 *   // [{ pattern: '/*', … }, { pattern: '/_astro/*', … }, { pattern: '/data/*', … }, { pattern: '/:lang/', … }, { pattern: '/:lang/places/:slug/', … }]
 */
export function headerRules(pagePaths: readonly string[], options: PolicyOptions = {}): HeaderRule[] {
  const groups = new Map<string, { example: string; headers: Record<string, string> }>();
  for (const path of [...pagePaths].sort()) {
    const pattern = pagePattern(path);
    const headers = pageHeaders(path);
    const seen = groups.get(pattern);
    if (!seen) groups.set(pattern, { example: path, headers });
    else if (JSON.stringify(seen.headers) !== JSON.stringify(headers)) {
      throw new Error(
        `Security headers: ${seen.example} and ${path} share the pattern ${pattern} but need different headers; give one of them its own rule in src/lib/security/headers.ts.`,
      );
    }
  }
  return [
    { pattern: '/*', headers: commonHeaders(options) },
    { pattern: `${hashedAssetsPath}*`, headers: { 'Cache-Control': immutableCache } },
    { pattern: `${openDataPath}*`, headers: { ...openDataHeaders } },
    ...[...groups]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([pattern, { headers }]) => ({ pattern, headers })),
  ];
}

/**
 * The `_headers` pattern of a page path.
 *
 * @example pagePattern('/ka/places/telavi-service-hub/') // '/:lang/places/:slug/'
 * @example pagePattern('/404.html')                         // '/404.html'
 */
export function pagePattern(path: string): string {
  const match = /^\/[a-z]{2}(\/.*)$/.exec(path);
  if (!match?.[1]) return path;
  const [, section, ...rest] = match[1].split('/');
  const tail = rest.map((segment, i) => (segment === '' ? '' : `:slug${i === 0 ? '' : i + 1}`));
  return ['/:lang', section, ...tail].join('/');
}

/** Renders rules as a `_headers` file (Netlify, Cloudflare Pages). */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Security headers, generated by the build from src/lib/security/headers.ts. Do not edit.\n${blocks.join('\n\n')}\n`;
}

/** One rule read back from a `_headers` file: which paths it matches and the headers it sets, in order. */
export interface ParsedHeaderRule {
  /** The rule's path pattern as written, e.g. `/:lang/places/:slug/`. */
  pattern: string;
  /** The pattern as a whole-path test: `*` matches the rest of the path, `:name` one segment. */
  test: RegExp;
  headers: Array<[name: string, value: string]>;
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages syntax) into rules: a line that starts at
 * the margin is a path pattern, each indented `Name: value` line below it a header of that rule;
 * blank lines and `#` comments are skipped. What scripts/serve-dist.ts sends with `--headers`,
 * as those hosts would.
 *
 * @example parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n')
 *   // [{ pattern: '/*', test: /^\/.*$/, headers: [['X-Content-Type-Options', 'nosniff']] }]
 */
export function parseHeadersFile(text: string): ParsedHeaderRule[] {
  const rules: ParsedHeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern, test: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a host sends for `path`: those of every rule that matches it, in file order; a
 * header set by several rules is joined with ", " (for `Content-Security-Policy` that makes two
 * policies, both enforced).
 *
 * @example headersForPath(parseHeadersFile('/*\n  A: 1\n/x/\n  A: 2\n'), '/x/') // { A: '1, 2' }
 */
export function headersForPath(rules: readonly ParsedHeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.test.test(path))) {
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** The origin of a URL or URL template (`https://{s}.tile.example/{z}/{x}/{y}.png` keeps `{s}` as `*`). */
function originOf(url: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(url);
  if (!match?.[1]) throw new Error(`Tile URL must start with https:// (got "${url}").`);
  return match[1].replace(/\{s\}/, '*');
}

function quoted(hashes: readonly string[] = []): string[] {
  return [...new Set(hashes)].sort().map((hash) => `'${hash}'`);
}
