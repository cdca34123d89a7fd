/**
 * The pure part of `npm run content:report`: one row per place and programme,
 * built from the content files as parsed YAML (no git, no file system), and the
 * terminal and Markdown tables. The rules are stated once, here:
 *
 * - STALE: a place's `confirmed` status date, or any of its contact dates, is
 *   more than 18 months old or `unknown` (`isStale` from
 *   src/lib/content/confirmed-date.ts, the rule the pages use). A place's
 *   contacts are its own phones and address and the phones of the bodies in its
 *   `contactVia` (the page shows them all). Programmes carry no dated facts, so
 *   a programme is STALE when its `lastReviewed` month is more than 18 months old.
 * - NO CONTACT: a place with no phone of its own and no `contactVia` body that
 *   has a phone or a website; a programme with no `officialUrl`, `phones`,
 *   `email` or `ask.links`.
 * - UNSOURCED: a file whose `sources` list is missing or empty; or a file that
 *   states contact details (address, phones, e-mail, hours) while every source
 *   is Wikipedia, which does not vouch for a phone number or opening hours.
 */
import { type ConfirmedDate, isStale, parseConfirmed } from '../../src/lib/content/confirmed-date.ts';

/** A content file as the `yaml` package reads it: plain objects, arrays and scalars. */
export type Yaml = Record<string, unknown>;

/** One line of the report. */
export interface ReportRow {
  kind: 'place' | 'programme';
  id: string;
  /** A place's `confirmed` as written (`2024-11`, `2024`, `unknown`); undefined for programmes. */
  confirmed?: string;
  lastReviewed: string;
  /** The oldest contact date and whose it is, e.g. `2020-04 address`; undefined when nothing is dated. */
  oldestContact?: { date: string; what: string };
  /** Why the row is stale, e.g. `status unknown`, `iom-georgia phone 2022`; empty when it is not. */
  stale: string[];
  noContact: boolean;
  /** Why sources fall short, e.g. `no sources`, `address, phones: Wikipedia only`. */
  unsourced: string[];
  /** Texts changed in one language only since the last review (filled in from git by the caller). */
  oneLanguage: string[];
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Yaml | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Yaml) : undefined;
/** YAML reads `confirmed: 2023` as a number and `2026-11` as a string; both mean the same. */
const text = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));

/** A date as written, read as a confirmation date; an unreadable one counts as `unknown`. */
function confirmedOf(value: unknown): { written: string; date: ConfirmedDate } {
  const written = text(value) ?? 'unknown';
  return { written, date: parseConfirmed(written) ?? 'unknown' };
}

/** Sort key of a confirmation date: unknown first, a bare year as its December (as `monthsOld` counts it). */
function age(date: ConfirmedDate): number {
  return date === 'unknown' ? -Infinity : date.year * 12 + (date.month ?? 12);
}

