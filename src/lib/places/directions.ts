import type { LatLon } from '../geo/distance';

/**
 * Deep links that open a route planner with a place as the destination. The
 * start is left empty so the visitor's own map app asks for it (or uses their
 * location on their device): our site never learns where they are.
 */

/** Coordinates as `lat,lon` with at most 6 decimals (≈ 0.1 m), the form both planners accept. */
export function coordinatePair({ lat, lon }: LatLon): string {
  return `${round6(lat)},${round6(lon)}`;
}

/**
 * Directions on OpenStreetMap to a point; the visitor picks the start.
 *
 * @example osmDirectionsUrl({ lat: 41.9192, lon: 45.4731 })
 * // 'https://www.openstreetmap.org/directions?route=%3B41.9192%2C45.4731#map=14/41.9192/45.4731'
 */
export function osmDirectionsUrl(to: LatLon): string {
  const params = new URLSearchParams({ route: `;${coordinatePair(to)}` });
  return `https://www.openstreetmap.org/directions?${params}#map=14/${round6(to.lat)}/${round6(to.lon)}`;
}

/**
 * Directions on Google Maps (its documented "Maps URLs" form) to a point; the
 * app or site uses the visitor's location as the start only if they allow it.
 *
 * @example googleDirectionsUrl({ lat: 41.9192, lon: 45.4731 })
 * // 'https://www.google.com/maps/dir/?api=1&destination=41.9192%2C45.4731'
 */
export function googleDirectionsUrl(to: LatLon): string {
  const params = new URLSearchParams({ api: '1', destination: coordinatePair(to) });
  return `https://www.google.com/maps/dir/?${params}`;
}

/** A number rounded to 6 decimals without trailing zeros or exponent notation. */
function round6(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
