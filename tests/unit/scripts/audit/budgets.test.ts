import { describe, expect, it } from 'vitest';
import { budgetProblems, kb, median, pageBudget } from '../../../../scripts/audit/budgets.ts';

describe('pageBudget', () => {
  it.each([
    ['/ka/', 'home', 80],
    ['/en/places/', 'map', 130],
    ['/ka/places/', 'map', 130],
    ['/ka/embed/map/', 'map', 200],
    ['/en/for-municipalities/', 'map', 200],
    ['/ka/places/telavi-service-hub/', 'text', 28],
    ['/en/programs/', 'enhanced', 90],
    ['/ka/check/', 'enhanced', 90],
    ['/en/search/', 'enhanced', 90],
    ['/ka/programs/universal-healthcare/', 'text', 28],
    ['/en/news/batumi-cooperation/', 'text', 28],
  ])('%s is a %s page with %i KB', (path, type, kilobytes) => {
    expect(pageBudget(path)).toMatchObject({ type, maxBytes: kilobytes * 1024 });
  });

  it('allows text pages only a few KB of JavaScript', () => {
    expect(pageBudget('/ka/about/').maxScriptBytes).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('budgetProblems', () => {
  it('passes a load within budget', () => {
    expect(budgetProblems('/ka/about/', { bytes: 28 * 1024, scriptBytes: 0 })).toEqual([]);
  });

  it('names the overrun in bytes and in JavaScript', () => {
    expect(budgetProblems('/ka/about/', { bytes: 70 * 1024, scriptBytes: 20 * 1024 })).toEqual([
      '70.0 KB transferred; the text budget is 28 KB',
      '20.0 KB of JavaScript; the text budget is 8 KB',
    ]);
  });
});

describe('kb and median', () => {
  it('formats kilobytes with one decimal', () => {
    expect(kb(1536)).toBe('1.5 KB');
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([97, 100, 95])).toBe(97);
    expect(median([90, 100])).toBe(95);
    expect(median([])).toBeNaN();
  });
});
