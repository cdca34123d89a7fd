import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LatLon } from '../geo/distance';

/**
 * A small static map for a place page: Georgia's outline (and optionally one
 * region) as SVG paths with the place as a dot, computed at build time so the
 * page needs no script, tiles or other host. Coordinates are rounded to a
 * 1-unit grid and simplified, so the outline costs a few kilobytes.
 */

/** Where the drawing sits on the Earth and how big it is in SVG units. */
export interface MiniMapFrame {
  west: number;
  east: number;
  south: number;
  north: number;
  width: number;
  height: number;
}

/**
 * A frame around a box of longitudes and latitudes, `width` units wide, with
 * the height from an equirectangular projection scaled by the cosine of the
 * middle latitude (so Georgia does not look stretched), plus a margin.
 */
export function miniMapFrame(
  box: { west: number; east: number; south: number; north: number },
  width: number,
  margin = 4,
): MiniMapFrame {
  const squeeze = Math.cos((((box.south + box.north) / 2) * Math.PI) / 180);
  const inner = width - 2 * margin;
  const scale = inner / ((box.east - box.west) * squeeze);
  const height = Math.round((box.north - box.south) * scale + 2 * margin);
  const padLon = margin / (scale * squeeze);
  const padLat = margin / scale;
  return {
    west: box.west - padLon,
    east: box.east + padLon,
    south: box.south - padLat,
    north: box.north + padLat,
    width,
    height,
  };
}

/**
 * A longitude/latitude as SVG x/y in the frame (y grows downwards), to one decimal.
 *
 * @example project({ west: 40, east: 47, south: 41, north: 44, width: 100, height: 50 }, { lat: 44, lon: 40 }) // { x: 0, y: 0 }
 */
export function project(frame: MiniMapFrame, { lat, lon }: LatLon): { x: number; y: number } {
  const x = ((lon - frame.west) / (frame.east - frame.west)) * frame.width;
  const y = ((frame.north - lat) / (frame.north - frame.south)) * frame.height;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** Squared distance from point p to the segment a–b. */
function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker simplification of a polyline: drops points closer than
 * `tolerance` to the line through their neighbours. Keeps the first and last point.
 */
export function simplify(points: number[][], tolerance: number): number[][] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const tolerance2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    let farthest = -1;
    let max = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i] ?? [], points[first] ?? [], points[last] ?? []);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Twice the signed area of a ring in projected units (for dropping specks). */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

/**
 * An SVG path (`d`) for the outer rings of a polygon or multipolygon in the
 * frame: integer relative moves, simplified to `tolerance` units, with holes
 * and pieces smaller than `minArea` square units left out (invisible at this size).
 */
export function outlinePath(geometry: Polygon | MultiPolygon, frame: MiniMapFrame, tolerance = 0.6, minArea = 4): string {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const projected = outer.map(([lon = 0, lat = 0]) => {
      const { x, y } = project(frame, { lat, lon });
      return [x, y];
    });
    if (ringArea(projected) < minArea) continue;
    const ring = simplify(projected, tolerance).map(([x = 0, y = 0]) => [Math.round(x), Math.round(y)]);
    let path = '';
    let [px, py] = [0, 0];
    ring.forEach(([x = 0, y = 0], i) => {
      if (i === 0) path += `M${x} ${y}`;
      else if (x !== px || y !== py) path += `l${x - px} ${y - py}`;
      [px, py] = [x, y];
    });
    parts.push(`${path}z`);
  }
  return parts.join('').replace(/ -/g, '-');
}
