import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { labelPoint } from './label-point';

/**
 * The interactive map's basemap drawn once, at build time, as one SVG in the
 * map's own projection: the browser shows it as a Leaflet SVG overlay instead of
 * decoding TopoJSON and projecting thousands of points on the visitor's phone.
 */

/**
 * The drawing's zoom: one SVG unit is one screen pixel at Leaflet zoom 12 (about
 * 28 m in Georgia), the basemap's closest zoom; its lines are generalised at 100 m.
 */
const UNIT_ZOOM = 12;

type RegionProps = { code: string; name_ka: string; name_en: string };

/** South-west and north-east corners, as Leaflet's `latLngBounds` takes them. */
export type LatLngBox = [[number, number], [number, number]];

export interface BasemapDrawing {
  svg: string;
  /** Where the SVG's edges lie on the Earth (its viewBox exactly). */
  bounds: LatLngBox;
  /** Where each region's name goes. */
  regionLabels: Array<{ code: string; lat: number; lon: number; ka: string; en: string }>;
}

/**
 * Longitude/latitude as Leaflet's default projection (EPSG:3857) places them in
 * pixels at `zoom`: what `map.project([lat, lon], zoom)` returns.
 *
 * @example webMercator(0, 0, 0) // [128, 128]
 */
export function webMercator(lon: number, lat: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [size * (lon / 360 + 0.5), size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

/** The inverse of `webMercator`: pixels at `zoom` back to `[lon, lat]`. */
export function inverseWebMercator(x: number, y: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const lon = (x / size - 0.5) * 360;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / size) * 2 * Math.PI)) - Math.PI / 2) * (180 / Math.PI);
  return [lon, lat];
}

/**
 * SVG path data for lines or rings of `[lon, lat]` points: absolute start, then
 * relative steps in whole units, points that round onto the previous one dropped.
 */
export function pathData(lines: readonly (readonly Position[])[], closed: boolean): string {
  let d = '';
  for (const line of lines) {
    let previous: [number, number] | undefined;
    let steps = '';
    for (const [lon = 0, lat = 0] of line) {
      const [px, py] = webMercator(lon, lat, UNIT_ZOOM);
      const point: [number, number] = [Math.round(px), Math.round(py)];
      if (!previous) d += `M${point[0]} ${point[1]}`;
      else if (point[0] !== previous[0] || point[1] !== previous[1]) steps += ` ${point[0] - previous[0]} ${point[1] - previous[1]}`;
      previous = point;
    }
    if (steps) d += `l${steps.slice(1)}`;
    if (closed) d += 'z';
  }
  return d;
}

const rings = (geometry: Polygon | MultiPolygon): Position[][] => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());

/** One path per area, so each area's holes stay holes (even-odd) without cutting into its neighbours. */
const areas = (features: ReadonlyArray<Feature<Polygon | MultiPolygon>>, attributes: string): string =>
  features.map((f) => `<path ${attributes} d="${pathData(rings(f.geometry), true)}"/>`.replace('  ', ' ')).join('');

/**
 * Draws the basemap TopoJSON (objects `regions` and `neighbours`): neighbouring
 * countries grey, regions filled, borders between regions dashed, Georgia's
 * outline solid. Strokes keep their width at every zoom (`non-scaling-stroke`);
 * colours are attributes, not styles, so a strict Content-Security-Policy allows them.
 */
export function basemapSvg(topology: Topology): BasemapDrawing {
  const regionsObject = topology.objects['regions'] as GeometryCollection<RegionProps> | undefined;
  const neighboursObject = topology.objects['neighbours'] as GeometryCollection | undefined;
  if (!regionsObject || !neighboursObject) throw new Error('basemap TopoJSON needs the objects "regions" and "neighbours"');
  const regions = feature(topology, regionsObject).features as Array<Feature<Polygon | MultiPolygon, RegionProps>>;
  const neighbours = feature(topology, neighboursObject).features as Array<Feature<Polygon | MultiPolygon>>;
  const inner = mesh(topology, regionsObject, (a, b) => a !== b) as MultiLineString;
  const outline = mesh(topology, regionsObject, (a, b) => a === b) as MultiLineString;

  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of [...regions, ...neighbours].flatMap((f) => rings(f.geometry))) {
    for (const [lon = 0, lat = 0] of ring) {
      const [x, y] = webMercator(lon, lat, UNIT_ZOOM);
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  [minX, minY, maxX, maxY] = [Math.floor(minX) - 1, Math.floor(minY) - 1, Math.ceil(maxX) + 1, Math.ceil(maxY) + 1];
  const [west, north] = inverseWebMercator(minX, minY, UNIT_ZOOM);
  const [east, south] = inverseWebMercator(maxX, maxY, UNIT_ZOOM);

  const stroke = 'vector-effect="non-scaling-stroke" stroke-linejoin="round"';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${maxX - minX} ${maxY - minY}" preserveAspectRatio="none">`,
    `<g fill="#e4e6e8" fill-rule="evenodd" stroke="#b4b9bf" stroke-width="1">${areas(neighbours, stroke)}</g>`,
    `<g fill="#fbf7ea" fill-rule="evenodd">${areas(regions, '')}</g>`,
    `<path fill="none" stroke="#7d8996" stroke-width="1" stroke-dasharray="4 3" ${stroke} d="${pathData(inner.coordinates, false)}"/>`,
    `<path fill="none" stroke="#4a5560" stroke-width="1.5" ${stroke} d="${pathData(outline.coordinates, false)}"/>`,
    '</svg>',
  ].join('\n');

  const regionLabels = regions.map((f) => {
    const at = labelPoint(f.geometry);
    return { code: f.properties.code, lat: at.lat, lon: at.lon, ka: f.properties.name_ka, en: f.properties.name_en };
  });
  return { svg, bounds: [[south, west], [north, east]], regionLabels };
}
