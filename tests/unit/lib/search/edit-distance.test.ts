import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from '../../../../src/lib/search/edit-distance';

describe('editDistance', () => {
  it.each([
    ['employmnet', 'employment', 1],
    ['ofice', 'office', 1],
    ['ქუთასი', 'ქუთაისი', 1],
    ['ბათუმმში', 'ბათუმში', 1],
    ['თელავი', 'თელავი', 0],
    ['kitten', 'sitting', 3],
  ] as const)('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('counts a Georgian letter as one edit, not its three bytes', () => {
    expect(editDistance('ქარი', 'კარი', 1)).toBe(1);
  });

  it('stops above max, and takes a cheaper cost for near letters', () => {
    expect(editDistance('zebra', 'batumi', 1)).toBeGreaterThan(1);
    expect(editDistance('ქარი', 'კარი', 1, (a, b) => (a + b === 'ქკ' ? 0.5 : 1))).toBe(0.5);
  });
});

describe('typoAllowance', () => {
  it('forgives nothing under five letters, one typo up to seven, two from eight', () => {
    expect([3, 4, 5, 7, 8, 14].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
