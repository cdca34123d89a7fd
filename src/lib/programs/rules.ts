import { z } from 'astro/zod';
import { localizedText, regionId } from '../content/fields';
import { programCategories } from '../content/vocabulary';
import { returnRoutes, stayAbroadKinds } from './answer-values';

/**
 * Eligibility rules as data: the `rules:` block of a program file, read by the
 * "What help can I get?" check (`matchPrograms` in ./eligibility.ts).
 *
 * A block has one optional entry per question the check asks, plus the
 * required `needs` entry. Each entry says which answers fit (`anyOf`, or
 * `months` for the return date) and carries an `explain` text in both
 * languages. The check shows that text as the reason a program fits, or, when
 * the visitor skipped the question, as a condition to check for themselves.
 * So write `explain` as the condition itself ("For people who came back in
 * the last 12 months"), not as a verdict ("You qualify").
 *
 * Only put a condition here when a source states it. Conditions the check
 * cannot ask about (citizenship, age, tax debts) stay in `eligibility`.
 *
 * @example
 * rules:
 *   returnedWithinMonths:
 *     months: 12
 *     explain: { ka: …, en: For people who came back to Georgia in the last 12 months. }
 *   needs:
 *     anyOf: [business, training]
 *     explain: { ka: …, en: Grants in kind for a small business, and help with training. }
 */

export { returnRoutes, ruleNames, stayAbroadKinds, type ReturnRoute, type StayAbroadKind } from './answer-values';

/** The reason shown for a rule: `localizedText`, with no other keys allowed. */
const explain = z.strictObject(localizedText.shape, { error: 'explain needs both Georgian (ka) and English (en) text' });

/** `anyOf` must list each value once: a repeated value is almost always a typing slip. */
const anyOf = <T extends z.ZodType<string>>(value: T) =>
  z
    .array(value)
    .min(1, 'list at least one value')
    .refine((list) => new Set(list).size === list.length, { message: 'list each value only once' });

/** The eligibility rules of one program. Leave out a rule the program does not have. */
export const eligibilityRules = z
  .object({
    /**
     * The visitor must have come back at most this many calendar months ago,
     * counting the day of return (12 → back on 25 Nov 2025 still fits on 25 Nov 2026).
     */
    returnedWithinMonths: z
      .object({ months: z.number().int().min(1, 'must be at least 1 month').max(120), explain })
      .strict()
      .optional(),
    /** How the visitor stayed abroad: any of these fits. */
    stayAbroad: z.object({ anyOf: anyOf(z.enum(stayAbroadKinds)), explain }).strict().optional(),
    /** How the visitor came back (or that they are still abroad): any of these fits. */
    returnRoute: z.object({ anyOf: anyOf(z.enum(returnRoutes)), explain }).strict().optional(),
    /** Regions where the visitor must live. Leave out for nationwide programs. */
    region: z.object({ anyOf: anyOf(regionId), explain }).strict().optional(),
    /**
     * What the program helps with, from the program categories. A visitor who
     * names their needs sees the program when one of them is listed here.
     */
    needs: z.object({ anyOf: anyOf(z.enum(programCategories)), explain }).strict(),
  })
  .strict();
export type EligibilityRules = z.infer<typeof eligibilityRules>;

/** The name of one rule, as reported back with each reason, e.g. `returnedWithinMonths`. */
export type RuleName = keyof EligibilityRules;
