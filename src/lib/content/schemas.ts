import { z } from 'astro/zod';
import {
  georgiaBounds,
  locationPrecisions,
  placeStatuses,
  placeTypes,
  bodyKinds,
  programCategories,
  services,
  weekdays,
} from './vocabulary';
import { eligibilityRules } from '../programs/rules';
import {
  confirmedDate,
  lastReviewed,
  localizedList,
  localizedText,
  phone,
  regionId,
  regionIdPattern,
  sources,
  text,
  webUrl,
} from './fields';

/**
 * Content schemas: the contract every file under `content/` must meet. Each
 * error message says how to fix the file, because editors read them, not developers.
 * The field primitives they share with the eligibility rules are in ./fields.ts.
 */

/** A phone number of a place or body, with the date its source confirmed it. */
const datedPhone = phone.extend({ confirmed: confirmedDate });

/** A street address in both languages, with the date its source confirmed it. */
const datedAddress = z
  .object({ ka: localizedText.shape.ka, en: localizedText.shape.en, confirmed: confirmedDate })
  .strict();

/** A time of day, 24-hour clock, Georgia time. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like 09:00 (24-hour clock)');

/** One line of opening hours: these days, from `opens` to `closes` (closes before opens means past midnight). */
export const openingHoursLine = z.object({
  days: z.array(z.enum(weekdays)).min(1),
  opens: clockTime,
  closes: clockTime,
});
export type OpeningHoursLine = z.infer<typeof openingHoursLine>;

/** A place's position. */
export const location = z
  .object({
    lat: z.number({ error: 'latitude must be a number' }),
    lon: z.number({ error: 'longitude must be a number' }),
    /** `building` when the point is the building itself; `town-centre` when only the town is known. */
    precision: z.enum(locationPrecisions),
  })
  .superRefine((p, ctx) => {
    const b = georgiaBounds;
    if (p.lat < b.minLat || p.lat > b.maxLat || p.lon < b.minLon || p.lon > b.maxLon) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `coordinates (${p.lat}, ${p.lon}) must lie inside Georgia (lat ${b.minLat}–${b.maxLat}, lon ${b.minLon}–${b.maxLon}): check the lat/lon order`,
      });
    }
  });

