import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../../../../src/i18n/locales';
import { uiTemplate } from '../../../../src/i18n/ui';
import { programSchema } from '../../../../src/lib/content/schemas';
import type { CheckAnswers } from '../../../../src/lib/programs/eligibility';
import { matchPrograms } from '../../../../src/lib/programs/match';
import {
  calendarMonthsBetween,
  joinOr,
  missedPrograms,
  notFitKeys,
  notFitsOf,
  notFitText,
  notFitWords,
  type NotFit,
} from '../../../../src/lib/programs/not-fit';
import type { EligibilityRules } from '../../../../src/lib/programs/rules';
import { readProgramFiles, readRegions } from './support/program-files';

/** The real program files: the reasons are checked against the site's own content. */
const programs = readProgramFiles().map((f) => ({ id: f.id, rules: programSchema.parse(f.data).rules }));
const regions = readRegions();

const STATE = 'state-reintegration-programme';
const stateRules = programs.find((p) => p.id === STATE)!.rules;

/** Noon in Tbilisi on 25 November 2026. */
const today = new Date('2026-11-25T12:00:00+04:00');
const todayIso = '2026-11-25';

/** The words of one language, from the real UI dictionaries and region names. */
const words = (locale: Locale) =>
  notFitWords(
    Object.fromEntries(notFitKeys().map((k) => [k, uiTemplate(locale, k)])) as Parameters<typeof notFitWords>[0],
    locales[locale].intl,
    (id) => regions.find((r) => r.id === id)?.name[locale] ?? id,
  );
const en = words('en');
const ka = words('ka');

const explain = { ka: 'ტესტი', en: 'test' };

describe('calendarMonthsBetween', () => {
  it.each([
    ['2025-03-31', '2026-11-01', 20],
    ['2025-11-25', '2026-11-25', 12],
    ['2025-11-24', '2026-11-25', 12],
    ['2026-11-01', '2026-11-30', 0],
    ['2026-12-01', '2026-11-30', -1],
  ])('%s → %s: %i months', (from, to, months) => {
    expect(calendarMonthsBetween(from, to)).toBe(months);
  });
});

describe('joinOr', () => {
  it.each([
    [[], ''],
    [['Kakheti'], 'Kakheti'],
    [['Kakheti', 'Guria'], 'Kakheti or Guria'],
    [['Kakheti', 'Guria', 'Imereti'], 'Kakheti, Guria or Imereti'],
  ])('%j → %s', (items, expected) => {
    expect(joinOr(items, 'or')).toBe(expected);
  });
});

describe('the return date against "came back in the last 12 months"', () => {
  const rule = (returnedOn: string) => notFitsOf(stateRules, { returnedOn }, todayIso);

  it.each([
    { case: 'back today', returnedOn: '2026-11-25' },
    { case: 'back 11 months ago', returnedOn: '2025-12-25' },
    { case: 'back exactly 12 months ago (the last day that fits)', returnedOn: '2025-11-25' },
    // How the form reads "November 2025": the month's last day, so that whole month still fits.
    { case: 'back in the month 12 months ago, given as a month', returnedOn: '2025-11-30' },
  ])('$case: no reason, the program fits', ({ returnedOn }) => {
    expect(rule(returnedOn)).toEqual([]);
  });

  it('one day past 12 months: "more than 12 months ago", never "12 months ago"', () => {
    const [notFit] = rule('2025-11-24');
    expect(notFit).toEqual({ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 12 });
    expect(notFitText(notFit!, en)).toBe(
      'You came back more than 12 months ago; this program is for people in their first 12 months after return.',
    );
    expect(notFitText(notFit!, ka)).toBe(
      'თქვენ 12 თვეზე მეტი ხნის წინ დაბრუნდით; პროგრამაზე განაცხადის შეტანა დაბრუნებიდან 12 თვის განმავლობაში შეიძლება.',
    );
  });

  it('13 months, given as a month (its last day): "13 months ago"', () => {
    const [notFit] = rule('2025-10-31');
    expect(notFit).toEqual({ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 13 });
    expect(notFitText(notFit!, en)).toBe('You came back 13 months ago; this program is for people in their first 12 months after return.');
  });

  it('20 months ago, in both languages', () => {
    const [notFit] = rule('2025-03-31');
    expect(notFitText(notFit!, en)).toBe('You came back 20 months ago; this program is for people in their first 12 months after return.');
    expect(notFitText(notFit!, ka)).toBe(
      'თქვენ 20 თვის წინ დაბრუნდით; პროგრამაზე განაცხადის შეტანა დაბრუნებიდან 12 თვის განმავლობაში შეიძლება.',
    );
  });

  it('a return date after today says so', () => {
    const [notFit] = rule('2026-12-01');
    expect(notFit).toEqual({ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 'future' });
    expect(notFitText(notFit!, en)).toMatch(/has not come yet/);
  });

  it('uses the singular for one month in English', () => {
    const short: NotFit = { rule: 'returnedWithinMonths', limit: 1, monthsAgo: 2 };
    expect(notFitText(short, en)).toBe('You came back 2 months ago; this program is for people in their first month after return.');
    expect(notFitText({ rule: 'returnedWithinMonths', limit: 1, monthsAgo: 1 }, en)).toBe(
      'You came back more than 1 month ago; this program is for people in their first month after return.',
    );
  });

  it('a skipped return date, or someone still abroad, gives no reason', () => {
    expect(notFitsOf(stateRules, {}, todayIso)).toEqual([]);
    expect(notFitsOf(stateRules, { returnRoute: 'not-yet' }, todayIso)).toEqual([]);
  });
});

