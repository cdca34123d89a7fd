import type { ProgramCategory } from '../content/vocabulary';
import { type ReturnRoute, type StayAbroadKind, returnRoutes, stayAbroadKinds } from './answer-values';
import type { CheckAnswers } from './eligibility';
import { georgianDate } from '../time/georgia';

/**
 * The "What help can I get?" form as an address: the answers live in the query
 * string (`?month=8&year=2026&stay=irregular-over-1-year&region=kakheti&need=business`)
 * so a result can be shared and reopened. The parameter names are the names of
 * the form fields, so the plain HTML form (GET) writes the same address as the
 * script does. Nothing else stores the answers.
 */

/** What the check asks about needs: the six kinds of help a returnee asks for first. */
export const checkNeeds = [
  'employment',
  'business',
  'training',
  'health',
  'housing',
  'documents-legal',
] as const satisfies readonly ProgramCategory[];
export type CheckNeed = (typeof checkNeeds)[number];

/** Query parameter (and form field) names. */
export const checkParams = {
  month: 'month',
  year: 'year',
  stay: 'stay',
  route: 'route',
  region: 'region',
  town: 'town',
  need: 'need',
} as const;

/** The form as filled in. A field left out is a question skipped. */
export interface CheckForm {
  /** Month of return, 1–12. */
  month?: number;
  /** Year of return, e.g. 2026. */
  year?: number;
  stay?: StayAbroadKind;
  route?: ReturnRoute;
  /** Region id from content/regions.yaml. */
  region?: string;
  /** Town as typed; matched against the gazetteer to find the nearest place. */
  town?: string;
  needs: CheckNeed[];
}

/** The longest town name we keep from an address: longer input is not a town. */
const maxTownLength = 60;

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === value);

const integerIn = (value: string | null, min: number, max: number): number | undefined => {
  if (value === null || !/^\d{1,4}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};

/**
 * Reads the form from a query string. Anything unknown or malformed (an old or
 * edited link) is treated as a skipped question, never as an error.
 *
 * @example parseCheckQuery('?month=8&year=2026&need=business', ['kakheti']) // { month: 8, year: 2026, needs: ['business'] }
 */
export function parseCheckQuery(search: string | URLSearchParams, regionIds: readonly string[]): CheckForm {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const form: CheckForm = { needs: checkNeeds.filter((n) => params.getAll(checkParams.need).includes(n)) };
  const month = integerIn(params.get(checkParams.month), 1, 12);
  const year = integerIn(params.get(checkParams.year), 1990, 2100);
  const stay = oneOf(params.get(checkParams.stay), stayAbroadKinds);
  const route = oneOf(params.get(checkParams.route), returnRoutes);
  const region = oneOf(params.get(checkParams.region), regionIds);
  const town = params.get(checkParams.town)?.trim().slice(0, maxTownLength);
  if (month !== undefined) form.month = month;
  if (year !== undefined) form.year = year;
  if (stay) form.stay = stay;
  if (route) form.route = route;
  if (region) form.region = region;
  if (town) form.town = town;
  return form;
}

/**
 * The query string for a filled-in form, `?…`, or `''` when nothing is answered.
 * Fields in form order, needs in the order the form lists them.
 *
 * @example serialiseCheckQuery({ year: 2026, month: 8, needs: ['business'] }) // '?month=8&year=2026&need=business'
 */
export function serialiseCheckQuery(form: CheckForm): string {
  const params = new URLSearchParams();
  if (form.month !== undefined) params.set(checkParams.month, String(form.month));
  if (form.year !== undefined) params.set(checkParams.year, String(form.year));
  if (form.stay) params.set(checkParams.stay, form.stay);
  if (form.route) params.set(checkParams.route, form.route);
  if (form.region) params.set(checkParams.region, form.region);
  if (form.town) params.set(checkParams.town, form.town);
  for (const need of checkNeeds.filter((n) => form.needs.includes(n))) params.append(checkParams.need, need);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when at least one question is answered: then opening the address shows a result. */
export function hasAnswers(form: CheckForm): boolean {
  return serialiseCheckQuery(form) !== '';
}

/**
 * The return date to check rules against when the visitor gave only a month:
 * the last day of that month, or today when it is the current month. Taking the
 * latest possible day means a month answer never rules a program out that the
 * real day would let in; the program page still says to apply in time.
 * Undefined for a month that has not begun yet (in Georgian time).
 *
 * @example returnDateOf(2026, 2, new Date('2026-11-25')) // '2026-02-28'
 * @example returnDateOf(2026, 11, new Date('2026-11-25')) // '2026-11-25'
 */
export function returnDateOf(year: number, month: number, today: Date): string | undefined {
  const todayIso = georgianDate(today);
  const monthStart = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  if (monthStart > todayIso) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthEnd = `${monthStart.slice(0, 8)}${String(lastDay).padStart(2, '0')}`;
  return monthEnd < todayIso ? monthEnd : todayIso;
}

/**
 * The answers the eligibility check reads (`matchPrograms`), from the form.
 * A return month without a year (or a year without a month) is incomplete and
 * skipped; someone still abroad has no return date; the region comes from the
 * form, or else from the town the visitor typed (`townRegion`).
 *
 * @example answersFromForm({ month: 8, year: 2026, needs: ['business'] }, today) // { returnedOn: '2026-08-31', needs: ['business'] }
 */
export function answersFromForm(form: CheckForm, today: Date, townRegion?: string): CheckAnswers {
  const answers: CheckAnswers = {};
  if (form.month !== undefined && form.year !== undefined && form.route !== 'not-yet') {
    const returnedOn = returnDateOf(form.year, form.month, today);
    if (returnedOn) answers.returnedOn = returnedOn;
  }
  if (form.stay) answers.stayAbroad = form.stay;
  if (form.route) answers.returnRoute = form.route;
  const region = form.region ?? townRegion;
  if (region) answers.region = region;
  if (form.needs.length > 0) answers.needs = [...form.needs];
  return answers;
}

/**
 * The needs the visitor named that none of the matched programs helps with,
 * in form order: the page then says so and points to a place to ask, instead
 * of staying silent (no program in the facts covers documents, for one).
 *
 * @example uncoveredNeeds(['health', 'documents-legal'], matches, programs) // ['documents-legal']
 */
export function uncoveredNeeds(
  needs: readonly CheckNeed[],
  matchedIds: readonly string[],
  programs: ReadonlyArray<{ id: string; rules: { needs: { anyOf: readonly string[] } } }>,
): CheckNeed[] {
  const matched = programs.filter((p) => matchedIds.includes(p.id));
  return checkNeeds.filter((n) => needs.includes(n) && !matched.some((p) => p.rules.needs.anyOf.includes(n)));
}
