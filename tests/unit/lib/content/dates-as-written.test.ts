import { describe, expect, it } from 'vitest';
import { calendarDateProblem, fieldAsWritten } from '~/lib/content/dates-as-written';
import { isRealDate } from '~/lib/time/calendar';

const now = new Date('2026-12-02T12:00:00Z');

describe('fieldAsWritten', () => {
  it('reads a top-level field as the editor typed it, without quotes or a comment', () => {
    const text = "name: x\nlastReviewed: 2026-13-45 # checked by hand\npublished: '2025-02-29'\nnested:\n  lastSeen: 2020-01-01\n";
    expect(fieldAsWritten(text, 'lastReviewed')).toBe('2026-13-45');
    expect(fieldAsWritten(text, 'published')).toBe('2025-02-29');
    expect(fieldAsWritten(text, 'lastSeen')).toBeUndefined();
    expect(fieldAsWritten(text, 'missing')).toBeUndefined();
  });
});

describe('calendarDateProblem', () => {
  it('accepts real dates up to today, leap days included', () => {
    expect(calendarDateProblem('2024-02-29', now)).toBeUndefined();
    expect(calendarDateProblem('2026-12-02', now)).toBeUndefined();
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(calendarDateProblem('2026-13-45', now)).toMatch(/^"2026-13-45" is not a real date/);
    expect(calendarDateProblem('2025-02-29', now)).toMatch(/not a real date/);
    expect(calendarDateProblem('2026-11-31', now)).toMatch(/not a real date/);
    expect(calendarDateProblem('25.11.2026', now)).toMatch(/use YYYY-MM-DD/);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
  });

  it('refuses the future, on Georgia’s calendar: at 21:00 UTC on 2 December it is already 3 December in Tbilisi', () => {
    expect(calendarDateProblem('2026-12-03', now)).toMatch(/is in the future \(today in Georgia is 2026-12-02\)/);
    expect(calendarDateProblem('2026-12-03', new Date('2026-12-02T21:00:00Z'))).toBeUndefined();
  });
});