/** A place where a returnee can get help: a municipal service hub, an IOM office or a state agency office. */
export const placeSchema = z
  .object({
    /** The place's name. */
    name: localizedText,
    /** Kind of place. */
    type: z.enum(placeTypes),
    /** `open` receives visitors now; `planned` is announced but not open yet; `closed` no longer receives visitors. */
    status: z.enum(placeStatuses),
    /** When the source last confirmed the status (its own date, not the review date), e.g. `2024-11`. */
    confirmed: confirmedDate,
    /** Region id from content/regions.yaml, e.g. `kakheti`. */
    region: regionId,
    /** Town or municipality the place serves, e.g. Telavi. */
    town: localizedText,
    /** One or two sentences on what the place is. */
    summary: localizedText,
    location,
    /** Help available here, from the fixed list. */
    services: z.array(z.enum(services)).min(1, 'list at least one service'),
    /** Street address, only when a source gives it, with the source's date. */
    address: datedAddress.optional(),
    /** Phone numbers, only when a source gives them, each with the source's date. */
    phones: z.array(datedPhone).optional(),
    /** E-mail, only when a source gives it. */
    email: z.email({ error: 'must be an e-mail address' }).optional(),
    /** Opening hours, only when a source gives them. */
    hours: z.array(openingHoursLine).min(1).optional(),
    /** The place's own website. */
    website: webUrl.optional(),
    /**
     * Ids of bodies in content/bodies/ that can put a visitor in touch with the
     * place (its municipality, IOM Georgia), in the order to try them. Required
     * when the place has no phone of its own.
     */
    contactVia: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be the file name of a body in content/bodies/, e.g. iom-georgia')).min(1).optional(),
    /** The body in content/bodies/ whose own office this place is (e.g. IOM's Tbilisi office is IOM Georgia's): they may share numbers. */
    officeOf: z.string().regex(/^[a-z0-9-]+$/, 'must be the file name of a body in content/bodies/, e.g. iom-georgia').optional(),
    /** A caveat shown next to the contact details, e.g. that they were last published in 2020. */
    contactCaveat: localizedText.optional(),
    sources,
    lastReviewed,
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;

/**
 * A body behind places (a municipality, IOM Georgia): its verified contacts, so a
 * place without a published number of its own still offers a way in.
 */
export const bodySchema = z
  .object({
    name: localizedText,
    /** What the body is; it decides the sentence that says why to contact it. */
    kind: z.enum(bodyKinds),
    phones: z.array(datedPhone).optional(),
    address: datedAddress.optional(),
    website: webUrl.optional(),
    sources,
    lastReviewed,
  })
  .strict()
  .refine((b) => Boolean(b.phones?.length || b.website), {
    message: 'give at least a phone number or a website: a body is listed so that visitors can reach it',
    path: ['phones'],
  });
export type Body = z.infer<typeof bodySchema>;

/** A region of Georgia (ISO 3166-2 first-level unit). */
export const regionSchema = z
  .object({
    /** Short id used in other files, e.g. `kakheti`. */
    id: z.string().regex(regionIdPattern),
    /** ISO 3166-2 code, e.g. GE-KA. */
    iso: z.string().regex(/^GE-[A-Z]{2}$/, 'must be an ISO 3166-2 code like GE-KA'),
    name: localizedText,
  })
  .strict();
export type Region = z.infer<typeof regionSchema>;

/** The longest tagline a program card shows: about two lines on a 360 px phone. */
export const taglineMaxLength = 110;

/** A line of a tagline in one language: short enough for the card. */
const taglineLine = <T extends z.ZodType<string>>(line: T) =>
  line.refine((s) => s.length <= taglineMaxLength, {
    message: `keep the tagline to ${taglineMaxLength} characters: the details belong in summary`,
  });

/** A program's one-line summary in both languages, short enough for its card in the list. */
const tagline = z.object(
  { ka: taglineLine(localizedText.shape.ka), en: taglineLine(localizedText.shape.en) },
  { error: 'needs a one-line tagline in both Georgian (ka) and English (en), for the program list' },
);

/** A support program a returnee or community member can apply to. */
export const programSchema = z
  .object({
    title: localizedText,
    /** Who runs it. */
    provider: localizedText,
    categories: z.array(z.enum(programCategories)).min(1, 'list at least one category'),
    /** Region ids the program serves, or `all` for the whole country. */
    regions: z.union([z.literal('all'), z.array(z.string().regex(regionIdPattern)).min(1)]),
    /** One or two sentences on what the program is: the lead of its page and its description. */
    summary: localizedText,
    /** One short line on what the program gives, for its card in the program list (the summary is on its page). */
    tagline,
    /** Who can apply, one condition per item. */
    eligibility: localizedList,
    /** What a participant receives. */
    benefits: localizedList,
    /**
     * What a participant pays, only when a source states it (free, or an own share of the
     * cost). The HSDS export gives it as the service's `fees_description`.
     */
    fees: localizedText.optional(),
    /** How to apply, in order. */
    howToApply: localizedList,
    /** Documents to bring, when a source lists them. */
    documents: localizedList.optional(),
    /** The program's official page. */
    officialUrl: webUrl.optional(),
    phones: z.array(phone).optional(),
    email: z.email({ error: 'must be an e-mail address' }).optional(),
    /**
     * Where to ask about the program, as a source says: shown under "Where to ask about it"
     * with the program's own site, phones and e-mail. Without it the page names the provider.
     */
    ask: z
      .object({
        /** Who answers questions about the program and how to reach them, e.g. "the Agency's hotline". */
        text: localizedText,
        /** Pages that help reach them besides `officialUrl`, e.g. an online registration. */
        links: z.array(z.object({ url: webUrl, label: localizedText }).strict()).min(1).optional(),
        /**
         * Places on this site that a source names as somewhere to ask about this program
         * (file names in content/places, e.g. `livelihood-agency`). Only these are listed.
         */
        places: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be the file name of a place in content/places/, e.g. livelihood-agency')).min(1).optional(),
      })
      .strict()
      .optional(),
    /** The year whose terms the page describes, where terms change yearly. */
    termsYear: z.number().int().min(2000).max(2100).optional(),
    /** A caveat about how current the terms are. */
    termsNote: localizedText.optional(),
    /** Ids of related programs. */
    related: z.array(z.string()).optional(),
    /** Rules for the "What help can I get?" check (src/lib/programs/rules.ts). */
    rules: eligibilityRules,
    sources,
    lastReviewed,
  })
  .strict();
export type Program = z.infer<typeof programSchema>;

/** Front matter of a page (About, Contact, …), one file per language. */
export const pageSchema = z
  .object({
    title: text,
    /** Shown in search results and link previews (meta description). */
    description: text.max(200, 'keep the description under 200 characters'),
  })
  .strict();

/** Front matter of a news article, one file per language. */
export const newsSchema = z
  .object({
    title: text,
    description: text.max(200, 'keep the description under 200 characters'),
    /** Publication date, only when a source gives it. */
    published: z.coerce.date().optional(),
    /** What is known about the date when `published` is not, e.g. "published between 2020 and 2022". */
    dateNote: text.optional(),
    /** The original publication this article retells. */
    originalUrl: webUrl.optional(),
    /** Name of the original publisher, e.g. IOM Georgia. */
    originalPublisher: text.optional(),
  })
  .strict()
  .refine((n) => n.published !== undefined || n.dateNote !== undefined, {
    message: 'give `published` (a date a source states) or, when no date is known, a `dateNote` saying so',
    path: ['published'],
  });
