import { describe, expect, it } from 'vitest';
import { confirmedText, georgiaYearMonth, isInFuture, isStale, monthsOld, parseConfirmed } from '~/lib/content/confirmed-date';

const now = new Date('2026-12-02T12:00:00Z');

describe('parseConfirmed', () => {
  it('reads a month, a year or unknown as the editor wrote it', () => {
    expect(parseConfirmed('2024-11')).toEqual({ year: 2024, month: 11 });
    expect(parseConfirmed('2024')).toEqual({ year: 2024 });
    expect(parseConfirmed('unknown')).toBe('unknown');
  });

  it('refuses a month that does not exist, a day, and other formats', () => {
    for (const text of ['2024-13', '2024-00', '2024-1', '2024-11-05', '11/2024', 'soon', '']) expect(parseConfirmed(text)).toBeUndefined();
  });

  it('writes the date back as it was read', () => {
    for (const text of ['2024-01', '2024', 'unknown']) expect(confirmedText(parseConfirmed(text)!)).toBe(text);
  });
});

describe('staleness (18 months)', () => {
  it('is fresh at exactly 18 months and stale at 19', () => {
    expect(monthsOld({ year: 2025, month: 6 }, now)).toBe(18);
    expect(isStale({ year: 2025, month: 6 }, now)).toBe(false);
    expect(isStale({ year: 2025, month: 5 }, now)).toBe(true);
  });

  it('counts a year-only date from its December, and treats an undated source as stale', () => {
    expect(monthsOld({ year: 2025 }, now)).toBe(12);
    expect(isStale({ year: 2024 }, now)).toBe(true);
    expect(isStale('unknown', now)).toBe(true);
  });

  it('reads the month on Georgia’s calendar: 20:30 UTC on 30 November is already December in Tbilisi', () => {
    const lateNovemberUtc = new Date('2026-11-30T20:30:00Z');
    expect(georgiaYearMonth(lateNovemberUtc)).toEqual({ year: 2026, month: 12 });
    expect(isStale({ year: 2025, month: 6 }, lateNovemberUtc)).toBe(false);
    expect(isStale({ year: 2025, month: 6 }, new Date('2026-11-30T19:30:00Z'))).toBe(false);
    expect(isStale({ year: 2025, month: 5 }, new Date('2026-11-30T19:30:00Z'))).toBe(false);
  });
});

describe('isInFuture', () => {
  it('accepts this month and this year, refuses later ones', () => {
    expect(isInFuture({ year: 2026, month: 12 }, now)).toBe(false);
    expect(isInFuture({ year: 2026 }, now)).toBe(false);
    expect(isInFuture({ year: 2027, month: 1 }, now)).toBe(true);
    expect(isInFuture({ year: 2027 }, now)).toBe(true);
    expect(isInFuture('unknown', now)).toBe(false);
  });
});
