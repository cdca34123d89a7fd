import type * as Leaflet from 'leaflet';

/** True while the visitor asks for reduced motion (WCAG 2.3.3): read at each move, so a change applies at once. */
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Leaflet's animation options for a new map: with reduced motion, zooms, fades and drag inertia
 * jump instead of gliding (Leaflet reads these once, when the map is made).
 */
export function motionOptions(): Leaflet.MapOptions {
  const still = reducedMotion();
  return { zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still, inertia: !still };
}

/**
 * Makes every pan and move of `map` immediate while reduced motion is asked for. Leaflet has no
 * map-wide switch for these: keyboard pans, popups panning into view and `setView` glide by default.
 */
export function panWithoutMotion(map: Leaflet.Map): void {
  const panBy = map.panBy.bind(map);
  const setView = map.setView.bind(map);
  map.panBy = (offset, options) => panBy(offset, reducedMotion() ? { ...options, animate: false } : options);
  map.setView = (center, zoom, options) => setView(center, zoom, reducedMotion() ? { ...options, animate: false } : options);
}
