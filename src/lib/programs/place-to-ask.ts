import type { PlaceStatus } from '../content/vocabulary';
import type { LatLon } from '../geo/distance';
import { nearestOpen } from '../places/nearest-open';

/**
 * "Where can I ask?": the open places nearest to a visitor of the "What help
 * can I get?" check, from the town they typed or, failing that, their region;
 * and, on a program's page, the places its sources name for that program.
 */

/** What the finder needs to know about a place. */
export interface AskablePlace extends LatLon {
  id: string;
  /** Region id from content/regions.yaml. */
  region: string;
  /** Only `open` places are suggested: a planned one cannot help yet. */
  status: PlaceStatus;
  /** A stale status ranks as if further away (see `nearestOpen`). */
  stale?: boolean;
}

/** A town of the gazetteer, as far as the finder needs it. */
export interface TownPoint extends LatLon {
  /** ISO 3166-2 code of the town's region, e.g. `GE-KA`. */
  region: string;
  /** True for a municipality seat. */
  seat: boolean;
}

/**
 * A point standing for a region when the visitor gave no town: the average
 * position of the region's municipality seats (the places people travel to).
 * Undefined when the gazetteer has no seat in that region.
 *
 * @example regionCentre('GE-KA', towns) // { lat: 41.8…, lon: 45.6… }
 */
export function regionCentre(regionIso: string, towns: readonly TownPoint[]): LatLon | undefined {
  const seats = towns.filter((t) => t.seat && t.region === regionIso);
  if (seats.length === 0) return undefined;
  return {
    lat: seats.reduce((sum, t) => sum + t.lat, 0) / seats.length,
    lon: seats.reduce((sum, t) => sum + t.lon, 0) / seats.length,
  };
}

/** Where the visitor is, as precisely as they said. */
export type VisitorWhere =
  | { kind: 'town'; point: LatLon }
  | { kind: 'region'; regionId: string; point: LatLon | undefined }
  | { kind: 'unknown' };

/** The places to suggest, nearest first. `km` is only given when measured from the visitor's own town. */
export interface PlaceSuggestion<P> {
  place: P;
  km: number | undefined;
}

/**
 * Up to `count` open places to ask, nearest first.
 *
 * - From a town: the nearest open places by straight-line distance, with the distance.
 * - From a region: the open places in that region first (ordered by distance from
 *   the region's centre when known), then the nearest others; no distance is
 *   shown, since the visitor may live anywhere in the region.
 * - Unknown: none (the page links to the full list of places instead).
 *
 * @example placesToAsk({ kind: 'town', point: telavi }, places, 1) // [{ place: telaviPlace, km: 0 }]
 */
export function placesToAsk<P extends AskablePlace>(
  where: VisitorWhere,
  places: readonly P[],
  count: number,
): Array<PlaceSuggestion<P>> {
  if (where.kind === 'unknown' || count <= 0) return [];
  if (where.kind === 'town') return nearestOpen(where.point, places, count).map(({ item, km }) => ({ place: item, km }));
  const open = places.filter((p) => p.status === 'open');
  const byDistance = where.point ? nearestOpen(where.point, open, open.length).map((d) => d.item) : open;
  const inRegion = byDistance.filter((p) => p.region === where.regionId);
  const elsewhere = where.point ? byDistance.filter((p) => p.region !== where.regionId) : [];
  return [...inRegion, ...elsewhere].slice(0, count).map((place) => ({ place, km: undefined }));
}

/**
 * The places to list under "Where to ask about it" on a program's page: only
 * those the program's file names (`ask.places`), because no source says that
 * every place on the site advises on every program. Open places come first, each
 * group in the file's order. An id with no place behind it is an editor's typo
 * and stops the build.
 *
 * @example placesToAskAbout(['livelihood-agency'], places) // [livelihoodAgency]
 * @example placesToAskAbout(undefined, places) // []
 */
export function placesToAskAbout<P extends { id: string; status: string }>(ids: readonly string[] | undefined, places: readonly P[]): P[] {
  const named = (ids ?? []).map((id) => {
    const place = places.find((p) => p.id === id);
    if (!place) throw new Error(`ask.places names "${id}", which is not a place: use a file name from content/places/ (without .yaml)`);
    return place;
  });
  return [...named.filter((p) => p.status === 'open'), ...named.filter((p) => p.status !== 'open')];
}