/** True when a source address is Wikipedia (any language). */
export function isWikipedia(url: string): boolean {
  try {
    return /(^|\.)wikipedia\.org$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Why a file's sources fall short (see the header); empty when they do not.
 *
 * @example unsourcedFields({ phones: [{}], sources: ['https://en.wikipedia.org/wiki/Poti'] }) // ['phones: Wikipedia only']
 */
export function unsourcedFields(file: Yaml): string[] {
  const sources = asArray(file['sources']).map(String);
  if (sources.length === 0) return ['no sources'];
  const stated = ['address', 'phones', 'email', 'hours'].filter((field) => {
    const value = file[field];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  });
  return stated.length && sources.every(isWikipedia) ? [`${stated.join(', ')}: Wikipedia only`] : [];
}

/**
 * The report row of a place. `bodies` holds every body file by id.
 *
 * @example placeRow('samgori', samgoriYaml, bodies, now).stale // ['status unknown', …]
 */
export function placeRow(id: string, place: Yaml, bodies: ReadonlyMap<string, Yaml>, now: Date): ReportRow {
  const status = confirmedOf(place['confirmed']);
  const contacts: Array<{ what: string; written: string; date: ConfirmedDate }> = [];
  for (const phone of asArray(place['phones'])) contacts.push({ what: 'phone', ...confirmedOf(asRecord(phone)?.['confirmed']) });
  const address = asRecord(place['address']);
  if (address) contacts.push({ what: 'address', ...confirmedOf(address['confirmed']) });
  const via = asArray(place['contactVia']).map(String);
  let bodyReaches = false;
  for (const bodyId of via) {
    const body = bodies.get(bodyId);
    if (!body) continue;
    const phones = asArray(body['phones']);
    if (phones.length || body['website']) bodyReaches = true;
    for (const phone of phones) contacts.push({ what: `${bodyId} phone`, ...confirmedOf(asRecord(phone)?.['confirmed']) });
  }

  const stale: string[] = [];
  if (isStale(status.date, now)) stale.push(`status ${status.written}`);
  for (const c of contacts) if (isStale(c.date, now)) stale.push(`${c.what} ${c.written}`);
  const oldest = contacts.reduce<(typeof contacts)[number] | undefined>((o, c) => (o && age(o.date) <= age(c.date) ? o : c), undefined);

  return {
    kind: 'place',
    id,
    confirmed: status.written,
    lastReviewed: text(place['lastReviewed']) ?? '—',
    ...(oldest ? { oldestContact: { date: oldest.written, what: oldest.what } } : {}),
    stale,
    noContact: asArray(place['phones']).length === 0 && !bodyReaches,
    unsourced: unsourcedFields(place),
    oneLanguage: [],
  };
}

/**
 * The report row of a programme.
 *
 * @example programmeRow('vet', { officialUrl: 'https://vet.ge', lastReviewed: '2026-11-25', sources: […] }, now).noContact // false
 */
export function programmeRow(id: string, programme: Yaml, now: Date): ReportRow {
  const reviewed = text(programme['lastReviewed']);
  const month = reviewed?.slice(0, 7);
  const reviewDate = (month && parseConfirmed(month)) || 'unknown';
  const ask = asRecord(programme['ask']);
  const reachable = Boolean(
    programme['officialUrl'] || asArray(programme['phones']).length || programme['email'] || asArray(ask?.['links']).length,
  );
  return {
    kind: 'programme',
    id,
    lastReviewed: reviewed ?? '—',
    stale: isStale(reviewDate, now) ? [`reviewed ${reviewed ?? 'never'}`] : [],
    noContact: !reachable,
    unsourced: unsourcedFields(programme),
    oneLanguage: [],
  };
}

/** The flags of a row, for the table's last column: `STALE (…)`, `NO CONTACT`, `UNSOURCED (…)`, `ONE LANGUAGE (…)`. */
export function rowFlags(row: ReportRow): string[] {
  const flags: string[] = [];
  if (row.stale.length) flags.push(`STALE (${row.stale.join('; ')})`);
  if (row.noContact) flags.push('NO CONTACT');
  if (row.unsourced.length) flags.push(`UNSOURCED (${row.unsourced.join('; ')})`);
  if (row.oneLanguage.length) flags.push(`ONE LANGUAGE (${row.oneLanguage.join('; ')})`);
  return flags;
}

/** The report's columns, in order. */
export const columns = ['kind', 'id', 'confirmed', 'reviewed', 'oldest contact', 'flags'] as const;

/** A row as the cells of `columns`. */
export function rowCells(row: ReportRow): string[] {
  return [
    row.kind,
    row.id,
    row.confirmed ?? '—',
    row.lastReviewed,
    row.oldestContact ? `${row.oldestContact.date} ${row.oldestContact.what}` : '—',
    rowFlags(row).join(', ') || 'ok',
  ];
}

/** The rows as a plain-text table with padded columns, for the terminal. */
export function terminalTable(rows: readonly ReportRow[]): string {
  const cells = [[...columns], ...rows.map(rowCells)];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(cells[0] ?? []), widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 5 : w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly ReportRow[]): string {
  const escape = (c: string) => c.replaceAll('|', '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${rowCells(r).map(escape).join(' | ')} |`),
  ].join('\n');
}

/** True when `--strict` should fail: any row is stale. */
export function anyStale(rows: readonly ReportRow[]): boolean {
  return rows.some((r) => r.stale.length > 0);
}
