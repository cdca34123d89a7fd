import { describe, expect, it } from 'vitest';
import { programSchema } from '../../../../src/lib/content/schemas';
import {
  addMonths,
  checkAnswersOn,
  matchPrograms,
  type CheckAnswers,
} from '../../../../src/lib/programs/eligibility';
import { eligibilityRules, ruleNames, type EligibilityRules } from '../../../../src/lib/programs/rules';
import { readProgramFiles } from './support/program-files';

/** The real program files: personas are checked against the site's own content. */
const programs = readProgramFiles().map((f) => ({ id: f.id, rules: programSchema.parse(f.data).rules }));

const STATE = 'state-reintegration-programme';
const AVRR = 'iom-assisted-voluntary-return';
const ENTERPRISE = 'enterprise-georgia-micro-small-business';
const RDA = 'rda-agricultural-programmes';
const SESA = 'state-employment-support-agency';
const VET = 'vocational-education';
const HEALTH = 'universal-healthcare';

/** Noon in Tbilisi on 25 November 2026. */
const today = new Date('2026-11-25T12:00:00+04:00');

const ids = (answers: CheckAnswers, on: Date = today) => matchPrograms(answers, programs, on).map((m) => m.id);
const match = (id: string, answers: CheckAnswers, on: Date = today) =>
  matchPrograms(answers, programs, on).find((m) => m.id === id);

const explain = { ka: 'ტესტი', en: 'test' };

