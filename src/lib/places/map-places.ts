import type { Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routes';
import type { Hub } from '../content/schemas';
import type { LocationPrecision, PlaceStatus, PlaceType } from '../content/vocabulary';

/**
 * One place as the map, the filters and the nearest-place finder see it in the
 * browser: only what they show, in one language, so the page's JSON stays small.
 */
export interface MapPlace {
  /** Content file name, also the slug of the place page. */
  id: string;
  name: string;
  type: PlaceType;
  status: PlaceStatus;
  town: string;
  lat: number;
  lon: number;
  precision: LocationPrecision;
  /** The place page in the same language, e.g. `/ka/places/telavi-service-hub/`. */
  href: string;
}

/**
 * The browser-side view of the places, in the order given.
 *
 * @example toMapPlaces([{ id: 'iom-poti', data: poti }], 'en')[0]?.href // '/en/places/iom-poti/'
 */
export function toMapPlaces(entries: ReadonlyArray<{ id: string; data: Hub }>, locale: Locale): MapPlace[] {
  return entries.map(({ id, data }) => ({
    id,
    name: data.name[locale],
    type: data.type,
    status: data.status,
    town: data.town[locale],
    lat: data.location.lat,
    lon: data.location.lon,
    precision: data.location.precision,
    href: localizedPath(locale, 'places', id),
  }));
}
