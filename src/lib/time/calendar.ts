/** Calendar dates as editors write them: `YYYY-MM-DD`, checked without JavaScript's rolling over of impossible dates. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True for a real calendar date written YYYY-MM-DD (no 30 February, no month 13).
 *
 * @example isRealDate('2024-02-29') // true
 * @example isRealDate('2026-13-45') // false
 */
export function isRealDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
