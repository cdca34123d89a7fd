/**
 * Georgia's calendar and clock: the date and time of day a reader in Georgia
 * sees at an instant, whatever the time zone of the machine running the code
 * (the build server, or a visitor's phone abroad).
 *
 * Georgia (Asia/Tbilisi) has kept UTC+4 all year since 2005, with no daylight
 * saving time. A fixed offset therefore gives the same answer as the tz
 * database, and it also works in browsers and Node builds that ship without
 * time-zone data, where `Intl` with `timeZone: 'Asia/Tbilisi'` is unavailable.
 */

/** Georgia's offset from UTC in minutes (UTC+4 all year since 2005). */
export const georgiaUtcOffsetMinutes = 4 * 60;

/** A moment as read in Georgia: calendar date, weekday and time of day. */
export interface GeorgiaTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0 = Monday … 6 = Sunday, the order of the site's weekday lists. */
  weekday: number;
  /** Minutes since midnight, 0…1439. */
  minutes: number;
}

/**
 * The date and time on a calendar and clock in Georgia at an instant.
 *
 * @example georgiaTime(new Date('2026-11-25T23:30:00Z')) // { year: 2026, month: 11, day: 26, weekday: 3, minutes: 210 }
 */
export function georgiaTime(instant: Date): GeorgiaTime {
  const local = new Date(instant.getTime() + georgiaUtcOffsetMinutes * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    // getUTCDay counts from Sunday = 0; the site's weeks start on Monday.
    weekday: (local.getUTCDay() + 6) % 7,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/**
 * The calendar date in Georgia at an instant, written YYYY-MM-DD.
 *
 * @example georgianDate(new Date('2026-11-24T21:00:00Z')) // '2026-11-25'
 */
export function georgianDate(instant: Date): string {
  const { year, month, day } = georgiaTime(instant);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
