import type { APIContext } from 'astro';
import { type LocaleProps, localizedPath, perLocale } from '../../../i18n/routes';
import { useTranslations } from '../../../i18n/ui';
import { buildTime } from '../../../lib/content/build-time';
import type { Body } from '../../../lib/content/schemas';
import type { PlaceEntry } from '../../../lib/content/site-content';
import { loadSiteContent } from '../../../lib/content/site-content';
import { placeCaveat } from '../../../lib/places/caveat';
import { confirmationNote } from '../../../lib/places/confirmation';
import { contactPath, firstContact } from '../../../lib/places/contact-path';
import { placeVCard, writeVCard } from '../../../lib/places/vcard';
import { siteUrl } from '../../../site.config';

/**
 * One contact card per open place and language: `/ka/places/<id>.vcf`,
 * `/en/places/<id>.vcf`. Planned and closed places have none: nobody should
 * save a door that is not open.
 */
export async function getStaticPaths() {
  const { places, bodiesById } = await loadSiteContent();
  return perLocale(
    places.filter((place) => place.data.status === 'open'),
    (place) => ({ params: { slug: place.id }, props: { place, bodiesById } }),
  );
}

export function GET({ props }: APIContext<LocaleProps & { place: PlaceEntry; bodiesById: ReadonlyMap<string, Body> }>) {
  const { place, bodiesById, locale } = props;
  const t = useTranslations(locale);
  const data = place.data;
  // A place without a number of its own carries the first number on its contact
  // path, and the note says whose number it is and how current.
  const first = data.phones?.length ? undefined : firstContact(data, contactPath(data, bodiesById));
  const via = first?.bodyId ? bodiesById.get(first.bodyId) : undefined;
  const viaNote =
    first?.kind === 'phone' && via
      ? t('contact.cardVia', { name: via.name[locale], note: confirmationNote(first.confirmed, locale, buildTime, t, 'phone').text })
      : undefined;
  const notes = [placeCaveat(data, locale, buildTime, t), ...(data.contactCaveat ? [data.contactCaveat[locale]] : []), ...(viaNote ? [viaNote] : [])];
  const card = placeVCard(data, locale, {
    pageUrl: `${siteUrl}${localizedPath(locale, 'places', place.id)}`,
    country: t('place.country'),
    notes,
    ...(first?.kind === 'phone' && { phones: [first.number] }),
  });
  return new Response(writeVCard(card), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
}
