import type * as Leaflet from 'leaflet';
import * as LeafletModule from 'leaflet';

/** Leaflet 1.9 is CommonJS: once bundled, its API is the default export. */
const L = ((LeafletModule as unknown as { default?: typeof Leaflet }).default ?? LeafletModule) as typeof Leaflet;

export default L;
