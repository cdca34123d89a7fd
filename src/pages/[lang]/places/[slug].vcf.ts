import type { APIContext } from 'astro';
import { type Locale, localeCodes } from '../../../i18n/locales';
import { localizedPath } from '../../../i18n/routes';
import { useTranslations } from '../../../i18n/ui';
import type { HubEntry } from '../../../lib/content/site-content';
import { loadSiteContent } from '../../../lib/content/site-content';
import { displayUrl } from '../../../lib/format/contact';
import { fallbackContact, hasOwnContacts } from '../../../lib/places/fallback-contact';
import { placeVCard, writeVCard } from '../../../lib/places/vcard';
import { siteUrl } from '../../../site.config';

/** One contact card per place and language: `/ka/places/<id>.vcf`, `/en/places/<id>.vcf`. */
export async function getStaticPaths() {
  const { hubs } = await loadSiteContent();
  return localeCodes.flatMap((lang) => hubs.map((place) => ({ params: { lang, slug: place.id }, props: { place } })));
}

export function GET({ params, props }: APIContext<{ place: HubEntry }>) {
  const locale = params['lang'] as Locale;
  const t = useTranslations(locale);
  const { place } = props;
  const data = place.data;
  const fallback = fallbackContact(data);
  const notes = [
    ...(data.location.precision === 'town-centre' ? [t('precision.town-centre')] : []),
    ...(data.contactCaveat ? [data.contactCaveat[locale]] : []),
    ...(hasOwnContacts(data)
      ? []
      : [[t('place.noContacts', { name: fallback.name[locale] }), fallback.url && displayUrl(fallback.url)].filter(Boolean).join(' ')]),
  ];
  const card = placeVCard(data, locale, {
    pageUrl: `${siteUrl}${localizedPath(locale, 'places', place.id)}`,
    country: t('place.country'),
    notes,
  });
  return new Response(writeVCard(card), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
}
