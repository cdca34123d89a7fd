/**
 * Settings a deployer may change, in one place.
 */

/**
 * The public address the site is served from (no trailing slash). Canonical
 * links, hreflang alternates, the sitemap and feeds are built from it. Set
 * SITE_URL when building for production; the default serves local previews.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');

/** IOM Georgia's website (FACTS §6), linked as the fallback contact. */
export const iomGeorgiaUrl = 'https://georgia.iom.int';
