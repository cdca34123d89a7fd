/**
 * How far apart two words are, for forgiving typos: the town finder's
 * name matching and search's vocabulary correction use the same distance
 * and the same allowance, so a slip is forgiven the same way everywhere.
 */

/**
 * The cost of putting letter `b` where `a` was: 1 by default; a caller can
 * make near letters cheaper (search counts the sound-alike Georgian letters
 * its keys merge, such as ქ/კ, as half a letter).
 */
export type SubstitutionCost = (a: string, b: string) => number;

const unitCost: SubstitutionCost = () => 1;

/**
 * Optimal string alignment distance (Levenshtein plus swaps of two
 * neighbouring letters), counted in letters (code points, so a Georgian
 * letter is one edit), stopping early once it exceeds `max` (it then
 * returns something larger than `max`).
 *
 * @example editDistance('employmnet', 'employment', 2) // 1 (one swap)
 * @example editDistance('ქუთასი', 'ქუთაისი', 1) // 1
 * @example editDistance('zebra', 'batumi', 1) // 2 (more than max)
 */
export function editDistance(a: string, b: string, max: number, substitution: SubstitutionCost = unitCost): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const from = x[i - 1] ?? '';
      const to = y[j - 1] ?? '';
      const cost = from === to ? 0 : substitution(from, to);
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && from === y[j - 2] && x[i - 2] === to) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? max + 1;
}

/**
 * Typos forgiven in a word of `length` letters: none below 5 (too many short
 * words lie one letter apart), 1 up to 7 letters, then 2.
 *
 * @example typoAllowance(4) // 0
 * @example typoAllowance(6) // 1
 * @example typoAllowance(10) // 2
 */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}
