import { format } from '../../i18n/ui';
import type { UiKey } from '../../i18n/ui-ka';
import { numberFormat } from '../format/intl-cache';
import { type ProgramCategory, programCategories } from '../content/vocabulary';
import { type ReturnRoute, type StayAbroadKind, returnRoutes, ruleNames, stayAbroadKinds } from './answer-values';
import type { CheckAnswers } from './eligibility';
import { georgianDate } from '../time/georgia';
import { evaluateRule } from './match';
import type { EligibilityRules } from './rules';

/**
 * Why a program does not fit the visitor's answers, in plain words. The
 * "What help can I get?" check lists such programs after the ones that fit,
 * each with one sentence per rule the answers do not meet, so a "no" is never
 * silent. The sentences are built from the rule and the answer (not written
 * per program), so a new program file gets its reasons for free. Free of Zod,
 * like ./match.ts, because the check runs it in the browser.
 */

/** One rule a program has that the answers do not meet, with what the sentence needs. */
export type NotFit =
  | {
      rule: 'returnedWithinMonths';
      /** The program's limit: apply within this many months of return. */
      limit: number;
      /**
       * Calendar months from the month of return to this month (back in
       * March, now in November: 8), or `future` for a return date after today.
       */
      monthsAgo: number | 'future';
    }
  | { rule: 'stayAbroad'; answer: StayAbroadKind; allowed: readonly StayAbroadKind[] }
  | { rule: 'returnRoute'; answer: ReturnRoute; allowed: readonly ReturnRoute[] }
  | { rule: 'region'; answer: string; allowed: readonly string[] }
  | { rule: 'needs'; answer: readonly string[]; allowed: readonly string[] };

/** A program the answers rule out, with every rule they do not meet, in the order of `ruleNames`. */
export interface ProgramMiss {
  id: string;
  notFits: NotFit[];
}

/**
 * Calendar months from the month of `from` to the month of `to` (both
 * YYYY-MM-DD); the days do not count. Negative when `from` is later.
 *
 * @example calendarMonthsBetween('2025-03-31', '2026-11-01') // 20
 */
export function calendarMonthsBetween(from: string, to: string): number {
  const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return months(to) - months(from);
}

/**
 * The rules of one program that the answers do not meet. A skipped question
 * never appears here: it does not rule a program out (see `matchPrograms`).
 * `todayIso` is today's date in Georgia, YYYY-MM-DD.
 *
 * @example notFitsOf(stateProgramme.rules, { returnedOn: '2025-03-31', needs: ['business'] }, '2026-11-25')
 * // [{ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 20 }]
 */
export function notFitsOf(rules: EligibilityRules, answers: CheckAnswers, todayIso: string): NotFit[] {
  const notFits: NotFit[] = [];
  for (const rule of ruleNames) {
    if (!rules[rule] || evaluateRule(rule, rules, answers, todayIso) !== 'does-not-fit') continue;
    switch (rule) {
      case 'returnedWithinMonths': {
        const returnedOn = answers.returnedOn ?? todayIso;
        notFits.push({
          rule,
          limit: rules.returnedWithinMonths?.months ?? 0,
          monthsAgo: returnedOn > todayIso ? 'future' : calendarMonthsBetween(returnedOn, todayIso),
        });
        break;
      }
      case 'stayAbroad':
        if (answers.stayAbroad && rules.stayAbroad) notFits.push({ rule, answer: answers.stayAbroad, allowed: rules.stayAbroad.anyOf });
        break;
      case 'returnRoute':
        if (answers.returnRoute && rules.returnRoute) notFits.push({ rule, answer: answers.returnRoute, allowed: rules.returnRoute.anyOf });
        break;
      case 'region':
        if (answers.region && rules.region) notFits.push({ rule, answer: answers.region, allowed: rules.region.anyOf });
        break;
      case 'needs':
        notFits.push({ rule, answer: answers.needs ?? [], allowed: rules.needs.anyOf });
        break;
    }
  }
  return notFits;
}

/**
 * The programs the answers rule out, in input order, each with every rule
 * that fails: the complement of `matchPrograms`, so together they name every
 * program once. `today` is read as a calendar date in Georgia.
 *
 * @example missedPrograms({ returnedOn: '2025-03-31', needs: ['training'] }, programs, new Date('2026-11-25'))
 * // [{ id: 'state-reintegration-programme', notFits: [{ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 20 }] }, …]
 */
export function missedPrograms(
  answers: CheckAnswers,
  programs: ReadonlyArray<{ id: string; rules: EligibilityRules }>,
  today: Date,
): ProgramMiss[] {
  const todayIso = georgianDate(today);
  return programs
    .map((p) => ({ id: p.id, notFits: notFitsOf(p.rules, answers, todayIso) }))
    .filter((miss) => miss.notFits.length > 0);
}

