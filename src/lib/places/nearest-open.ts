import { type Distanced, type LatLon, nearest } from '../geo/distance';
import type { PlaceStatus } from '../content/vocabulary';

/** How many places the finder suggests. */
export const NEAREST_COUNT = 3;

/**
 * The `count` nearest places that receive visitors now (status `open`), nearest
 * first, with the straight-line distance in km. Planned places are never
 * suggested: a returnee must not travel to a door that is not open yet.
 *
 * @example nearestOpen({ lat: 41.92, lon: 42.0 }, places)[0]?.item.id // 'batumi-service-hub'
 */
export function nearestOpen<T extends LatLon & { status: PlaceStatus }>(
  from: LatLon,
  places: readonly T[],
  count: number = NEAREST_COUNT,
): Array<Distanced<T>> {
  return nearest(
    from,
    places.filter((p) => p.status === 'open'),
    count,
  );
}
