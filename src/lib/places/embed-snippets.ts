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
 * An `<iframe>` that fills the width of its column, with the title screen
 * readers announce, lazy loading and no border.
 */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The four snippets of the For municipalities page for one language and an example place. */
export function municipalitySnippets(
  siteUrl: string,
  locale: Locale,
  place: { id: string; name: string },
  text: { portalLink: string; mapTitle: string; placeTitle: string },
) {
  return {
    portalLink: linkSnippet(`${siteUrl}${localizedPath(locale, 'places')}`, text.portalLink),
    placeLink: linkSnippet(`${siteUrl}${localizedPath(locale, 'places', place.id)}`, place.name),
    mapIframe: iframeSnippet(`${siteUrl}${embedMapPath(locale)}`, text.mapTitle, 480),
    placeIframe: iframeSnippet(`${siteUrl}${embedPlacePath(locale, place.id)}`, text.placeTitle, 260),
  };
}
