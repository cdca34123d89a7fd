// With its extension: Node tooling (scripts/content-report.ts) imports this module without a bundler.
import { georgiaTime } from '../time/georgia.ts';

/**
 * When a source last confirmed a fact (a place's status, a phone number, an
 * address): the source's own date, to the month or only the year, or `unknown`
 * when the source gives no date. Not the day an editor re-read it.
 */
export type ConfirmedDate = { year: number; month?: number } | 'unknown';

/** A fact older than this many months is shown with "call before you go". */
export const STALE_AFTER_MONTHS = 18;

const pattern = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * Reads `YYYY`, `YYYY-MM` or `unknown` as written in a content file; undefined
 * for anything else (a day, a month 13, another format).
 *
 * @example parseConfirmed('2024-11') // { year: 2024, month: 11 }
 * @example parseConfirmed('2024') // { year: 2024 }
 * @example parseConfirmed('2024-13') // undefined
 */
export function parseConfirmed(text: string): ConfirmedDate | undefined {
  if (text === 'unknown') return 'unknown';
  const m = pattern.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The date as written in content and open data: `2024-11`, `2024` or `unknown`. */
export function confirmedText(date: ConfirmedDate): string {
  if (date === 'unknown') return 'unknown';
  return date.month === undefined ? String(date.year) : `${date.year}-${String(date.month).padStart(2, '0')}`;
}

/** Year and month (1–12) on a calendar in Georgia at an instant (see lib/time/georgia.ts). */
export function georgiaYearMonth(now: Date): { year: number; month: number } {
  const { year, month } = georgiaTime(now);
  return { year, month };
}

/**
 * Whole calendar months from the confirmation to `now` (Georgia time). A date
 * known only to the year counts from its December: the fact may have held all year.
 *
 * @example monthsOld({ year: 2025, month: 6 }, new Date('2026-12-02')) // 18
 */
export function monthsOld(date: Exclude<ConfirmedDate, 'unknown'>, now: Date): number {
  const today = georgiaYearMonth(now);
  return today.year * 12 + today.month - (date.year * 12 + (date.month ?? 12));
}

/**
 * True when a fact should be checked before anyone relies on it: its source
 * is more than 18 months old, or gives no date at all.
 *
 * @example isStale({ year: 2025, month: 6 }, new Date('2026-12-02')) // false (18 months)
 * @example isStale({ year: 2025, month: 5 }, new Date('2026-12-02')) // true (19 months)
 */
export function isStale(date: ConfirmedDate, now: Date): boolean {
  return date === 'unknown' || monthsOld(date, now) > STALE_AFTER_MONTHS;
}

/** True when the date lies after `now`'s month in Georgia: a source cannot confirm the future. */
export function isInFuture(date: ConfirmedDate, now: Date): boolean {
  if (date === 'unknown') return false;
  return monthsOld(date.month === undefined ? { year: date.year, month: 1 } : date, now) < 0;
}
