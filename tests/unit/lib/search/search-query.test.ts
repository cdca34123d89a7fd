import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchQuery, serialiseSearchQuery } from '../../../../src/lib/search/search-query';

const regions = ['adjara', 'imereti'];

describe('parseSearchQuery', () => {
  it('reads the query and both filters', () => {
    expect(parseSearchQuery('?q=ბათუმი&type=place&region=adjara', regions)).toEqual({ q: 'ბათუმი', type: 'place', region: 'adjara' });
  });

  it('trims the query and treats a missing one as empty', () => {
    expect(parseSearchQuery('?q=%20batumi%20', regions)).toEqual({ q: 'batumi' });
    expect(parseSearchQuery('', regions)).toEqual({ q: '' });
  });

  it('drops an unknown type or region instead of finding nothing', () => {
    expect(parseSearchQuery('?q=x&type=shop&region=atlantis', regions)).toEqual({ q: 'x' });
    expect(parseSearchQuery('?q=x&type=&region=', regions)).toEqual({ q: 'x' });
  });
});

describe('serialiseSearchQuery', () => {
  it('round-trips through parseSearchQuery', () => {
    const query = { q: 'ცხელი ხაზი', type: 'program' as const, region: 'imereti' };
    expect(parseSearchQuery(serialiseSearchQuery(query), regions)).toEqual(query);
  });

  it('leaves out empty parts', () => {
    expect(serialiseSearchQuery({ q: 'poti' })).toBe('?q=poti');
    expect(serialiseSearchQuery({ q: '' })).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('passes only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x' })).toEqual({});
    expect(pagefindFilters({ q: 'x', type: 'news', region: 'adjara' })).toEqual({ type: 'news', region: 'adjara' });
  });
});
