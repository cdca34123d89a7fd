import { type Distanced, type LatLon, nearest } from '../geo/distance';
import type { PlaceStatus } from '../content/vocabulary';
import type { Place } from '../content/schemas';
import { isStale } from '../content/confirmed-date';

/** How many places the finder suggests. */
export const NEAREST_COUNT = 3;

/**
 * How much further away a place whose status is stale (over 18 months old or
 * undated) counts when places are ranked: a freshly confirmed place at a similar
 * distance comes first, while a stale one next door still beats a fresh one far away.
 */
export const STALE_RANK_PENALTY_KM = 15;

/** What ranking needs to know of a place. */
export type RankedPlace = LatLon & { status: PlaceStatus; stale?: boolean };

/**
 * The `count` places nearest to `from` that receive visitors now (status
 * `open`), with the straight-line distance in km. Planned and closed places are
 * never suggested: a returnee must not travel to a door that is not open. A
 * stale place ranks as if 15 km further away (the distance shown stays true).
 *
 * @example nearestOpen({ lat: 41.92, lon: 45.47 }, places)[0]?.item.id // the freshest place near Telavi
 */
export function nearestOpen<T extends RankedPlace>(from: LatLon, places: readonly T[], count: number = NEAREST_COUNT): Array<Distanced<T>> {
  return nearest(
    from,
    places.filter((p) => p.status === 'open'),
    count,
    (p) => (p.stale ? STALE_RANK_PENALTY_KM : 0),
  );
}

/**
 * The open place to send a visitor to from a place that is planned or closed,
 * ranked as the finder ranks (stale places count as further away).
 */
export function nearestOpenTo<T extends { id: string; data: Pick<Place, 'location' | 'status' | 'confirmed'> }>(
  place: T,
  places: readonly T[],
  now: Date,
): T | undefined {
  const candidates = places
    .filter((p) => p.id !== place.id)
    .map((entry) => ({ entry, ...entry.data.location, status: entry.data.status, stale: isStale(entry.data.confirmed, now) }));
  return nearestOpen(place.data.location, candidates, 1)[0]?.item.entry;
}