describe('the other rules', () => {
  it('how the visitor stayed abroad: their answer, and who the program is for', () => {
    const [notFit] = notFitsOf(stateRules, { stayAbroad: 'other' }, todayIso);
    expect(notFit).toEqual({ rule: 'stayAbroad', answer: 'other', allowed: ['irregular-over-1-year', 'asylum'] });
    expect(notFitText(notFit!, en)).toBe(
      'You answered “Another way (legally, or without status for a year or less)”; this program is for people who lived abroad without legal status for more than a year or applied for or were granted asylum abroad.',
    );
    expect(notFitText(notFit!, ka)).toBe(
      'თქვენ უპასუხეთ: „სხვაგვარად (ლეგალურად, ან სტატუსის გარეშე არა უმეტეს ერთი წლის განმავლობაში)“; პროგრამა მათთვისაა, ვინც საზღვარგარეთ ერთ წელზე მეტხანს ლეგალური სტატუსის გარეშე ცხოვრობდა ან საზღვარგარეთ თავშესაფარი ითხოვა ან მიიღო.',
    );
  });

  it('how the visitor came back', () => {
    const avrr = programs.find((p) => p.id === 'iom-assisted-voluntary-return')!.rules;
    const [notFit] = notFitsOf(avrr, { returnRoute: 'own-way' }, todayIso);
    expect(notFitText(notFit!, en)).toBe(
      'You answered “On my own or another way”; this program is for people who come back through IOM’s assisted voluntary return programme or have not come back yet.',
    );
  });

  it('the region, with the region names of the page language', () => {
    const rules: EligibilityRules = { region: { anyOf: ['imereti', 'guria'], explain }, needs: { anyOf: ['business'], explain } };
    const [notFit] = notFitsOf(rules, { region: 'kakheti' }, todayIso);
    expect(notFitText(notFit!, en)).toBe('You live in Kakheti; this program is only for people who live in Imereti or Guria.');
    expect(notFitText(notFit!, ka)).toBe('თქვენი რეგიონი: კახეთი; პროგრამა მხოლოდ ამ რეგიონების მცხოვრებლებისთვისაა: იმერეთი ან გურია.');
  });

  it('needs: what the visitor asked for, and what the program helps with', () => {
    const health = programs.find((p) => p.id === 'universal-healthcare')!.rules;
    const [notFit] = notFitsOf(health, { needs: ['business', 'training'] }, todayIso);
    expect(notFitText(notFit!, en)).toBe('You asked for help with: Business and grants, Vocational training; this program helps with: Health.');
  });

  it('lists every rule that fails, in rule order', () => {
    const answers: CheckAnswers = { returnedOn: '2025-03-31', stayAbroad: 'other', needs: ['documents-legal'] };
    expect(notFitsOf(stateRules, answers, todayIso).map((n) => n.rule)).toEqual(['returnedWithinMonths', 'stayAbroad', 'needs']);
  });
});

describe('missedPrograms', () => {
  const personas: Array<{ who: string; answers: CheckAnswers }> = [
    { who: 'back 20 months, wants training', answers: { returnedOn: '2025-03-31', stayAbroad: 'irregular-over-1-year', returnRoute: 'own-way', needs: ['training'] } },
    { who: 'back 3 months, Kakheti, wants a business', answers: { returnedOn: '2026-08-31', stayAbroad: 'irregular-over-1-year', returnRoute: 'own-way', region: 'kakheti', needs: ['business'] } },
    { who: 'needs only documents', answers: { needs: ['documents-legal'] } },
    { who: 'answered nothing', answers: {} },
  ];

  it.each(personas)('$who: every program either fits or is missed with a reason, never both', ({ answers }) => {
    const fits = matchPrograms(answers, programs, today).map((m) => m.id);
    const misses = missedPrograms(answers, programs, today);
    expect([...fits, ...misses.map((m) => m.id)].sort()).toEqual(programs.map((p) => p.id).sort());
    for (const miss of misses) {
      expect(miss.notFits.length).toBeGreaterThan(0);
      for (const notFit of miss.notFits) {
        expect(notFitText(notFit, en)).not.toMatch(/[{}]/);
        expect(notFitText(notFit, ka)).toMatch(/[\u10D0-\u10FF]/u);
      }
    }
  });

  it('back 20 months: the state programme is missed for its 12 months only', () => {
    const miss = missedPrograms(personas[0]!.answers, programs, today).find((m) => m.id === STATE);
    expect(miss?.notFits).toEqual([{ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 20 }]);
  });
});
