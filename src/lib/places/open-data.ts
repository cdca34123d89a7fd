import type { Feature, FeatureCollection, Point } from 'geojson';
import { type Locale, localeCodes } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routes';
import { confirmedText } from '../content/confirmed-date';
import type { LocalizedText } from '../content/fields';
import type { Body, Place } from '../content/schemas';
import { isoDate } from '../format/date';

/**
 * Open data: the places of the `places` collection as JSON, GeoJSON (RFC 7946)
 * and CSV (RFC 4180), written from the same content as the pages so they can
 * never disagree. Municipalities and researchers download them from /data/.
 */

/** A place as it appears in the open data: content fields plus its page addresses. */
export interface OpenPlace {
  /** The file name of the place, also its URL slug, e.g. `telavi-service-hub`. */
  id: string;
  name: LocalizedText;
  type: Place['type'];
  status: Place['status'];
  /** When the source confirmed the status: `YYYY-MM`, `YYYY` or `unknown`. */
  confirmed: string;
  /** How far to trust the record (status date, approximate position), in both languages. */
  caveat: LocalizedText;
  region: string;
  town: LocalizedText;
  /** WGS84, at most 6 decimals; `precision: town-centre` means the town, not the building. */
  location: { lat: number; lon: number; precision: Place['location']['precision'] };
  services: Place['services'];
  address?: LocalizedText & { confirmed: string };
  phones?: OpenPhone[];
  email?: string;
  website?: string;
  hours?: Place['hours'];
  /** Bodies that can put a visitor in touch, in order, with their contacts. */
  contactVia?: Array<{ id: string; name: LocalizedText; phones?: OpenPhone[]; website?: string }>;
  /** The place's page in each language, absolute. */
  url: Record<Locale, string>;
  sources: string[];
  /** `YYYY-MM-DD` */
  lastReviewed: string;
}

/** A phone number in the open data, its date written as in content. */
export interface OpenPhone {
  number: string;
  label?: LocalizedText;
  confirmed: string;
}

const openPhones = (phones: NonNullable<Place['phones']>): OpenPhone[] =>
  phones.map((p) => ({ number: p.number, ...(p.label && { label: p.label }), confirmed: confirmedText(p.confirmed) }));

/** What the open data needs besides the places themselves. */
export interface OpenDataContext {
  /** Public address of the site without trailing slash, e.g. `https://example.ge`. */
  siteUrl: string;
  /** Every body by id (content/bodies/). */
  bodies: ReadonlyMap<string, Body>;
  /** The caveat of a place in one language (see `placeCaveat`). */
  caveat: (place: Place, locale: Locale) => string;
}

/** Rounds to 6 decimals (≈ 0.1 m), the most RFC 7946 §11.2 suggests. */
export const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The open-data record of each place, sorted by id so files are stable between builds.
 *
 */
export function openPlaces(places: ReadonlyArray<{ id: string; data: Place }>, { siteUrl, bodies, caveat }: OpenDataContext): OpenPlace[] {
  return [...places]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, data }) => ({
      id,
      name: data.name,
      type: data.type,
      status: data.status,
      confirmed: confirmedText(data.confirmed),
      caveat: { ka: caveat(data, 'ka'), en: caveat(data, 'en') },
      region: data.region,
      town: data.town,
      location: { lat: round6(data.location.lat), lon: round6(data.location.lon), precision: data.location.precision },
      services: data.services,
      ...(data.address && { address: { ...data.address, confirmed: confirmedText(data.address.confirmed) } }),
      ...(data.phones && { phones: openPhones(data.phones) }),
      ...(data.email && { email: data.email }),
      ...(data.website && { website: data.website }),
      ...(data.hours && { hours: data.hours }),
      ...(data.contactVia && {
        contactVia: data.contactVia.flatMap((bodyId) => {
          const body = bodies.get(bodyId);
          if (!body) return [];
          return [{ id: bodyId, name: body.name, ...(body.phones && { phones: openPhones(body.phones) }), ...(body.website && { website: body.website }) }];
        }),
      }),
      url: Object.fromEntries(localeCodes.map((l) => [l, `${siteUrl}${localizedPath(l, 'places', id)}`])) as Record<Locale, string>,
      sources: data.sources,
      lastReviewed: isoDate(data.lastReviewed),
    }));
}

