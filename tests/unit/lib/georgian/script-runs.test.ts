import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../../src/lib/georgian/script-runs';

describe('scriptRuns', () => {
  it('splits Georgian words from the rest, and joins back to the text', () => {
    const text = 'Type in English or Georgian, for example: Batumi, ბათუმი.';
    const runs = scriptRuns(text);
    expect(runs.filter((r) => r.georgian).map((r) => r.text)).toEqual(['ბათუმი']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
  it('keeps a Georgian phrase in one run', () => {
    expect(scriptRuns('ქალაქი თელავი')).toEqual([{ text: 'ქალაქი თელავი', georgian: true }]);
  });
});
