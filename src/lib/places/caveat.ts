import type { Locale } from '../../i18n/locales';
import type { Place } from '../content/schemas';
import { type Translate, confirmationNote } from './confirmation';

/**
 * The caveat that travels with a place wherever its facts go (page, JSON-LD,
 * open data, contact card, print): how current its status is and, where the
 * point is only the town centre, that it is not the building.
 *
 * @example placeCaveat(akhmetaHub, 'en', new Date('2026-12-02'), t)
 * // 'Status “Open”, last confirmed 2024: call before you go. The map point is the town centre, not the building.'
 */
export function placeCaveat(place: Pick<Place, 'status' | 'confirmed' | 'location'>, locale: Locale, now: Date, t: Translate): string {
  const note = confirmationNote(place.confirmed, locale, now, t);
  const status = t('caveat.status', { status: t(`placeStatus.${place.status}`), note: note.text });
  return place.location.precision === 'town-centre' ? `${status} ${t('caveat.townCentre')}` : status;
}
