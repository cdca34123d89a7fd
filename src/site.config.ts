/**
 * Settings a deployer may change, in one place.
 */
import { emailSetting } from './lib/share/mailto.ts';
import { siteUrlSetting } from './lib/site/site-url.ts';

/**
 * The public address the site is served from (no trailing slash). Canonical
 * links, hreflang alternates, the sitemap, feeds, open data and embed snippets
 * are built from it. Set SITE_URL when building for production (a build under
 * CI or with NODE_ENV=production stops without it); unset, it is the local
 * preview address `http://127.0.0.1:4321`.
 */
export const siteUrl = siteUrlSetting(process.env['SITE_URL']);

/**
 * Where "Report a problem with this page" links on place and program pages send mail. Empty
 * (the default) hides those links: set it only to an address that someone reads, here in
 * place of the `''` or with FEEDBACK_EMAIL at build time. The build fails if the value is not
 * one e-mail address.
 */
export const feedbackEmail = emailSetting(process.env['FEEDBACK_EMAIL'] ?? '', 'FEEDBACK_EMAIL');


/**
 * An optional online street-tile layer, offered on maps as a layer the visitor
 * can switch on over the built-in regions basemap. Off when `url` is empty (the
 * default): maps then make no request to any other host. `url` is a Leaflet
 * template such as `https://tile.example.org/{z}/{x}/{y}.png`; the build also
 * takes it from TILE_URL/TILE_ATTRIBUTION. If the tiles fail to load, the map
 * keeps working on the built-in basemap.
 */
export const tileLayer = {
  url: process.env['TILE_URL'] ?? '',
  attribution: process.env['TILE_ATTRIBUTION'] ?? '',
  maxZoom: 18,
};

/** Credit line for the built-in basemap and gazetteer (public/data/ATTRIBUTION.md), shown on every map. */
export const basemapAttribution = '© OpenStreetMap contributors (ODbL), Natural Earth, GeoNames (CC BY 4.0)';
/** The credit's language (the licences' own wording, in English), marked on Georgian pages too (WCAG 3.1.2). */
export const basemapAttributionLang = 'en';
