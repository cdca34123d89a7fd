/** A point on the Earth in decimal degrees (WGS84). */
export interface LatLon {
  /** Latitude, −90…90. */
  lat: number;
  /** Longitude, −180…180. */
  lon: number;
}

/** A place with its distance from the point it was measured from. */
export interface Distanced<T> {
  item: T;
  /** Great-circle distance in kilometres. */
  km: number;
}

/**
 * Mean Earth radius in km (IUGG R1). With it the haversine formula is within about 0.5 % of
 * the true (ellipsoidal) distance anywhere in Georgia.
 */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Straight-line ("as the crow flies") distance between two points in kilometres, by the
 * haversine formula on a sphere. Road distances are longer.
 *
 * @example distanceKm({ lat: 41.7225, lon: 44.7925 }, { lat: 41.6458, lon: 41.6417 }) // ≈ 261.8 (Tbilisi–Batumi)
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points; asin would return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/**
 * The `count` items closest to `from`, nearest first, each with its distance in km.
 * Items at equal distance keep their input order. Returns fewer items when the list is shorter
 * and none for a count of zero or less. `penaltyKm` ranks an item as if it were that much
 * further away; the distance returned stays true.
 *
 * @example nearest(myPosition, offices, 3) // → [{ item: office, km: 4.2 }, …]
 */
export function nearest<T extends LatLon>(
  from: LatLon,
  items: readonly T[],
  count: number,
  penaltyKm: (item: T) => number = () => 0,
): Array<Distanced<T>> {
  const limit = Math.max(0, Math.floor(count));
  if (limit === 0) return [];
  const rank = ({ item, km }: Distanced<T>) => km + penaltyKm(item);
  return items
    .map((item) => ({ item, km: distanceKm(from, item) }))
    .sort((x, y) => rank(x) - rank(y))
    .slice(0, limit);
}
