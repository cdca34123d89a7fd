import { describe, expect, it } from 'vitest';
import { georgiaTime, georgiaUtcOffsetMinutes, georgianDate } from '~/lib/time/georgia';

describe('georgiaTime', () => {
  it('reads a clock in Tbilisi (UTC+4), whatever zone the instant was written in', () => {
    expect(georgiaTime(new Date('2026-11-23T06:00:00Z'))).toEqual({ year: 2026, month: 11, day: 23, weekday: 0, minutes: 600 });
    expect(georgiaTime(new Date('2026-11-23T10:00:00+02:00'))).toMatchObject({ day: 23, minutes: 720 });
  });

  it('is already the next day, month and year in Georgia when UTC is not', () => {
    expect(georgiaTime(new Date('2026-12-31T20:00:00Z'))).toEqual({ year: 2027, month: 1, day: 1, weekday: 4, minutes: 0 });
    expect(georgiaTime(new Date('2026-12-31T19:59:00Z'))).toEqual({ year: 2026, month: 12, day: 31, weekday: 3, minutes: 1439 });
  });

  it('numbers weekdays from Monday (0) to Sunday (6)', () => {
    expect(georgiaTime(new Date('2026-11-29T12:00:00Z')).weekday).toBe(6);
    expect(georgiaTime(new Date('2026-11-29T20:00:00Z')).weekday).toBe(0);
  });

  it('agrees with the tz database (Asia/Tbilisi) all year: Georgia has no daylight saving time', () => {
    const tz = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tbilisi', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (let hour = 0; hour < 24 * 366; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      const parts = Object.fromEntries(tz.formatToParts(instant).map((p) => [p.type, p.value]));
      const here = georgiaTime(instant);
      expect([here.year, here.month, here.day, here.minutes]).toEqual([
        Number(parts['year']),
        Number(parts['month']),
        Number(parts['day']),
        Number(parts['hour']) * 60 + Number(parts['minute']),
      ]);
    }
    expect(georgiaUtcOffsetMinutes).toBe(240);
  });
});

describe('georgianDate', () => {
  it.each([
    ['2026-11-24T19:59:59Z', '2026-11-24'],
    ['2026-11-24T20:00:00Z', '2026-11-25'],
    ['2026-11-25T12:00:00+04:00', '2026-11-25'],
    ['0999-06-01T00:00:00Z', '0999-06-01'],
  ])('%s is %s in Georgia', (instant, expected) => {
    expect(georgianDate(new Date(instant))).toBe(expected);
  });
});
