/**
 * Leaflet, also set as the global `L` that leaflet.markercluster reads when it
 * runs. Imported statically before markercluster (modules run in import
 * order), so both come in the map's own chunk instead of two downloads that
 * waited for each other.
 */
import type * as Leaflet from 'leaflet';
import * as LeafletModule from 'leaflet';

/** Leaflet is CommonJS: its API is the default export once bundled. */
const L = ((LeafletModule as unknown as { default?: typeof Leaflet }).default ?? LeafletModule) as typeof Leaflet;
(globalThis as unknown as { L: typeof Leaflet }).L = L;

export default L;
