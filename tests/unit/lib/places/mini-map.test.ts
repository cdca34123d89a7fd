import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { merge } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { miniMapFrame, outlinePath, project, simplify } from '~/lib/places/mini-map';

const georgiaBox = { west: 40.0, east: 46.74, south: 41.05, north: 43.59 };

describe('miniMapFrame', () => {
  it('keeps Georgia’s proportions: about twice as wide as high at its latitude', () => {
    const frame = miniMapFrame(georgiaBox, 320);
    expect(frame.width).toBe(320);
    expect(frame.height).toBeGreaterThan(150);
    expect(frame.height).toBeLessThan(180);
  });
});

describe('project', () => {
  const frame = { west: 40, east: 48, south: 40, north: 44, width: 200, height: 100 };
  it('puts north-west at the top left and south-east at the bottom right', () => {
    expect(project(frame, { lat: 44, lon: 40 })).toEqual({ x: 0, y: 0 });
    expect(project(frame, { lat: 40, lon: 48 })).toEqual({ x: 200, y: 100 });
    expect(project(frame, { lat: 42, lon: 44 })).toEqual({ x: 100, y: 50 });
  });
});

describe('simplify', () => {
  it('drops points that lie (almost) on the line and keeps corners', () => {
    const line = [[0, 0], [5, 0.2], [10, 0], [10, 10]];
    expect(simplify(line, 0.5)).toEqual([[0, 0], [10, 0], [10, 10]]);
    expect(simplify(line, 0.1)).toEqual(line);
  });
});

describe('outlinePath', () => {
  it('draws a square as one closed path with relative moves', () => {
    const frame = { west: 0, east: 10, south: 0, north: 10, width: 10, height: 10 };
    const square = { type: 'Polygon' as const, coordinates: [[[1, 1], [9, 1], [9, 9], [1, 9], [1, 1]]] };
    expect(outlinePath(square, frame)).toBe('M1 9l8 0l0-8l-8 0l0 8z');
  });

  it('leaves out specks smaller than the minimum area', () => {
    const frame = { west: 0, east: 100, south: 0, north: 100, width: 100, height: 100 };
    const speck = { type: 'Polygon' as const, coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] };
    expect(outlinePath(speck, frame)).toBe('');
  });

  it('keeps Georgia’s outline from the shipped basemap under 3 KB', () => {
    const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;
    const regions = topology.objects['regions'];
    if (regions?.type !== 'GeometryCollection') throw new Error('basemap has no regions');
    const d = outlinePath(merge(topology, regions.geometries as never), miniMapFrame(georgiaBox, 320));
    expect(d).toMatch(/^M\d+ \d+l/);
    expect(d.length).toBeLessThan(3000);
  });
});
