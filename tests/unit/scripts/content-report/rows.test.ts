import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type Yaml,
  anyStale,
  isWikipedia,
  markdownTable,
  placeRow,
  programmeRow,
  rowFlags,
  terminalTable,
  unsourcedFields,
} from '../../../../scripts/content-report/rows.ts';

const fixture = new URL('../fixtures/content-report/content/', import.meta.url).pathname;
const now = new Date('2026-12-02T12:00:00Z');
const read = (folder: string) =>
  new Map(
    readdirSync(join(fixture, folder))
      .sort()
      .map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(join(fixture, folder, name), 'utf8')) as Yaml]),
  );
const bodies = read('bodies');
const places = [...read('places')].map(([id, data]) => placeRow(id, data, bodies, now));
const programmes = [...read('programs')].map(([id, data]) => programmeRow(id, data, now));

describe('placeRow on the fixture content', () => {
  it('leaves a current place with a reachable body unflagged, its oldest contact the body phone', () => {
    expect(places.find((r) => r.id === 'fresh-hub')).toEqual({
      kind: 'place',
      id: 'fresh-hub',
      confirmed: '2026-10',
      lastReviewed: '2026-11-20',
      oldestContact: { date: '2026-06', what: 'good-municipality phone' },
      stale: [],
      noContact: false,
      unsourced: [],
      oneLanguage: [],
    });
  });

  it('is STALE for an unknown status and a 19-month-old phone, not for an 18-month-old address', () => {
    expect(places.find((r) => r.id === 'unknown-hub')).toEqual({
      kind: 'place',
      id: 'unknown-hub',
      confirmed: 'unknown',
      lastReviewed: '2026-11-20',
      oldestContact: { date: '2025-05', what: 'phone' },
      stale: ['status unknown', 'phone 2025-05'],
      noContact: false,
      unsourced: ['address, phones: Wikipedia only'],
      oneLanguage: [],
    });
  });

  it('is NO CONTACT without an own phone and with only a body that has neither phone nor website', () => {
    expect(places.find((r) => r.id === 'lonely-hub')).toEqual({
      kind: 'place',
      id: 'lonely-hub',
      confirmed: '2026-01',
      lastReviewed: '2026-11-20',
      stale: [],
      noContact: true,
      unsourced: ['no sources'],
      oneLanguage: [],
    });
  });
});

describe('programmeRow on the fixture content', () => {
  it('counts ask links as a way in, and a review older than 18 months as stale', () => {
    expect(programmes).toEqual([
      {
        kind: 'programme',
        id: 'closed-door',
        lastReviewed: '2025-05-30',
        stale: ['reviewed 2025-05-30'],
        noContact: true,
        unsourced: [],
        oneLanguage: [],
      },
      { kind: 'programme', id: 'open-door', lastReviewed: '2026-11-01', stale: [], noContact: false, unsourced: [], oneLanguage: [] },
    ]);
  });
});

describe('unsourcedFields', () => {
  it('accepts contact details when one source is not Wikipedia, and a Wikipedia-only file without contact details', () => {
    expect(unsourcedFields({ phones: [{}], sources: ['https://en.wikipedia.org/wiki/Poti', 'https://poti.gov.ge'] })).toEqual([]);
    expect(unsourcedFields({ name: {}, sources: ['https://en.wikipedia.org/wiki/Poti'] })).toEqual([]);
    expect(unsourcedFields({ hours: [{}], sources: ['https://ka.m.wikipedia.org/wiki/ფოთი'] })).toEqual(['hours: Wikipedia only']);
    expect(unsourcedFields({})).toEqual(['no sources']);
  });

  it('knows Wikipedia by host, not by a word in the path', () => {
    expect(isWikipedia('https://de.wikipedia.org/wiki/Tiflis')).toBe(true);
    expect(isWikipedia('https://example.ge/wikipedia.org')).toBe(false);
    expect(isWikipedia('not a url')).toBe(false);
  });
});

describe('tables and --strict', () => {
  const rows = [...places, ...programmes];

  it('writes flags in a fixed order', () => {
    expect(rows.map((r) => `${r.id}: ${rowFlags(r).join(', ') || 'ok'}`)).toEqual([
      'fresh-hub: ok',
      'lonely-hub: NO CONTACT, UNSOURCED (no sources)',
      'unknown-hub: STALE (status unknown; phone 2025-05), UNSOURCED (address, phones: Wikipedia only)',
      'closed-door: STALE (reviewed 2025-05-30), NO CONTACT',
      'open-door: ok',
    ]);
  });

  it('pads the terminal table and escapes pipes in Markdown', () => {
    const lines = terminalTable(rows).split('\n');
    expect(lines[0]).toMatch(/^kind {7}id {11}confirmed {2}reviewed {4}oldest contact {19}flags$/);
    expect(lines).toHaveLength(rows.length + 2);
    expect(markdownTable([{ ...places[0]!, id: 'a|b' }])).toContain('| place | a\\|b | 2026-10 |');
  });

  it('fails only when a row is stale', () => {
    expect(anyStale(rows)).toBe(true);
    expect(anyStale(rows.filter((r) => r.stale.length === 0))).toBe(false);
  });
});
