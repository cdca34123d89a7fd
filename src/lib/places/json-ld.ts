import type { Locale } from '../../i18n/locales';
import { locales } from '../../i18n/locales';
import type { Hub } from '../content/schemas';
import { telHref } from '../format/contact';
import { schemaOrgHours } from './opening-hours';

/**
 * schema.org data for a place page, so search engines and assistants can show
 * its name, position and contacts. Only fields the content gives are written.
 */

/** The schema.org type of each kind of place: municipal hubs and state agencies are government offices. */
export const schemaOrgTypes: Record<Hub['type'], string> = {
  'service-hub': 'GovernmentOffice',
  'state-agency': 'GovernmentOffice',
  'iom-office': 'LocalBusiness',
};

/**
 * The JSON-LD object of a place in one language.
 *
 * @param url the absolute address of the place's page in that language
 */
export function placeJsonLd(place: Hub, locale: Locale, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': schemaOrgTypes[place.type],
    '@id': url,
    name: place.name[locale],
    description: place.summary[locale],
    url,
    inLanguage: locales[locale].bcp47,
    ...(place.address && {
      address: {
        '@type': 'PostalAddress',
        streetAddress: place.address[locale],
        addressLocality: place.town[locale],
        addressCountry: 'GE',
      },
    }),
    ...(place.phones?.[0] && { telephone: telHref(place.phones[0].number).slice('tel:'.length) }),
    ...(place.email && { email: place.email }),
    ...(place.website && { sameAs: place.website }),
    geo: { '@type': 'GeoCoordinates', latitude: place.location.lat, longitude: place.location.lon },
    ...(place.hours && { openingHoursSpecification: schemaOrgHours(place.hours) }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is written as
 * `\u003c` so no text in the data can close the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
