import { describe, expect, it } from 'vitest';
import {
  answersFromForm,
  hasAnswers,
  parseCheckQuery,
  returnDateOf,
  serialiseCheckQuery,
  uncoveredNeeds,
  type CheckForm,
} from '../../../../src/lib/programs/check-query';
import { matchPrograms } from '../../../../src/lib/programs/eligibility';

const regionIds = ['guria', 'kakheti', 'tbilisi'];
/** Noon in Tbilisi on 25 November 2026. */
const today = new Date('2026-11-25T12:00:00+04:00');

describe('returnDateOf', () => {
  it.each([
    [2026, 2, '2026-02-28'],
    [2024, 2, '2024-02-29'],
    [2025, 11, '2025-11-30'],
    [2026, 10, '2026-10-31'],
    // The current month: today, not a day still to come.
    [2026, 11, '2026-11-25'],
  ])('%i-%i → %s', (year, month, expected) => {
    expect(returnDateOf(year, month, today)).toBe(expected);
  });

  it('gives nothing for a month that has not begun in Georgia', () => {
    expect(returnDateOf(2026, 12, today)).toBeUndefined();
    expect(returnDateOf(2027, 1, today)).toBeUndefined();
    // 30 Nov 21:00 UTC is already 1 December in Tbilisi.
    expect(returnDateOf(2026, 12, new Date('2026-11-30T21:00:00Z'))).toBe('2026-12-01');
  });
});

describe('parseCheckQuery', () => {
  it('reads every answer', () => {
    expect(
      parseCheckQuery('?month=8&year=2026&stay=asylum&route=own-way&region=kakheti&town=Telavi&need=health&need=business', regionIds),
    ).toEqual({ month: 8, year: 2026, stay: 'asylum', route: 'own-way', region: 'kakheti', town: 'Telavi', needs: ['business', 'health'] });
  });

  it('treats unknown or malformed values as skipped questions', () => {
    expect(
      parseCheckQuery('?month=13&year=20x6&stay=legal&route=&region=kaketi&town=%20%20&need=jobs&need=psychosocial', regionIds),
    ).toEqual({ needs: [] });
    expect(parseCheckQuery('', regionIds)).toEqual({ needs: [] });
  });

  it('keeps a town in Georgian script, trimmed and cut to a sensible length', () => {
    expect(parseCheckQuery(`?town=${encodeURIComponent(' თელავი ')}`, regionIds).town).toBe('თელავი');
    expect(parseCheckQuery(`?town=${'a'.repeat(200)}`, regionIds).town).toHaveLength(60);
  });
});

describe('serialiseCheckQuery', () => {
  it('round-trips through parseCheckQuery', () => {
    const form: CheckForm = { month: 8, year: 2026, stay: 'irregular-over-1-year', route: 'own-way', region: 'kakheti', town: 'ახმეტა', needs: ['business', 'documents-legal'] };
    expect(parseCheckQuery(serialiseCheckQuery(form), regionIds)).toEqual(form);
  });

  it('writes needs in form order and nothing for an empty form', () => {
    expect(serialiseCheckQuery({ needs: ['health', 'employment'] })).toBe('?need=employment&need=health');
    expect(serialiseCheckQuery({ needs: [] })).toBe('');
    expect(hasAnswers({ needs: [] })).toBe(false);
    expect(hasAnswers({ needs: [], region: 'guria' })).toBe(true);
  });
});

describe('answersFromForm', () => {
  it('turns a month of return into a date and passes the other answers on', () => {
    expect(answersFromForm({ month: 8, year: 2026, stay: 'asylum', route: 'own-way', region: 'guria', needs: ['health'] }, today)).toEqual({
      returnedOn: '2026-08-31',
      stayAbroad: 'asylum',
      returnRoute: 'own-way',
      region: 'guria',
      needs: ['health'],
    });
  });

  it('skips an incomplete or future month, and the date of someone still abroad', () => {
    expect(answersFromForm({ month: 8, needs: [] }, today)).toEqual({});
    expect(answersFromForm({ year: 2026, needs: [] }, today)).toEqual({});
    expect(answersFromForm({ month: 1, year: 2027, needs: [] }, today)).toEqual({});
    expect(answersFromForm({ month: 8, year: 2026, route: 'not-yet', needs: [] }, today)).toEqual({ returnRoute: 'not-yet' });
  });

  it('takes the region from the town when the region question was skipped, never over the visitor’s own answer', () => {
    expect(answersFromForm({ needs: [] }, today, 'kakheti')).toEqual({ region: 'kakheti' });
    expect(answersFromForm({ region: 'guria', needs: [] }, today, 'kakheti')).toEqual({ region: 'guria' });
  });

  it('never rules a program out for someone who came back in the boundary month, because the day is not known', () => {
    const program = {
      id: 'twelve-months',
      rules: { returnedWithinMonths: { months: 12, explain: { ka: 'ტესტი', en: 'test' } }, needs: { anyOf: ['business' as const], explain: { ka: 'ტესტი', en: 'test' } } },
    };
    const in11 = answersFromForm({ month: 11, year: 2025, needs: ['business'] }, today);
    expect(matchPrograms(in11, [program], today).map((m) => m.id)).toEqual(['twelve-months']);
    const in10 = answersFromForm({ month: 10, year: 2025, needs: ['business'] }, today);
    expect(matchPrograms(in10, [program], today)).toEqual([]);
  });
});

describe('uncoveredNeeds', () => {
  const programs = [
    { id: 'clinic', rules: { needs: { anyOf: ['health'] } } },
    { id: 'grants', rules: { needs: { anyOf: ['business', 'training'] } } },
  ];

  it('names the needs no matched program helps with, in form order', () => {
    expect(uncoveredNeeds(['documents-legal', 'health', 'housing'], ['clinic', 'grants'], programs)).toEqual(['housing', 'documents-legal']);
  });

  it('counts only the programs that matched', () => {
    expect(uncoveredNeeds(['health', 'business'], ['grants'], programs)).toEqual(['health']);
    expect(uncoveredNeeds([], [], programs)).toEqual([]);
  });
});
