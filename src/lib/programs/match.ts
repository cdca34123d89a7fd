import type { LocalizedText } from '../content/fields';
import type { CheckAnswers } from './eligibility';
import { ruleNames } from './answer-values';
import type { EligibilityRules, RuleName } from './rules';
import { daysInMonth, isRealDate } from '../time/calendar';
import { georgianDate } from '../time/georgia';

/**
 * The "What help can I get?" check: which programs fit a visitor's answers,
 * and why. Pure: the caller passes today's date, so results are reproducible.
 * Free of Zod (the answers' schema is in ./eligibility.ts), so the check page
 * runs it in the browser without shipping the schema library.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD, e.g. 2026-11-25. */
type IsoDate = string;


/**
 * `date` plus `months` calendar months. When the target month is shorter, the
 * result is that month's last day (29 Feb 2024 + 12 months → 28 Feb 2025).
 *
 * @example addMonths('2025-11-25', 12) // '2026-11-25'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = isoDatePattern.exec(date);
  if (!m || !isRealDate(date)) throw new RangeError(`not a date like 2026-11-25: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Outcome of one rule for one visitor. */
export type RuleOutcome = 'fits' | 'does-not-fit' | 'unanswered';

/** One rule of a program and its explanation, as shown to the visitor. */
export interface Reason {
  rule: RuleName;
  text: LocalizedText;
}

/** A program that fits the answers. */
export interface ProgramMatch {
  id: string;
  /** Rules the answers meet: show them as "why this may be for you". */
  reasons: Reason[];
  /** Rules whose question was not answered: show them as "check that this applies to you". */
  unanswered: Reason[];
}

/** Whether `answer` is one of `allowed`; unanswered when there is no answer. */
function oneOf<T>(answer: T | undefined, allowed: readonly T[]): RuleOutcome {
  if (answer === undefined) return 'unanswered';
  return allowed.includes(answer) ? 'fits' : 'does-not-fit';
}

/**
 * Evaluates one rule against the answers.
 *
 * - `returnedWithinMonths`: fits when the visitor came back on or after the
 *   same calendar day `months` months before today (Georgian time), and not
 *   after today. A return date in the future does not fit: nobody has
 *   returned on a day that has not come. No return date → unanswered (this
 *   includes visitors still abroad, who may apply once they are back).
 * - `stayAbroad`, `returnRoute`, `region`: fit when the answer is in `anyOf`.
 * - `needs`: fits when at least one of the visitor's needs is in `anyOf`.
 */
export function evaluateRule(rule: RuleName, rules: EligibilityRules, answers: CheckAnswers, todayIso: IsoDate): RuleOutcome {
  switch (rule) {
    case 'returnedWithinMonths': {
      const r = rules.returnedWithinMonths;
      if (!r || answers.returnedOn === undefined || !isRealDate(answers.returnedOn)) return 'unanswered';
      if (answers.returnedOn > todayIso) return 'does-not-fit';
      return todayIso <= addMonths(answers.returnedOn, r.months) ? 'fits' : 'does-not-fit';
    }
    case 'stayAbroad':
      return rules.stayAbroad ? oneOf(answers.stayAbroad, rules.stayAbroad.anyOf) : 'unanswered';
    case 'returnRoute':
      return rules.returnRoute ? oneOf(answers.returnRoute, rules.returnRoute.anyOf) : 'unanswered';
    case 'region':
      return rules.region ? oneOf(answers.region, rules.region.anyOf) : 'unanswered';
    case 'needs': {
      const needs = answers.needs ?? [];
      if (needs.length === 0) return 'unanswered';
      return needs.some((n) => rules.needs.anyOf.includes(n)) ? 'fits' : 'does-not-fit';
    }
  }
}

/**
 * The programs that fit a visitor's answers, and why.
 *
 * Semantics:
 * - A program fits unless one of its rules clearly does not fit. A question
 *   the visitor skipped never excludes a program: that rule is listed under
 *   `unanswered` so the page can ask the visitor to check it themselves.
 * - A rule the program does not have is ignored.
 * - `reasons` and `unanswered` list rules in the order of `ruleNames`.
 * - Programs with more matching reasons come first (the most specific help for
 *   this visitor); programs with as many reasons keep their input order.
 * - `today` is read as a calendar date in Georgia (see lib/time/georgia.ts).
 *
 * Validate the answers with `checkAnswersOn(today)` first; this function does
 * not throw on odd answers but treats them as described above.
 *
 * @example
 * matchPrograms({ returnedOn: '2026-08-25', stayAbroad: 'irregular-over-1-year', needs: ['business'] }, programs, new Date())
 * // → [{ id: 'state-reintegration-programme', reasons: [{ rule: 'returnedWithinMonths', … }, …], unanswered: [] }, …]
 */
export function matchPrograms(
  answers: CheckAnswers,
  programs: ReadonlyArray<{ id: string; rules: EligibilityRules }>,
  today: Date,
): ProgramMatch[] {
  const todayIso = georgianDate(today);
  const matches: ProgramMatch[] = [];
  for (const program of programs) {
    const reasons: Reason[] = [];
    const unanswered: Reason[] = [];
    let fits = true;
    for (const rule of ruleNames) {
      const definition = program.rules[rule];
      if (!definition) continue;
      const outcome = evaluateRule(rule, program.rules, answers, todayIso);
      if (outcome === 'does-not-fit') {
        fits = false;
        break;
      }
      (outcome === 'fits' ? reasons : unanswered).push({ rule, text: definition.explain });
    }
    if (fits) matches.push({ id: program.id, reasons, unanswered });
  }
  // Array.prototype.sort is stable, so equal counts keep the input order.
  return matches.sort((a, b) => b.reasons.length - a.reasons.length);
}
