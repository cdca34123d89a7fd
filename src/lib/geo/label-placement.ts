/**
 * Where a map's labels go without covering each other or a marker: plain
 * screen-pixel geometry, so the map (map-view.ts) only measures and applies.
 */

/** A screen rectangle in pixels (left < right, top < bottom), as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Whether two boxes overlap, or come closer than `gap` pixels. Boxes that only
 * touch (one's right edge is the other's left) do not overlap.
 *
 * @example boxesIntersect({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 }) // false
 */
export function boxesIntersect(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;
}

/**
 * A `width` × `height` box placed against the point (`x`, `y`): `anchorX` and
 * `anchorY` say which point of the box lies there (0 = left/top, 0.5 = centre,
 * 1 = right/bottom); `dx`, `dy` shift it further.
 *
 * @example boxAt(100, 50, 40, 10, { anchorX: 0.5, anchorY: 0.5 }) // { left: 80, top: 45, right: 120, bottom: 55 }
 */
export function boxAt(
  x: number,
  y: number,
  width: number,
  height: number,
  { anchorX, anchorY, dx = 0, dy = 0 }: { anchorX: number; anchorY: number; dx?: number; dy?: number },
): Box {
  const left = x - anchorX * width + dx;
  const top = y - anchorY * height + dy;
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Chooses, for each label in order of importance, the first of its candidate
 * boxes (e.g. right of its point, then left) that lies inside `frame`, keeps
 * `gap` pixels from every obstacle (markers, controls) and from every label
 * already placed. Returns each label's chosen candidate index, or -1 where
 * none fits: that label is hidden, so labels never cover each other or a marker.
 * Greedy, in the order given: O(labels² + labels × obstacles), a few hundred
 * comparisons for a map's dozens of labels.
 *
 * @example
 * placeLabels([[a], [b]], [], frame) // [0, -1] when a and b overlap: the first label wins
 */
export function placeLabels(labels: readonly (readonly Box[])[], obstacles: readonly Box[], frame: Box, gap = 2): number[] {
  const placed: Box[] = [];
  return labels.map((candidates) => {
    const choice = candidates.findIndex(
      (box) => boxInside(box, frame) && !obstacles.some((o) => boxesIntersect(box, o, gap)) && !placed.some((p) => boxesIntersect(box, p, gap)),
    );
    const chosen = candidates[choice];
    if (chosen) placed.push(chosen);
    return choice;
  });
}
