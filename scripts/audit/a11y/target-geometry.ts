/**
 * WCAG 2.2 success criterion 2.5.8 Target Size (Minimum), as geometry: a target is at least
 * 24 × 24 CSS px, or a 24 px circle centred on it touches no other target and no other small
 * target's circle. Targets in a sentence (inline links) are exempt and never collected.
 */

/** One pointer target as the page laid it out (CSS px, page coordinates). */
export interface Target {
  /** A short description to find it: tag, id or classes, and its text. */
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of a target this one sits inside (a link wrapping a button), which it may overlap. */
  within?: number | undefined;
}

/** The minimum size of 2.5.8, and the circle's diameter. */
export const MIN_TARGET = 24;

const isSmall = (t: Target) => t.width < MIN_TARGET - 0.5 || t.height < MIN_TARGET - 0.5;
const centre = (t: Target) => ({ x: t.x + t.width / 2, y: t.y + t.height / 2 });

/** Distance from a point to a rectangle (0 inside it). */
function distanceToBox(point: { x: number; y: number }, box: Target): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The targets that fail 2.5.8, each with the reason.
 *
 * @example targetSizeProblems([{ name: 'a "Map"', x: 0, y: 0, width: 60, height: 21 }, { name: 'a "Route"', x: 0, y: 21, width: 60, height: 21 }])
 * // ['a "Map" is 60 × 21 px and its 24 px circle overlaps a "Route"', …]
 */
export function targetSizeProblems(targets: readonly Target[]): string[] {
  const problems: string[] = [];
  targets.forEach((target, i) => {
    if (!isSmall(target)) return;
    const c = centre(target);
    const related = (j: number) => target.within === j || targets[j]?.within === i;
    const clash = targets.findIndex((other, j) => {
      if (j === i || related(j)) return false;
      if (isSmall(other)) {
        const o = centre(other);
        return Math.hypot(o.x - c.x, o.y - c.y) < MIN_TARGET - 0.01;
      }
      return distanceToBox(c, other) < MIN_TARGET / 2 - 0.01;
    });
    if (clash >= 0) {
      const size = `${Math.round(target.width)} × ${Math.round(target.height)} px`;
      problems.push(`${target.name} is ${size} and its ${MIN_TARGET} px circle overlaps ${targets[clash]?.name ?? 'another target'}`);
    }
  });
  return problems;
}
