import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basemapSvg, inverseWebMercator, pathData, webMercator } from '~/lib/geo/basemap-svg';

const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;

describe('webMercator', () => {
  it('puts points where Leaflet (EPSG:3857, 256-pixel tiles) does', () => {
    expect(webMercator(0, 0, 0)).toEqual([128, 128]);
    expect(webMercator(180, 0, 1)).toEqual([512, 256]);
    // Tbilisi against the slippy-map tile formula (OpenStreetMap wiki), written the other way:
    // x = 2^z (lon + 180) / 360, y = 2^z (1 - asinh(tan(lat)) / π) / 2, in tiles of 256 pixels.
    const lat = (41.7151 * Math.PI) / 180;
    const [x, y] = webMercator(44.8271, 41.7151, 7);
    expect(x / 256).toBeCloseTo((128 * (44.8271 + 180)) / 360, 9);
    expect(y / 256).toBeCloseTo((128 * (1 - Math.asinh(Math.tan(lat)) / Math.PI)) / 2, 9);
    expect([Math.floor(x / 256), Math.floor(y / 256)]).toEqual([79, 47]);
  });

  it('is undone by inverseWebMercator', () => {
    const [x, y] = webMercator(41.6367, 41.6168, 12);
    const [lon, lat] = inverseWebMercator(x, y, 12);
    expect(lon).toBeCloseTo(41.6367, 9);
    expect(lat).toBeCloseTo(41.6168, 9);
  });
});

describe('pathData', () => {
  it('starts absolute, steps relative, drops points that round onto the previous one, closes rings', () => {
    const [x0, y0] = webMercator(44, 42, 12).map(Math.round) as [number, number];
    const d = pathData([[[44, 42], [44, 42.0000001], [44.01, 42]]], true);
    const [x1] = webMercator(44.01, 42, 12).map(Math.round) as [number, number];
    expect(d).toBe(`M${x0} ${y0}l${x1 - x0} 0z`);
    expect(pathData([[[44, 42], [44.01, 42]]], false).endsWith('z')).toBe(false);
  });
});

describe('basemapSvg', () => {
  const drawing = basemapSvg(topology);

  it('draws every region and neighbour as its own area, with the borders on top', () => {
    const regionCount = (topology.objects['regions'] as { geometries: unknown[] }).geometries.length;
    const neighbourCount = (topology.objects['neighbours'] as { geometries: unknown[] }).geometries.length;
    expect(drawing.svg.match(/<path /g)?.length).toBe(regionCount + neighbourCount + 2);
    expect(drawing.svg.indexOf('stroke-dasharray')).toBeGreaterThan(drawing.svg.indexOf('#fbf7ea'));
  });

  it('has a viewBox that is exactly its bounds in the map projection', () => {
    const [minX, minY, width, height] = (drawing.svg.match(/viewBox="([^"]+)"/)?.[1] ?? '').split(' ').map(Number) as number[];
    const [[south, west], [north, east]] = drawing.bounds;
    const [x0, y0] = webMercator(west, north, 12);
    const [x1, y1] = webMercator(east, south, 12);
    expect(x0).toBeCloseTo(minX ?? NaN, 6);
    expect(y0).toBeCloseTo(minY ?? NaN, 6);
    expect(x1 - x0).toBeCloseTo(width ?? NaN, 6);
    expect(y1 - y0).toBeCloseTo(height ?? NaN, 6);
  });

  it('needs no inline style (a strict CSP allows it) and is no bigger to send than the TopoJSON', () => {
    expect(drawing.svg).not.toMatch(/style=|<script/);
    const topoJson = readFileSync('public/data/basemap.topo.json');
    expect(brotliCompressSync(drawing.svg).length).toBeLessThanOrEqual(brotliCompressSync(topoJson).length);
  });

  it('places each region name inside the drawing, in both languages', () => {
    const [[south, west], [north, east]] = drawing.bounds;
    expect(drawing.regionLabels).toHaveLength((topology.objects['regions'] as { geometries: unknown[] }).geometries.length);
    for (const label of drawing.regionLabels) {
      expect(label.ka).toMatch(/[\u10D0-\u10FF]/);
      expect(label.en).toMatch(/^[A-Z]/);
      expect(label.lat).toBeGreaterThan(south);
      expect(label.lat).toBeLessThan(north);
      expect(label.lon).toBeGreaterThan(west);
      expect(label.lon).toBeLessThan(east);
    }
  });
});