describe('addMonths', () => {
  it.each([
    ['2025-11-25', 12, '2026-11-25'],
    ['2025-12-25', 11, '2026-11-25'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-08-31', 3, '2025-11-30'],
    ['2025-11-30', 2, '2026-01-30'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('state programme: "came back in the last 12 months"', () => {
  // The other two questions are answered so that only the return date decides.
  const base: CheckAnswers = { stayAbroad: 'irregular-over-1-year', returnRoute: 'own-way' };

  it.each([
    { case: 'returned today', returnedOn: '2026-11-25', on: today, fits: true },
    { case: '11 months ago', returnedOn: '2025-12-25', on: today, fits: true },
    { case: 'exactly 12 months ago', returnedOn: '2025-11-25', on: today, fits: true },
    { case: '12 months and 1 day ago', returnedOn: '2025-11-24', on: today, fits: false },
    { case: 'two years ago', returnedOn: '2024-11-25', on: today, fits: false },
    { case: 'tomorrow (a future date)', returnedOn: '2026-11-26', on: today, fits: false },
    { case: '29 Feb 2024, checked on 28 Feb 2025', returnedOn: '2024-02-29', on: new Date('2025-02-28T12:00:00+04:00'), fits: true },
    { case: '29 Feb 2024, checked on 1 Mar 2025', returnedOn: '2024-02-29', on: new Date('2025-03-01T12:00:00+04:00'), fits: false },
    // 01:00 on 25 Nov in Tbilisi is still 24 Nov in UTC: Georgian time decides.
    { case: 'today in Georgia, still yesterday in UTC', returnedOn: '2026-11-25', on: new Date('2026-11-24T21:00:00Z'), fits: true },
    { case: 'exactly 12 months ago in Georgia, 12 months + 1 day in UTC terms', returnedOn: '2025-11-25', on: new Date('2026-11-24T21:00:00Z'), fits: true },
  ])('$case → fits: $fits', ({ returnedOn, on, fits }) => {
    const result = match(STATE, { ...base, returnedOn }, on);
    expect(result !== undefined).toBe(fits);
    if (fits) expect(result?.reasons.map((r) => r.rule)).toContain('returnedWithinMonths');
  });

  it('does not exclude anyone who did not give a return date, but asks them to check it', () => {
    const result = match(STATE, base);
    expect(result?.unanswered.map((r) => r.rule)).toEqual(['returnedWithinMonths', 'needs']);
    expect(result?.unanswered[0]?.text.en).toMatch(/12 months/);
  });

  it('the answer form rejects a future return date', () => {
    const schema = checkAnswersOn(today);
    expect(schema.safeParse({ returnedOn: '2026-11-26' }).success).toBe(false);
    expect(schema.safeParse({ returnedOn: '2026-11-25' }).success).toBe(true);
  });

  it('the answer form rejects a date that does not exist, and a return date for someone still abroad', () => {
    const schema = checkAnswersOn(today);
    expect(schema.safeParse({ returnedOn: '2026-02-30' }).success).toBe(false);
    expect(schema.safeParse({ returnedOn: '26.11.2025' }).success).toBe(false);
    expect(schema.safeParse({ returnRoute: 'not-yet', returnedOn: '2026-10-01' }).success).toBe(false);
    expect(schema.safeParse({ returnRoute: 'not-yet' }).success).toBe(true);
  });
});

describe('state programme: irregular stay of over a year, or asylum', () => {
  const base: CheckAnswers = { returnedOn: '2026-08-25' };

  it.each([
    { stayAbroad: 'irregular-over-1-year', fits: true },
    { stayAbroad: 'asylum', fits: true },
    { stayAbroad: 'other', fits: false },
    { stayAbroad: undefined, fits: true },
  ] as const)('stay abroad: $stayAbroad → fits: $fits', ({ stayAbroad, fits }) => {
    const answers: CheckAnswers = stayAbroad === undefined ? base : { ...base, stayAbroad };
    const result = match(STATE, answers);
    expect(result !== undefined).toBe(fits);
    if (stayAbroad === undefined) expect(result?.unanswered.map((r) => r.rule)).toContain('stayAbroad');
    else if (fits) expect(result?.reasons.map((r) => r.rule)).toContain('stayAbroad');
  });
});

describe('needs → program categories', () => {
  it.each([
    { needs: ['business'], expected: [STATE, AVRR, ENTERPRISE, RDA] },
    { needs: ['employment'], expected: [AVRR, SESA] },
    { needs: ['training'], expected: [STATE, AVRR, SESA, VET] },
    { needs: ['health'], expected: [STATE, AVRR, HEALTH] },
    { needs: ['housing'], expected: [STATE, AVRR] },
    // No program in FACTS.md offers help with documents: the page must show its fallback.
    { needs: ['documents-legal'], expected: [] },
    { needs: ['documents-legal', 'health'], expected: [STATE, AVRR, HEALTH] },
  ] as const)('$needs → $expected', ({ needs, expected }) => {
    expect(ids({ needs: [...needs] }).sort()).toEqual([...expected].sort());
  });

  it('treats no needs, or an empty list, as not answered: every program stays', () => {
    expect(ids({}).sort()).toEqual(programs.map((p) => p.id).sort());
    expect(ids({ needs: [] }).sort()).toEqual(programs.map((p) => p.id).sort());
  });

  it('gives the program’s own explanation as the reason', () => {
    const result = match(HEALTH, { needs: ['health'] });
    expect(result?.reasons).toEqual([{ rule: 'needs', text: programs.find((p) => p.id === HEALTH)?.rules.needs.explain }]);
  });
});

describe('region filter', () => {
  const regional: Array<{ id: string; rules: EligibilityRules }> = [
    { id: 'kakheti-only', rules: { region: { anyOf: ['kakheti'], explain }, needs: { anyOf: ['business'], explain } } },
    { id: 'imereti-or-guria', rules: { region: { anyOf: ['imereti', 'guria'], explain }, needs: { anyOf: ['business'], explain } } },
    { id: 'nationwide', rules: { needs: { anyOf: ['business'], explain } } },
  ];

  it.each([
    { region: 'kakheti', expected: ['kakheti-only', 'nationwide'] },
    { region: 'guria', expected: ['imereti-or-guria', 'nationwide'] },
    { region: 'adjara', expected: ['nationwide'] },
    { region: undefined, expected: ['kakheti-only', 'imereti-or-guria', 'nationwide'] },
  ])('lives in $region → $expected', ({ region, expected }) => {
    const answers: CheckAnswers = region === undefined ? {} : { region };
    expect(matchPrograms(answers, regional, today).map((m) => m.id)).toEqual(expected);
  });

  it('every real program is nationwide, so the region answer alone excludes none', () => {
    expect(ids({ region: 'samtskhe-javakheti' }).sort()).toEqual(programs.map((p) => p.id).sort());
  });
});

describe('order of results', () => {
  it('puts programs with more matching reasons first and keeps input order otherwise', () => {
    const list: Array<{ id: string; rules: EligibilityRules }> = [
      { id: 'a', rules: { needs: { anyOf: ['health'], explain } } },
      { id: 'b', rules: { stayAbroad: { anyOf: ['asylum'], explain }, needs: { anyOf: ['health'], explain } } },
      { id: 'c', rules: { needs: { anyOf: ['health'], explain } } },
    ];
    expect(matchPrograms({ stayAbroad: 'asylum', needs: ['health'] }, list, today).map((m) => m.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('personas', () => {
  it.each([
    {
      who: 'back 3 months from Greece after an irregular stay, lives in Kakheti, wants a business',
      answers: { returnedOn: '2026-08-25', stayAbroad: 'irregular-over-1-year', returnRoute: 'own-way', region: 'kakheti', needs: ['business'] },
      expected: [STATE, ENTERPRISE, RDA],
    },
    {
      who: 'came back with IOM from Belgium 2 years ago, wants a job',
      answers: { returnedOn: '2024-11-01', stayAbroad: 'asylum', returnRoute: 'iom-avrr', region: 'tbilisi', needs: ['employment'] },
      expected: [AVRR, SESA],
    },
    {
      who: 'still abroad after asylum, will need health care and a place to stay',
      answers: { stayAbroad: 'asylum', returnRoute: 'not-yet', needs: ['health', 'housing'] },
      // Two reasons each for AVRR and the state programme (file order breaks the tie), one for health care.
      expected: [AVRR, STATE, HEALTH],
    },
    {
      who: 'worked legally abroad, back 6 months, wants training',
      answers: { returnedOn: '2026-05-25', stayAbroad: 'other', returnRoute: 'own-way', region: 'imereti', needs: ['training'] },
      expected: [SESA, VET],
    },
    {
      who: 'back 2 months after an irregular stay, needs only help with documents',
      answers: { returnedOn: '2026-09-25', stayAbroad: 'irregular-over-1-year', needs: ['documents-legal'] },
      expected: [],
    },
  ] as const)('$who', ({ answers, expected }) => {
    const input = checkAnswersOn(today).parse(answers);
    expect(ids(input)).toEqual(expected);
  });

  it('explains why the state programme fits the Kakheti returnee', () => {
    const result = match(STATE, {
      returnedOn: '2026-08-25',
      stayAbroad: 'irregular-over-1-year',
      returnRoute: 'own-way',
      region: 'kakheti',
      needs: ['business'],
    });
    expect(result?.reasons.map((r) => r.rule)).toEqual(['returnedWithinMonths', 'stayAbroad', 'needs']);
    expect(result?.unanswered).toEqual([]);
    for (const reason of result?.reasons ?? []) expect(reason.text.ka).toMatch(/[\u10D0-\u10FF]/u);
  });

  it('a visitor still abroad sees IOM assisted return with its reason, and the state programme with the date to check', () => {
    const answers: CheckAnswers = { stayAbroad: 'asylum', returnRoute: 'not-yet', needs: ['housing'] };
    expect(match(AVRR, answers)?.reasons.map((r) => r.rule)).toEqual(['returnRoute', 'needs']);
    expect(match(STATE, answers)?.unanswered.map((r) => r.rule)).toEqual(['returnedWithinMonths']);
  });
});

describe('eligibilityRules schema', () => {
  it('ruleNames lists every rule exactly once', () => {
    expect([...ruleNames].sort()).toEqual(Object.keys(eligibilityRules.shape).sort());
  });

  it('needs a `needs` rule, and text in both languages', () => {
    expect(eligibilityRules.safeParse({}).success).toBe(false);
    expect(eligibilityRules.safeParse({ needs: { anyOf: ['health'], explain: { en: 'x' } } }).success).toBe(false);
    expect(eligibilityRules.safeParse({ needs: { anyOf: ['health'], explain: { ka: 'x', en: 'x' } } }).success).toBe(false);
    expect(eligibilityRules.safeParse({ needs: { anyOf: ['health'], explain } }).success).toBe(true);
  });

  it('rejects unknown rules, unknown values and repeated values', () => {
    expect(eligibilityRules.safeParse({ needs: { anyOf: ['health'], explain }, age: { min: 18 } }).success).toBe(false);
    expect(eligibilityRules.safeParse({ needs: { anyOf: ['jobs'], explain } }).success).toBe(false);
    expect(eligibilityRules.safeParse({ needs: { anyOf: ['health', 'health'], explain } }).success).toBe(false);
    expect(
      eligibilityRules.safeParse({ returnedWithinMonths: { months: 0, explain }, needs: { anyOf: ['health'], explain } }).success,
    ).toBe(false);
  });
});
