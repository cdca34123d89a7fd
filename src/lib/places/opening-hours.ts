import type { OpeningHoursLine } from '../content/schemas';
import { type Weekday, weekdays } from '../content/vocabulary';
import { dateTimeFormat } from '../format/intl-cache';
import { georgiaTime } from '../time/georgia';

/**
 * Opening hours in Georgia's time: which days a place opens, and whether it is
 * open at a given instant. Pure, so the build (weekly table) and the browser
 * ("open now") share it.
 */

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;

/** A moment as read on a clock in Georgia: the weekday and minutes since midnight. */
export interface GeorgiaClock {
  day: Weekday;
  /** 0…1439 */
  minutes: number;
}

/**
 * The weekday and time of day in Georgia at an instant, whatever the time zone
 * of the machine running the code.
 *
 * @example georgiaClock(new Date('2026-11-25T23:30:00Z')) // { day: 'thu', minutes: 210 } (03:30 on Thursday)
 */
export function georgiaClock(instant: Date): GeorgiaClock {
  const { weekday, minutes } = georgiaTime(instant);
  return { day: weekdays[weekday] ?? 'mon', minutes };
}

/**
 * Minutes since midnight for a `HH:MM` time; `24:00` is the end of the day (1440).
 *
 * @example clockMinutes('09:30') // 570
 */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Open intervals of a line as minutes since Monday 00:00; one that closes at or before it opens runs past midnight. */
function intervals(line: OpeningHoursLine): Array<[number, number]> {
  const opens = clockMinutes(line.opens);
  let closes = clockMinutes(line.closes);
  if (closes <= opens) closes += minutesPerDay;
  return line.days.map((day) => {
    const start = weekdays.indexOf(day) * minutesPerDay;
    return [start + opens, start + closes];
  });
}

/**
 * True when the place is open at the instant, by Georgia's clock. A line that
 * closes at or before it opens (e.g. 22:00–02:00) runs into the next day, and
 * Sunday night runs into Monday. No hours known means not known: `undefined`.
 *
 * @example isOpenAt([{ days: ['mon'], opens: '09:00', closes: '18:00' }], new Date('2026-11-23T06:00:00Z')) // true (10:00 Monday)
 */
export function isOpenAt(hours: readonly OpeningHoursLine[] | undefined, instant: Date): boolean | undefined {
  if (!hours || hours.length === 0) return undefined;
  const { day, minutes } = georgiaClock(instant);
  const now = weekdays.indexOf(day) * minutesPerDay + minutes;
  return hours
    .flatMap(intervals)
    .some(([start, end]) => (now >= start && now < end) || (now + minutesPerWeek >= start && now + minutesPerWeek < end));
}

/** One row of the weekly table: a weekday and its opening times in order (empty when closed). */
export interface WeekRow {
  day: Weekday;
  ranges: Array<{ opens: string; closes: string }>;
}

/**
 * The week from Monday to Sunday with each day's opening times, sorted, for a
 * table. A range past midnight is listed on the day it starts.
 *
 * @example weekTable([{ days: ['mon', 'tue'], opens: '09:00', closes: '18:00' }])[0] // { day: 'mon', ranges: [{ opens: '09:00', closes: '18:00' }] }
 */
export function weekTable(hours: readonly OpeningHoursLine[]): WeekRow[] {
  return weekdays.map((day) => ({
    day,
    ranges: hours
      .filter((line) => line.days.includes(day))
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => clockMinutes(a.opens) - clockMinutes(b.opens)),
  }));
}

/**
 * Hours in schema.org's `openingHoursSpecification` form (days as schema.org
 * day names). A range past midnight keeps its closing time, as schema.org does.
 */
export function schemaOrgHours(hours: readonly OpeningHoursLine[]) {
  const names: Record<Weekday, string> = {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  };
  return hours.map((line) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: line.days.map((d) => `https://schema.org/${names[d]}`),
    opens: line.opens,
    closes: line.closes === '24:00' ? '23:59' : line.closes,
  }));
}

/**
 * A weekday's name in a language, from `Intl` (so Georgian comes from ka-GE's own calendar data).
 *
 * @example weekdayName('mon', 'en-GB') // 'Monday'
 */
export function weekdayName(day: Weekday, intlLocale: string): string {
  // 2024-01-01 was a Monday; noon UTC is the same date everywhere.
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day), 12));
  return dateTimeFormat(intlLocale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}
