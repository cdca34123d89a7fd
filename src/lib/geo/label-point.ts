import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LatLon } from './distance';

/** Twice the signed area and the centroid of a closed ring (shoelace formula, planar lon/lat). */
function ringCentroid(ring: readonly Position[]): { area: number; lat: number; lon: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area === 0) {
    const [x = 0, y = 0] = ring[0] ?? [];
    return { area: 0, lat: y, lon: x };
  }
  return { area: Math.abs(area), lat: cy / (3 * area), lon: cx / (3 * area) };
}

/**
 * Where to put a region's name: the centroid of the outer ring of its largest
 * polygon, so a coastline island or an exclave never pulls the label off the region.
 *
 * @example labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }) // { lat: 1, lon: 1 }
 */
export function labelPoint(geometry: Polygon | MultiPolygon): LatLon {
  const outerRings = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  let best = { area: -1, lat: 0, lon: 0 };
  for (const ring of outerRings) {
    const c = ringCentroid(ring);
    if (c.area > best.area) best = c;
  }
  return { lat: best.lat, lon: best.lon };
}
