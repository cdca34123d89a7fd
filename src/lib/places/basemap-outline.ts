import type { MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { basemapTopologyFile, readBasemapTopology } from '../geo/basemap-file';
import { type MiniMapFrame, miniMapFrame, outlinePath } from './mini-map';

/** The mini map's drawing: frame, Georgia's outline and each region's outline by ISO code. */
export interface MiniMapBase {
  frame: MiniMapFrame;
  outline: string;
  regions: ReadonlyMap<string, string>;
}

let cached: MiniMapBase | undefined;

/**
 * Reads the shipped basemap (public/data/basemap.topo.json) once per build and
 * draws the outlines for the place pages' mini maps. Build time only: it reads
 * from disk relative to the project root.
 */
export function loadMiniMapBase(width = 320): MiniMapBase {
  if (cached) return cached;
  const topology = readBasemapTopology();
  const regions = topology.objects['regions'] as GeometryCollection<{ code: string }> | undefined;
  if (!regions) throw new Error(`${basemapTopologyFile} has no "regions" object`);
  const georgia = merge(topology, regions.geometries as never) as MultiPolygon;
  const frame = miniMapFrame(bounds(georgia), width);
  const byCode = new Map<string, string>();
  for (const f of feature(topology, regions).features) {
    byCode.set(f.properties.code, outlinePath(f.geometry as Polygon | MultiPolygon, frame));
  }
  cached = { frame, outline: outlinePath(georgia, frame), regions: byCode };
  return cached;
}

/** The west/east/south/north bounds of a multipolygon. */
function bounds(geometry: MultiPolygon) {
  const box = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const polygon of geometry.coordinates) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}