/** The UI strings the reasons are made of. */
export type NotFitKey = Extract<UiKey, `check.notFit.${string}` | `check.stay.${StayAbroadKind}` | `check.route.${ReturnRoute}` | `category.${ProgramCategory}`>;

/**
 * Every UI string key `notFitText` may use, so a page can hand just these to
 * its script.
 */
export function notFitKeys(): NotFitKey[] {
  const counted = ['ago', 'agoMoreThan', 'limit'].flatMap((k) => [`check.notFit.${k}.one`, `check.notFit.${k}.other`]);
  return [
    'check.notFit.returned',
    'check.notFit.future',
    'check.notFit.answer',
    'check.notFit.region',
    'check.notFit.needs',
    'check.notFit.or',
    ...counted,
    ...stayAbroadKinds.flatMap((k) => [`check.stay.${k}`, `check.notFit.stay.${k}`]),
    ...returnRoutes.flatMap((r) => [`check.route.${r}`, `check.notFit.route.${r}`]),
    ...programCategories.map((c) => `category.${c}`),
  ] as NotFitKey[];
}

/** What `notFitText` needs from the page's language. */
export interface NotFitWords {
  /** A UI string of the page's language with its `{placeholders}` filled (numbers formatted). */
  phrase: (key: NotFitKey, values?: Record<string, number | string>) => string;
  /** The plural form for a count in the page's language (`Intl.PluralRules`); anything but `one` is `other`. */
  plural: (count: number) => Intl.LDMLPluralRule;
  /** A region's name from its id. */
  regionName: (id: string) => string;
}

/**
 * `NotFitWords` for one language from its UI strings (as the page hands them
 * to its script), its `Intl` locale and the region names.
 *
 * @example notFitWords(phrases, 'en-GB', (id) => regions[id]).plural(1) // 'one'
 */
export function notFitWords(phrases: Record<NotFitKey, string>, intl: string, regionName: (id: string) => string): NotFitWords {
  const numbers = numberFormat(intl, { maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(intl);
  return {
    phrase: (key, values = {}) =>
      format(phrases[key], Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? numbers.format(v) : v]))),
    plural: (count) => plurals.select(count),
    regionName,
  };
}

/**
 * `a, b or c` with the language's word for "or" (no `Intl.ListFormat`: a
 * browser without Georgian locale data would write "or" in English).
 *
 * @example joinOr(['Kakheti', 'Guria', 'Imereti'], 'or') // 'Kakheti, Guria or Imereti'
 */
export function joinOr(items: readonly string[], or: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

const countKey = (base: 'ago' | 'agoMoreThan' | 'limit', words: NotFitWords, count: number): NotFitKey =>
  `check.notFit.${base}.${words.plural(count) === 'one' ? 'one' : 'other'}`;

/**
 * One rule that fails, as a sentence for the visitor: what they answered, and
 * who the program is for.
 *
 * A return in the month `limit` months ago always fits (a month answer is
 * read as its last day), so "`limit` months ago" only comes from an exact date
 * one day too late: then the sentence says "more than `limit` months ago".
 *
 * @example notFitText({ rule: 'returnedWithinMonths', limit: 12, monthsAgo: 20 }, englishWords)
 * // 'You came back 20 months ago; this program is for people in their first 12 months after return.'
 */
export function notFitText(notFit: NotFit, words: NotFitWords): string {
  const { phrase } = words;
  switch (notFit.rule) {
    case 'returnedWithinMonths': {
      if (notFit.monthsAgo === 'future') return phrase('check.notFit.future');
      const { limit, monthsAgo } = notFit;
      const ago =
        monthsAgo > limit
          ? phrase(countKey('ago', words, monthsAgo), { count: monthsAgo })
          : phrase(countKey('agoMoreThan', words, limit), { count: limit });
      return phrase('check.notFit.returned', { ago, limit: phrase(countKey('limit', words, limit), { count: limit }) });
    }
    case 'stayAbroad':
      return phrase('check.notFit.answer', {
        answer: phrase(`check.stay.${notFit.answer}`),
        allowed: joinOr(notFit.allowed.map((k) => phrase(`check.notFit.stay.${k}`)), phrase('check.notFit.or')),
      });
    case 'returnRoute':
      return phrase('check.notFit.answer', {
        answer: phrase(`check.route.${notFit.answer}`),
        allowed: joinOr(notFit.allowed.map((r) => phrase(`check.notFit.route.${r}`)), phrase('check.notFit.or')),
      });
    case 'region':
      return phrase('check.notFit.region', {
        answer: words.regionName(notFit.answer),
        allowed: joinOr(notFit.allowed.map(words.regionName), phrase('check.notFit.or')),
      });
    case 'needs': {
      const label = (c: string) => phrase(`category.${c as ProgramCategory}`);
      return phrase('check.notFit.needs', { answer: notFit.answer.map(label).join(', '), allowed: notFit.allowed.map(label).join(', ') });
    }
  }
}