/**
 * `hubs.json`: every place with all its fields in both languages.
 *
 * @param documentation address of the page that explains the files
 */
export function placesJson(places: readonly OpenPlace[], documentation: string): string {
  return `${JSON.stringify({ documentation, count: places.length, places }, null, 2)}\n`;
}

/** Properties of a GeoJSON feature: flat, so GIS tools show them as columns. */
export interface PlaceProperties {
  name_ka: string;
  name_en: string;
  type: string;
  status: string;
  confirmed: string;
  caveat_ka: string;
  caveat_en: string;
  precision: string;
  region: string;
  town_ka: string;
  town_en: string;
  services: string[];
  url_ka: string;
  url_en: string;
  last_reviewed: string;
}

/** The flat fields that GeoJSON properties and CSV columns share, named as both name them. */
function flatFields(p: OpenPlace) {
  return {
    name_ka: p.name.ka,
    name_en: p.name.en,
    type: p.type,
    status: p.status,
    confirmed: p.confirmed,
    caveat_ka: p.caveat.ka,
    caveat_en: p.caveat.en,
    precision: p.location.precision,
    region: p.region,
    town_ka: p.town.ka,
    town_en: p.town.en,
    url_ka: p.url.ka,
    url_en: p.url.en,
    last_reviewed: p.lastReviewed,
  };
}

/**
 * `hubs.geojson`: a FeatureCollection of Points in [longitude, latitude] order
 * (RFC 7946 §3.1.1), WGS84 implied, so no `crs` member (removed by RFC 7946).
 */
export function placesGeoJson(places: readonly OpenPlace[]): FeatureCollection<Point, PlaceProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map(
      (p): Feature<Point, PlaceProperties> => ({
        type: 'Feature',
        id: p.id,
        geometry: { type: 'Point', coordinates: [round6(p.location.lon), round6(p.location.lat)] },
        properties: { ...flatFields(p), services: [...p.services] },
      }),
    ),
  };
}

/**
 * One CSV field (RFC 4180 §2): quoted when it holds a comma, a double quote or
 * a line break, with inner quotes doubled.
 *
 * @example csvField('Tbilisi, "central"') // '"Tbilisi, ""central"""'
 */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Column names of `hubs.csv`, in order. Lists inside a cell are separated by `; `. */
export const csvColumns = [
  'id',
  'name_ka',
  'name_en',
  'type',
  'status',
  'confirmed',
  'caveat_ka',
  'caveat_en',
  'region',
  'town_ka',
  'town_en',
  'lat',
  'lon',
  'precision',
  'services',
  'address_ka',
  'address_en',
  'phones',
  'email',
  'website',
  'url_ka',
  'url_en',
  'sources',
  'last_reviewed',
] as const;

/**
 * `hubs.csv`: one row per place under a header row, UTF-8, CRLF line ends
 * (RFC 4180). Opening hours are left to the JSON file, which can hold their structure.
 */
export function placesCsv(places: readonly OpenPlace[]): string {
  const rows = places.map((p) => {
    const row: Record<(typeof csvColumns)[number], string | number | undefined> = {
      id: p.id,
      ...flatFields(p),
      lat: p.location.lat,
      lon: p.location.lon,
      services: p.services.join('; '),
      address_ka: p.address?.ka,
      address_en: p.address?.en,
      phones: p.phones?.map((ph) => ph.number).join('; '),
      email: p.email,
      website: p.website,
      sources: p.sources.join('; '),
    };
    return csvColumns.map((c) => csvField(row[c])).join(',');
  });
  return [csvColumns.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
