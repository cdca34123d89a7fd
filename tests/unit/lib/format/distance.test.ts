import { describe, expect, it } from 'vitest';
import { formatKm } from '~/lib/format/distance';

describe('formatKm', () => {
  it('writes one decimal below 10 km and whole kilometres above', () => {
    expect(formatKm(4.26, 'en')).toBe('4.3 km');
    expect(formatKm(123.4, 'en')).toBe('123 km');
  });

  it('uses Georgian number and unit conventions on Georgian pages', () => {
    expect(formatKm(4.26, 'ka')).toBe('4,3 კმ');
    expect(formatKm(1234.5, 'ka')).toMatch(/^1\s?235 კმ$/);
  });
});
