import { z } from 'astro/zod';
import { type ConfirmedDate, isInFuture, parseConfirmed } from './confirmed-date';

/**
 * Field primitives shared by the content schemas (./schemas.ts) and the
 * eligibility rules of a program file (../programs/rules.ts). They import
 * nothing from either, so both can build on them without an import cycle.
 * As in the schemas, each error message says how to fix the file.
 */

/** A non-empty line of text, trimmed. */
export const text = z.string().trim().min(1, 'must not be empty');

/** Text in both site languages. Leaving one out is an error, never a silent fallback. */
export const localizedText = z.object(
  {
    /** Georgian text (the site's first language). */
    ka: text.refine((s) => /[\u10A0-\u10FF\u1C90-\u1CBF]/u.test(s), {
      message: 'Georgian text must be written in Georgian script',
    }),
    /** English text. */
    en: text,
  },
  { error: 'needs both Georgian (ka) and English (en) text' },
);
export type LocalizedText = z.infer<typeof localizedText>;

/** A list of sentences (bullets or steps) in both languages, with as many items in each. */
export const localizedList = z
  .object({ ka: z.array(text).min(1), en: z.array(text).min(1) }, {
    error: 'needs both Georgian (ka) and English (en) lists',
  })
  .refine((l) => l.ka.length === l.en.length, {
    message: 'Georgian and English lists must have the same number of items (one translation per item)',
  });
export type LocalizedList = z.infer<typeof localizedList>;

/** Public web addresses only: https (or http for the few old government sites). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/** Where the facts on a page come from. At least one is required: the site states no fact without a source. */
export const sources = z.array(webUrl).min(1, 'list at least one source URL for the facts in this file');

/** The day someone last checked the file against its sources. */
export const lastReviewed = z.coerce.date({ error: 'must be a date like 2026-11-25' }).refine((d) => !Number.isNaN(d.getTime()), {
  message: 'must be a date like 2026-11-25',
});

/** A phone number as dialled in Georgia: digits, spaces and an optional leading +. */
export const phone = z.object({
  /** The number as printed, e.g. "+995 32 2 25 22 16" or the short number "1505". */
  number: z.string().regex(/^\+?[0-9][0-9 ]{2,20}$/, 'must contain only digits, spaces and an optional leading +'),
  /** What the number is for, e.g. "hotline". */
  label: localizedText.optional(),
});

/**
 * When the source confirmed a fact: the source's own date as `YYYY-MM` (or
 * `YYYY` when it gives only the year), or `unknown` when it gives none. The page
 * shows it as "as of …" and asks visitors to call first when it is old.
 */
export const confirmedDate = z.union([z.string(), z.number()]).transform((value, ctx): ConfirmedDate => {
  const date = parseConfirmed(String(value));
  if (date === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${String(value)}" is not a confirmation date: write the source's date as YYYY-MM (e.g. 2024-11), YYYY when it gives only the year, or unknown`,
    });
    return z.NEVER;
  }
  if (isInFuture(date, new Date())) {
    ctx.addIssue({ code: 'custom', message: `${String(value)} is in the future: give the date the source was published or last updated` });
    return z.NEVER;
  }
  return date;
});

/**
 * The shape of a region id (the `id` of an entry in content/regions.yaml):
 * lower-case Latin letters and hyphens.
 *
 * @example regionIdPattern.test('samegrelo-zemo-svaneti') // true
 */
export const regionIdPattern = /^[a-z-]+$/;

/** A reference to a region of content/regions.yaml, e.g. `kakheti`; the cross-file check makes sure it exists. */
export const regionId = z.string().regex(regionIdPattern, 'must be a region id from content/regions.yaml, e.g. kakheti');
