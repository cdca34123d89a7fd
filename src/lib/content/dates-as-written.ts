import { isRealDate } from '../time/calendar';
import { georgianDate } from '../time/georgia';

/**
 * Dates checked as the editor wrote them. YAML turns `2026-13-45` into a Date
 * and JavaScript rolls it over to February 2027 before any schema sees it, so
 * the date fields are read again from the file's text.
 */

/**
 * The value of a top-level `field: value` line of a YAML file or front matter,
 * quotes and a trailing comment removed; undefined when the field is absent.
 *
 * @example fieldAsWritten('lastReviewed: 2026-11-25 # checked\n', 'lastReviewed') // '2026-11-25'
 */
export function fieldAsWritten(text: string, field: string): string | undefined {
  const line = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(text)?.[1];
  if (line === undefined) return undefined;
  return line.replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * What is wrong with a day written in a content file, or undefined when it is a
 * real date (`YYYY-MM-DD`) no later than today in Georgia.
 *
 * @example calendarDateProblem('2026-13-45', new Date('2026-12-02')) // '"2026-13-45" is not a real date: …'
 */
export function calendarDateProblem(value: string, now: Date): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not written as a date: use YYYY-MM-DD, e.g. 2026-11-25`;
  if (!isRealDate(value)) return `"${value}" is not a real date (no month 13, no 30 February): check the month and the day`;
  const today = georgianDate(now);
  if (value > today) return `${value} is in the future (today in Georgia is ${today}): give the day the file was actually checked`;
  return undefined;
}
