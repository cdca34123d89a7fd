import { describe, expect, it } from 'vitest';
import { labelPoint } from '~/lib/geo/label-point';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('labelPoint', () => {
  it('is the centroid of a polygon, ignoring its holes', () => {
    expect(labelPoint({ type: 'Polygon', coordinates: [square(40, 41, 2), square(40.5, 41.5, 0.5)] })).toEqual({ lat: 42, lon: 41 });
  });

  it('uses the largest part of a multipolygon, so a small island does not pull the label away', () => {
    const point = labelPoint({ type: 'MultiPolygon', coordinates: [[square(39, 41, 0.1)], [square(44, 41, 1)]] });
    expect(point.lon).toBeCloseTo(44.5, 9);
    expect(point.lat).toBeCloseTo(41.5, 9);
  });
});
