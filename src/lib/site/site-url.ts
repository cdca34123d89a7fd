/**
 * The address the site is served from (`SITE_URL`), and the rule that a production build
 * must be told it. Canonical links, hreflang alternates, the sitemap, the news feeds, the
 * open-data files and the embed snippets are all built from it; a production build that
 * silently fell back to the local preview address would ship every one of them pointing at
 * `http://127.0.0.1:4321`.
 */

/** Where `npm start` serves the build: the address when SITE_URL is not set. */
export const localSiteUrl = 'http://127.0.0.1:4321';

/** The environment variables the rule reads. */
export type BuildEnv = Readonly<Record<string, string | undefined>>;

/**
 * The SITE_URL setting as an origin without a trailing slash; unset or blank gives the local
 * preview address. Anything that is not an http(s) address of a whole site (no path, query
 * or fragment: every page lives at `/<lang>/…` from the root) fails the build, naming the setting.
 *
 * @example siteUrlSetting('https://returnees.example.ge/') // 'https://returnees.example.ge'
 * @example siteUrlSetting(undefined)                       // 'http://127.0.0.1:4321'
 */
export function siteUrlSetting(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text === '') return localSiteUrl;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new Error(
      `SITE_URL must be the http(s) address the site is served from, without a path, such as https://returnees.example.ge (got "${text}").`,
    );
  }
  return url.origin;
}

/**
 * Why this build counts as a production build, or undefined when it does not: `CI` set (to
 * anything but `0` or `false`, as CI services do) or `NODE_ENV=production`.
 *
 * @example productionReason({ CI: 'true' })              // 'CI=true'
 * @example productionReason({ NODE_ENV: 'development' }) // undefined
 */
export function productionReason(env: BuildEnv): string | undefined {
  const ci = (env['CI'] ?? '').trim();
  if (ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return `CI=${ci}`;
  if (env['NODE_ENV'] === 'production') return 'NODE_ENV=production';
  return undefined;
}

/**
 * The message that stops a production build without SITE_URL, or undefined when the build
 * may go on (SITE_URL is set, or this is a local build, which uses {@link localSiteUrl}).
 *
 * @example missingSiteUrl({ CI: 'true' })                                   // 'SITE_URL is not set, …'
 * @example missingSiteUrl({ CI: 'true', SITE_URL: 'https://example.org' }) // undefined
 */
export function missingSiteUrl(env: BuildEnv): string | undefined {
  if ((env['SITE_URL'] ?? '').trim() !== '') return undefined;
  const reason = productionReason(env);
  if (!reason) return undefined;
  return [
    `SITE_URL is not set, and this is a production build (${reason}).`,
    'Canonical links, the sitemap, the news feeds, the open data and the embed snippets are built from it:',
    'set it to the address the site is served from, e.g. SITE_URL=https://returnees.example.ge npm run build',
    `(a local build, without CI or NODE_ENV=production, uses ${localSiteUrl}).`,
  ].join('\n');
}
