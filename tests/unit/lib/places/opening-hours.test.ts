import { describe, expect, it } from 'vitest';
import type { OpeningHoursLine } from '~/lib/content/schemas';
import { clockMinutes, georgiaClock, isOpenAt, schemaOrgHours, weekTable, weekdayName } from '~/lib/places/opening-hours';

// 2026-11-23 is a Monday. Georgia is UTC+4, so 06:00Z is 10:00 in Tbilisi.
const at = (iso: string) => new Date(iso);
const weekdaysNineToSix: OpeningHoursLine[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '18:00' }];

describe('georgiaClock', () => {
  it('reads the time on a clock in Tbilisi (UTC+4), whatever the machine’s zone', () => {
    expect(georgiaClock(at('2026-11-23T06:00:00Z'))).toEqual({ day: 'mon', minutes: 600 });
    expect(georgiaClock(at('2026-11-23T10:00:00+02:00'))).toEqual({ day: 'mon', minutes: 720 });
  });

  it('moves to the next day when UTC is still on the previous one: 23:30 UTC is 03:30 next morning', () => {
    expect(georgiaClock(at('2026-11-25T23:30:00Z'))).toEqual({ day: 'thu', minutes: 210 });
    expect(georgiaClock(at('2026-11-29T20:00:00Z'))).toEqual({ day: 'mon', minutes: 0 });
  });
});

describe('clockMinutes', () => {
  it('counts minutes since midnight, 24:00 being the end of the day', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('24:00')).toBe(1440);
  });
});

describe('isOpenAt', () => {
  it('says nothing when the hours are unknown', () => {
    expect(isOpenAt(undefined, at('2026-11-23T06:00:00Z'))).toBeUndefined();
    expect(isOpenAt([], at('2026-11-23T06:00:00Z'))).toBeUndefined();
  });

  it('is open from the opening minute up to, not including, the closing minute', () => {
    expect(isOpenAt(weekdaysNineToSix, at('2026-11-23T04:59:00Z'))).toBe(false); // 08:59
    expect(isOpenAt(weekdaysNineToSix, at('2026-11-23T05:00:00Z'))).toBe(true); // 09:00
    expect(isOpenAt(weekdaysNineToSix, at('2026-11-23T13:59:00Z'))).toBe(true); // 17:59
    expect(isOpenAt(weekdaysNineToSix, at('2026-11-23T14:00:00Z'))).toBe(false); // 18:00
  });

  it('uses Georgia’s day, not UTC’s: Friday 23:00 UTC is already Saturday in Tbilisi', () => {
    const saturdayMorning: OpeningHoursLine[] = [{ days: ['sat'], opens: '02:00', closes: '04:00' }];
    expect(isOpenAt(saturdayMorning, at('2026-11-27T23:00:00Z'))).toBe(true); // Sat 03:00
    expect(isOpenAt(weekdaysNineToSix, at('2026-11-28T06:00:00Z'))).toBe(false); // Sat 10:00
  });

  it('follows a range past midnight into the next day, and only on the days it starts', () => {
    const lateFriday: OpeningHoursLine[] = [{ days: ['fri'], opens: '22:00', closes: '02:00' }];
    expect(isOpenAt(lateFriday, at('2026-11-27T18:30:00Z'))).toBe(true); // Fri 22:30
    expect(isOpenAt(lateFriday, at('2026-11-27T21:30:00Z'))).toBe(true); // Sat 01:30
    expect(isOpenAt(lateFriday, at('2026-11-27T22:00:00Z'))).toBe(false); // Sat 02:00
    expect(isOpenAt(lateFriday, at('2026-11-26T21:30:00Z'))).toBe(false); // Fri 01:30: Thursday had no late hours
  });

  it('runs Sunday night into Monday morning across the week boundary', () => {
    const sundayNight: OpeningHoursLine[] = [{ days: ['sun'], opens: '20:00', closes: '06:00' }];
    expect(isOpenAt(sundayNight, at('2026-11-29T22:00:00Z'))).toBe(true); // Mon 02:00
    expect(isOpenAt(sundayNight, at('2026-11-23T01:00:00Z'))).toBe(true); // Mon 05:00, week start
    expect(isOpenAt(sundayNight, at('2026-11-23T02:00:00Z'))).toBe(false); // Mon 06:00
  });

  it('treats 24:00 as the end of the day and 00:00–24:00 as all day', () => {
    const toMidnight: OpeningHoursLine[] = [{ days: ['wed'], opens: '18:00', closes: '24:00' }];
    expect(isOpenAt(toMidnight, at('2026-11-25T19:59:00Z'))).toBe(true); // Wed 23:59
    expect(isOpenAt(toMidnight, at('2026-11-25T20:00:00Z'))).toBe(false); // Thu 00:00
    const allDay: OpeningHoursLine[] = [{ days: ['sat'], opens: '00:00', closes: '24:00' }];
    expect(isOpenAt(allDay, at('2026-11-27T20:00:00Z'))).toBe(true); // Sat 00:00
    expect(isOpenAt(allDay, at('2026-11-28T19:59:00Z'))).toBe(true); // Sat 23:59
    expect(isOpenAt(allDay, at('2026-11-28T20:00:00Z'))).toBe(false); // Sun 00:00
  });

  it('handles a lunch break as two lines on the same day', () => {
    const split: OpeningHoursLine[] = [
      { days: ['mon'], opens: '09:00', closes: '13:00' },
      { days: ['mon'], opens: '14:00', closes: '18:00' },
    ];
    expect(isOpenAt(split, at('2026-11-23T09:30:00Z'))).toBe(false); // 13:30
    expect(isOpenAt(split, at('2026-11-23T10:30:00Z'))).toBe(true); // 14:30
  });
});

describe('weekTable', () => {
  it('lists every day Monday to Sunday, closed days empty, ranges in time order', () => {
    const table = weekTable([
      { days: ['mon'], opens: '14:00', closes: '18:00' },
      { days: ['mon', 'sat'], opens: '09:00', closes: '13:00' },
    ]);
    expect(table.map((r) => r.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(table[0]?.ranges).toEqual([
      { opens: '09:00', closes: '13:00' },
      { opens: '14:00', closes: '18:00' },
    ]);
    expect(table[1]?.ranges).toEqual([]);
    expect(table[5]?.ranges).toEqual([{ opens: '09:00', closes: '13:00' }]);
  });
});

describe('schemaOrgHours', () => {
  it('names days with schema.org URLs and writes midnight as 23:59', () => {
    expect(schemaOrgHours([{ days: ['mon', 'sun'], opens: '10:00', closes: '24:00' }])).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Sunday'],
        opens: '10:00',
        closes: '23:59',
      },
    ]);
  });
});

describe('weekdayName', () => {
  it('names days in English and Georgian through Intl', () => {
    expect(weekdayName('mon', 'en-GB')).toBe('Monday');
    expect(weekdayName('sun', 'en-GB')).toBe('Sunday');
    expect(weekdayName('mon', 'ka-GE')).toBe('ორშაბათი');
    expect(weekdayName('sat', 'ka-GE')).toBe('შაბათი');
  });
});
