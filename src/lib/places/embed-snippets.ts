import type { Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routes';

/**
 * Copy-paste HTML for municipalities' websites: links to the portal and
 * iframes of its embeddable pages. Addresses are absolute, because the code
 * runs on another site.
 */

/** The embeddable map of every place: `/<lang>/embed/map/`. */
export const embedMapPath = (locale: Locale) => `/${locale}/embed/map/`;

/** The embeddable card of one place: `/<lang>/embed/places/<id>/`. */
export const embedPlacePath = (locale: Locale, id: string) => `/${locale}/embed/places/${id}/`;

/** The optional script a framing page adds so frames fit their content exactly (public/embed-resize.js). */
export const resizeScriptPath = '/embed-resize.js';

/**
 * What an embed may do in its frame, and no more: run its own scripts (the map) as its own
 * origin (it loads its scripts, fonts and map data from the portal, which an opaque sandboxed
 * origin could not), and open links in a new window that is an ordinary, unsandboxed page.
 * Not allowed: navigating the municipality's page, forms, downloads, modals, pointer lock.
 */
export const embedSandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The municipality's page address is not sent to the portal with the embed's requests, nor the script's. */
export const embedReferrerPolicy = 'no-referrer';

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An `<a>` element.
 *
 * @example linkSnippet('https://portal.ge/ka/places/', 'Where to get help') // '<a href="https://portal.ge/ka/places/">Where to get help</a>'
 */
export function linkSnippet(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/**
 * The attributes of an embed's `<iframe>`, for the snippet and for the live preview that
 * shows it: the title screen readers announce, the full width of its column, a fixed height
 * that fits the content (src/lib/places/embed-height.ts), lazy loading, the sandbox and the
 * referrer policy.
 */
export function embedFrameAttributes(src: string, title: string, height: number) {
  return {
    src,
    title,
    width: '100%',
    height: String(height),
    loading: 'lazy',
    sandbox: embedSandbox,
    referrerpolicy: embedReferrerPolicy,
  } as const;
}

/** An `<iframe>` with {@link embedFrameAttributes} and no border. */
export function iframeSnippet(src: string, title: string, height: number): string {
  const { src: source, width, loading, sandbox, referrerpolicy } = embedFrameAttributes(src, title, height);
  return (
    `<iframe src="${escapeHtml(source)}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0" ` +
    `loading="${loading}" sandbox="${sandbox}" referrerpolicy="${referrerpolicy}"></iframe>`
  );
}

/**
 * An embed as a municipality pastes it: the `<iframe>`, then the optional script that fits the
 * frame to its content. Without the script (or with scripts off) the fixed height still fits.
 *
 * @example embedSnippet('https://p.ge', '/ka/embed/map/', 'რუკა', 1700) // '<iframe src="https://p.ge/ka/embed/map/" …></iframe>\n<script src="https://p.ge/embed-resize.js" async referrerpolicy="no-referrer"></script>'
 */
export function embedSnippet(siteUrl: string, path: string, title: string, height: number): string {
  const script = `<script src="${escapeHtml(siteUrl + resizeScriptPath)}" async referrerpolicy="${embedReferrerPolicy}"></script>`;
  return `${iframeSnippet(`${siteUrl}${path}`, title, height)}\n${script}`;
}

/** The For municipalities page's snippets for the whole portal in one language: a link and the map. */
export function municipalitySnippets(
  siteUrl: string,
  locale: Locale,
  text: { portalLink: string; mapTitle: string },
  mapHeight: number,
) {
  return {
    portalLink: linkSnippet(`${siteUrl}${localizedPath(locale, 'places')}`, text.portalLink),
    mapIframe: embedSnippet(siteUrl, embedMapPath(locale), text.mapTitle, mapHeight),
  };
}

/** The snippets for one place: a link to its page and its embeddable card. */
export function placeSnippets(siteUrl: string, locale: Locale, place: { id: string; name: string }, frameTitle: string, height: number) {
  return {
    placeLink: linkSnippet(`${siteUrl}${localizedPath(locale, 'places', place.id)}`, place.name),
    placeIframe: embedSnippet(siteUrl, embedPlacePath(locale, place.id), frameTitle, height),
  };
}
