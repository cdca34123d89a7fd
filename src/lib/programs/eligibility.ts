import { z } from 'astro/zod';
import { regionIdPattern } from '../content/fields';
import { programCategories } from '../content/vocabulary';
import { returnRoutes, stayAbroadKinds } from './answer-values';
import { georgianDate } from '../time/georgia';
import { isRealDate } from '../time/calendar';

/**
 * The answers of the "What help can I get?" check and their validation. The
 * matching itself lives in ./match.ts (no Zod, so it can run in the browser)
 * and is re-exported here.
 */
export {
  addMonths,
  evaluateRule,
  matchPrograms,
  type ProgramMatch,
  type Reason,
  type RuleOutcome,
} from './match';

/**
 * The visitor's answers. Every field is optional: a skipped question, or
 * "I don't know", is simply left out, and never rules a program out.
 */
export const checkAnswers = z
  .object({
    /** The day the visitor came back to Georgia (YYYY-MM-DD). Leave out when still abroad or unknown. */
    returnedOn: z.string().refine(isRealDate, { message: 'must be a date like 2026-11-25' }).optional(),
    /** How the visitor stayed abroad. */
    stayAbroad: z.enum(stayAbroadKinds).optional(),
    /** How the visitor came back, or `not-yet` when still abroad. */
    returnRoute: z.enum(returnRoutes).optional(),
    /** Region id (content/regions.yaml) where the visitor lives or will live. */
    region: z.string().regex(regionIdPattern).optional(),
    /** What the visitor needs help with. An empty list counts as not answered. */
    needs: z.array(z.enum(programCategories)).optional(),
  })
  .strict();
export type CheckAnswers = z.infer<typeof checkAnswers>;

/**
 * `checkAnswers` plus the checks that need today's date: a return date may not
 * lie in the future (in Georgian time), and someone still abroad has no return date.
 * Use it to validate the form before calling `matchPrograms`.
 */
export function checkAnswersOn(today: Date) {
  const todayIso = georgianDate(today);
  return checkAnswers
    .refine((a) => a.returnedOn === undefined || a.returnedOn <= todayIso, {
      message: 'the return date cannot be in the future',
      path: ['returnedOn'],
    })
    .refine((a) => !(a.returnRoute === 'not-yet' && a.returnedOn !== undefined), {
      message: 'someone who has not come back yet has no return date',
      path: ['returnedOn'],
    });
}

