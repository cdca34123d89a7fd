import type { Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routes';
import type { Body, Place } from '../content/schemas';
import type { LocationPrecision, PlaceStatus, PlaceType } from '../content/vocabulary';
import { displayUrl, telHref } from '../format/contact';
import { type Translate, confirmationNote } from './confirmation';
import { contactPath, firstContact } from './contact-path';

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
  /** How current the status is, as the place page says it ("as of …" or "call before you go"). */
  note: string;
  /** True when the status is over 18 months old or undated: the finder ranks it after fresher places. */
  stale: boolean;
  /**
   * The first way to make contact: a number to call (with how current it is),
   * else a website, and whose it is when not the place's own.
   */
  contact?: { href: string; text: string; note?: string; whose?: string };
  town: string;
  lat: number;
  lon: number;
  precision: LocationPrecision;
  /** The place page in the same language, e.g. `/ka/places/telavi-service-hub/`. */
  href: string;
}

/** What the browser-side view needs besides the places. */
export interface MapPlaceContext {
  bodies: ReadonlyMap<string, Body>;
  /** The build's time: how old a confirmation is depends on it. */
  now: Date;
  t: Translate;
}

/**
 * The browser-side view of the places, in the order given.
 *
 * @example toMapPlaces([{ id: 'iom-poti', data: poti }], 'en', context)[0]?.href // '/en/places/iom-poti/'
 */
export function toMapPlaces(entries: ReadonlyArray<{ id: string; data: Place }>, locale: Locale, { bodies, now, t }: MapPlaceContext): MapPlace[] {
  return entries.map(({ id, data }) => {
    const note = confirmationNote(data.confirmed, locale, now, t);
    const first = firstContact(data, contactPath(data, bodies));
    const whose = first?.bodyId ? bodies.get(first.bodyId)?.name[locale] : undefined;
    const contact =
      first &&
      (first.kind === 'phone'
        ? {
            href: telHref(first.number),
            text: first.number.replaceAll(' ', '\u00a0'),
            note: confirmationNote(first.confirmed, locale, now, t, 'phone').text,
          }
        : { href: first.url, text: displayUrl(first.url) });
    return {
      id,
      name: data.name[locale],
      type: data.type,
      status: data.status,
      note: note.text,
      stale: note.stale,
      ...(contact && { contact: { ...contact, ...(whose && { whose }) } }),
      town: data.town[locale],
      lat: data.location.lat,
      lon: data.location.lon,
      precision: data.location.precision,
      href: localizedPath(locale, 'places', id),
    };
  });
}
