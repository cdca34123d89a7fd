import type { Locale } from '../../i18n/locales';
import { locales } from '../../i18n/locales';
import { confirmedText } from '../content/confirmed-date';
import type { Place } from '../content/schemas';
import { telHref } from '../format/contact';
import { schemaOrgHours } from './opening-hours';

/**
 * schema.org data for a place page, so search engines and assistants can show
 * its name, position and contacts. Only fields the content gives are written,
 * and the caveat and confirmation date go with them.
 */

/**
 * The schema.org type of each kind of place. Municipal hubs and state agencies
 * are government offices; an IOM office is a plain `Place`: IOM is an
 * intergovernmental organisation, not a business.
 */
export const schemaOrgTypes: Record<Place['type'], 'GovernmentOffice' | 'Place'> = {
  'service-hub': 'GovernmentOffice',
  'state-agency': 'GovernmentOffice',
  'iom-office': 'Place',
};

/**
 * The JSON-LD object of a place in one language. A point that is only the town
 * centre is given as the town's (`containedInPlace`), never as the building's `geo`.
 *
 * @param url the absolute address of the place's page in that language
 * @param caveat the place's caveat in that language (see `placeCaveat`)
 */
export function placeJsonLd(place: Place, locale: Locale, url: string, caveat: string): Record<string, unknown> {
  const geo = { '@type': 'GeoCoordinates', latitude: place.location.lat, longitude: place.location.lon };
  const exact = place.location.precision === 'building';
  return {
    '@context': 'https://schema.org',
    '@type': schemaOrgTypes[place.type],
    '@id': url,
    name: place.name[locale],
    description: place.summary[locale],
    url,
    inLanguage: locales[locale].bcp47,
    address: {
      '@type': 'PostalAddress',
      ...(place.address && { streetAddress: place.address[locale] }),
      addressLocality: place.town[locale],
      addressCountry: 'GE',
    },
    ...(place.phones?.[0] && { telephone: telHref(place.phones[0].number).slice('tel:'.length) }),
    ...(place.email && { email: place.email }),
    ...(place.website && { sameAs: place.website }),
    ...(exact ? { geo } : { containedInPlace: { '@type': 'City', name: place.town[locale], geo } }),
    ...(place.hours && { openingHoursSpecification: schemaOrgHours(place.hours) }),
    additionalProperty: [
      { '@type': 'PropertyValue', propertyID: 'status', value: place.status },
      { '@type': 'PropertyValue', propertyID: 'confirmed', value: confirmedText(place.confirmed) },
      { '@type': 'PropertyValue', propertyID: 'caveat', value: caveat },
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is written as
 * `\u003c` so no text in the data can close the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
