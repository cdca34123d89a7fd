import { describe, expect, it } from 'vitest';
import { type Box, boxAt, boxInside, boxesIntersect, placeLabels } from '~/lib/geo/label-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const frame = box(0, 0, 400, 300);

describe('boxesIntersect', () => {
  it('is true for overlapping boxes, either way round, and for one inside the other', () => {
    expect(boxesIntersect(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(boxesIntersect(box(5, 5, 15, 15), box(0, 0, 10, 10))).toBe(true);
    expect(boxesIntersect(box(0, 0, 100, 100), box(40, 40, 50, 50))).toBe(true);
  });

  it('is false for boxes apart or only touching at an edge', () => {
    expect(boxesIntersect(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesIntersect(box(0, 0, 10, 10), box(0, 11, 10, 20))).toBe(false);
    expect(boxesIntersect(box(0, 0, 10, 10), box(20, 20, 30, 30))).toBe(false);
  });

  it('counts boxes closer than the gap as overlapping', () => {
    expect(boxesIntersect(box(0, 0, 10, 10), box(12, 0, 20, 10), 3)).toBe(true);
    expect(boxesIntersect(box(0, 0, 10, 10), box(13, 0, 20, 10), 3)).toBe(false);
  });
});

describe('boxInside', () => {
  it('holds for a box within the frame, edges included, and not for one sticking out', () => {
    expect(boxInside(box(0, 0, 400, 300), frame)).toBe(true);
    expect(boxInside(box(390, 10, 401, 20), frame)).toBe(false);
    expect(boxInside(box(-1, 10, 20, 20), frame)).toBe(false);
  });
});

describe('boxAt', () => {
  it('centres a box on its point, or puts it beside the point with a shift', () => {
    expect(boxAt(100, 50, 40, 10, { anchorX: 0.5, anchorY: 0.5 })).toEqual(box(80, 45, 120, 55));
    expect(boxAt(100, 50, 40, 10, { anchorX: 0, anchorY: 0.5, dx: 6 })).toEqual(box(106, 45, 146, 55));
    expect(boxAt(100, 50, 40, 10, { anchorX: 1, anchorY: 0.5, dx: -6 })).toEqual(box(54, 45, 94, 55));
  });
});

describe('placeLabels', () => {
  it('shows labels that do not meet, each at its first candidate', () => {
    expect(placeLabels([[box(10, 10, 50, 20)], [box(100, 10, 150, 20)]], [], frame)).toEqual([0, 0]);
  });

  it('hides the later of two overlapping labels: the first one given wins', () => {
    // "Samegrelo-Zemo Svaneti" drawn over "Racha-Lechkhumi": only one stays.
    expect(placeLabels([[box(10, 10, 150, 24)], [box(120, 16, 230, 30)]], [], frame)).toEqual([0, -1]);
  });

  it('moves a label to its next candidate when the first collides', () => {
    const right = box(106, 45, 146, 55);
    const left = box(54, 45, 94, 55);
    expect(placeLabels([[box(110, 40, 200, 60)], [right, left]], [], frame)).toEqual([0, 1]);
  });

  it('never puts a label on a marker, whatever its importance', () => {
    const marker = box(87, 37, 113, 63);
    expect(placeLabels([[boxAt(100, 50, 60, 14, { anchorX: 0.5, anchorY: 0.5 })]], [marker], frame)).toEqual([-1]);
    expect(placeLabels([[box(116, 43, 160, 57)]], [marker], frame)).toEqual([0]);
  });

  it('keeps the gap from markers and labels', () => {
    const marker = box(0, 0, 26, 26);
    expect(placeLabels([[box(27, 0, 60, 12)]], [marker], frame, 2)).toEqual([-1]);
    expect(placeLabels([[box(28, 0, 60, 12)]], [marker], frame, 2)).toEqual([0]);
  });

  it('hides a label that would stick out of the frame (cut off at the map edge)', () => {
    expect(placeLabels([[box(380, 10, 420, 20)], [box(-5, 10, 30, 20), box(0, 10, 35, 20)]], [], frame)).toEqual([-1, 1]);
  });

  it('a hidden label does not push later labels away', () => {
    const marker = box(0, 0, 50, 50);
    expect(placeLabels([[box(10, 10, 80, 20)], [box(60, 10, 120, 20)]], [marker], frame)).toEqual([-1, 0]);
  });

  it('no two placed labels intersect, and none meets an obstacle, over many random labels', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 380;
    const labels = Array.from({ length: 200 }, () => {
      const [x, y] = [next(), next() * 0.75];
      return [boxAt(x, y, 60, 14, { anchorX: 0, anchorY: 0.5, dx: 6 }), boxAt(x, y, 60, 14, { anchorX: 1, anchorY: 0.5, dx: -6 })];
    });
    const obstacles = Array.from({ length: 20 }, () => boxAt(next(), next() * 0.75, 26, 26, { anchorX: 0.5, anchorY: 0.5 }));
    const choices = placeLabels(labels, obstacles, frame);
    const shown = choices.flatMap((c, i) => (c < 0 ? [] : [labels[i]?.[c] as Box]));
    expect(shown.length).toBeGreaterThan(5);
    for (const [i, a] of shown.entries()) {
      expect(boxInside(a, frame)).toBe(true);
      for (const o of obstacles) expect(boxesIntersect(a, o)).toBe(false);
      for (const b of shown.slice(i + 1)) expect(boxesIntersect(a, b)).toBe(false);
    }
  });
});
