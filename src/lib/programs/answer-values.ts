import type { RuleName } from './rules';

/**
 * The values the eligibility rules and the check's answers use, without the
 * Zod schemas of ./rules.ts, so the check's browser script can import them
 * without shipping Zod to the visitor's phone.
 */

/** How the visitor stayed abroad. One answer: the one that fits best. */
export const stayAbroadKinds = [
  /** Lived abroad without legal status for more than a year. */
  'irregular-over-1-year',
  /** Applied for asylum abroad, or received it. */
  'asylum',
  /** Anything else: a legal stay, or an irregular stay of a year or less. */
  'other',
] as const;
export type StayAbroadKind = (typeof stayAbroadKinds)[number];

/** How the visitor came back to Georgia, or that they have not come back yet. */
export const returnRoutes = [
  /** Through an IOM assisted voluntary return (AVRR) programme of the host country. */
  'iom-avrr',
  /** On their own or any other way. */
  'own-way',
  /** Still abroad and thinking about returning. */
  'not-yet',
] as const;
export type ReturnRoute = (typeof returnRoutes)[number];

/** Rule names in the order reasons are listed. */
export const ruleNames = [
  'returnedWithinMonths',
  'stayAbroad',
  'returnRoute',
  'region',
  'needs',
] as const satisfies readonly RuleName[];
