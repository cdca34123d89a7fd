import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LatLon } from './distance';

/**
 * Which region of Georgia a point lies in, from the region outlines the site
 * ships in its basemap. The content check uses it to catch a place whose
 * coordinates were copied from a town in another region.
 */

/** A region outline: its ISO 3166-2 code and its (multi)polygon, [longitude, latitude]. */
export interface RegionOutline {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * How far outside its region's outline a point may lie and still count as
 * inside: the basemap is simplified, so a border town or a seaside point can fall
 * a kilometre or two outside the drawn line.
 */
export const REGION_TOLERANCE_KM = 5;

const KM_PER_DEGREE = 111.32;

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Even-odd ray casting on one ring. */
function inRing(point: LatLon, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * True when the point lies inside the outline (holes excluded).
 *
 * @example containsPoint(kakheti.geometry, { lat: 41.92, lon: 45.47 }) // true (Telavi)
 */
export function containsPoint(geometry: Polygon | MultiPolygon, point: LatLon): boolean {
  return polygonsOf(geometry).some(([outer = [], ...holes]) => inRing(point, outer) && !holes.some((hole) => inRing(point, hole)));
}

/**
 * Distance in km from a point to the nearest edge of the outline (0 inside it),
 * on a local flat approximation: good to a few metres at Georgia's size.
 */
export function distanceToOutlineKm(geometry: Polygon | MultiPolygon, point: LatLon): number {
  if (containsPoint(geometry, point)) return 0;
  const kx = KM_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? [];
        const [bx = 0, by = 0] = ring[i] ?? [];
        // Project onto the segment in km.
        const ux = (bx - ax) * kx;
        const uy = (by - ay) * ky;
        const px = (point.lon - ax) * kx;
        const py = (point.lat - ay) * ky;
        const length2 = ux * ux + uy * uy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * ux + py * uy) / length2));
        best = Math.min(best, Math.hypot(px - t * ux, py - t * uy));
      }
    }
  }
  return best;
}

/** Where a point lies compared with the region its content file declares. */
export type RegionCheck =
  | { ok: true }
  | { ok: false; actual: string | undefined; distanceKm: number };

/**
 * Checks a place's point against its declared region: inside, or within the
 * tolerance of its outline. Otherwise says which region the point is in
 * (`undefined` when it is in none: at sea or abroad) and how far off it is.
 *
 * @example checkPointInRegion({ lat: 42.25, lon: 42.7 }, 'GE-KA', outlines) // { ok: false, actual: 'GE-IM', distanceKm: … }
 */
export function checkPointInRegion(point: LatLon, declared: string, outlines: readonly RegionOutline[], toleranceKm = REGION_TOLERANCE_KM): RegionCheck {
  const own = outlines.find((o) => o.code === declared);
  const distance = own ? distanceToOutlineKm(own.geometry, point) : Infinity;
  if (distance <= toleranceKm) return { ok: true };
  return { ok: false, actual: outlines.find((o) => containsPoint(o.geometry, point))?.code, distanceKm: distance };
}
