/**
 * Town lookup for "where are you?" inputs: matches what people type (Georgian script, any
 * Latin romanisation, Georgian keyboard-layout typing, the first few letters, small typos)
 * against the gazetteer in `src/data/gazetteer.json`. Georgian typed in Latin letters is read
 * by the same rules as search's (`src/lib/georgian/`).
 */
import { hasGeorgian, mtavruliToMkhedruli } from '../georgian/script';
import { foldDiacritics, foldRomanisation, latinToGeorgian } from '../georgian/transliterate';
import { editDistance, typoAllowance } from '../search/edit-distance';

/** One place in the gazetteer (`src/data/gazetteer.json`). */
export interface Town {
  /** Stable ASCII slug, e.g. `ozurgeti`; safe in URLs and as a key. */
  id: string;
  /** Common English (Latin) name for display, e.g. `Tskaltubo`. */
  en: string;
  /** Georgian name in Mkhedruli, e.g. `წყალტუბო`. */
  ka: string;
  /** Latitude of the town centre (WGS84). */
  lat: number;
  /** Longitude of the town centre (WGS84). */
  lon: number;
  /** ISO 3166-2 code of the region, e.g. `GE-IM`. */
  region: string;
  /** True for the seat of a municipality or a self-governing city. */
  seat: boolean;
  /** Other Latin spellings (GeoNames' 2002 romanisation, older and Russian-derived forms). */
  variants: readonly string[];
}

/**
 * A place name or query reduced to the words used for matching: Mtavruli → Mkhedruli, lower
 * case, other romanisations' letters written the national way (`š` → `sh`, see foldDiacritics), other
 * accents and apostrophes (ejective marks) dropped, hyphens and punctuation as spaces, and
 * Latin romanisation variants folded together (see foldRomanisation).
 *
 * @example normaliseName("Ts'q'alt'ubo") // ['ckaltubo'], same as normaliseName('Tskaltubo')
 */
export function normaliseName(text: string): string[] {
  const latinOrGeorgian = foldRomanisation(
    foldDiacritics(mtavruliToMkhedruli(text))
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’‘ʼʻ`´]/g, '')
      .replace(/ı/g, 'i'),
  );
  return latinOrGeorgian.split(/[^a-z0-9\u10d0-\u10ff]+/).filter((word) => word.length > 0);
}

/** How well a query fits a name; lower is better. */
const Fit = { Exact: 0, Prefix: 1, WordPrefix: 2, Typo: 3, None: 4 } as const;
type Fit = (typeof Fit)[keyof typeof Fit];

/** Fit of a normalised query against one normalised name. */
function fitName(query: string, words: readonly string[]): Fit {
  const name = words.join('');
  if (name === query) return Fit.Exact;
  if (name.startsWith(query)) return Fit.Prefix;
  for (let i = 1; i < words.length; i++) {
    if (words.slice(i).join('').startsWith(query)) return Fit.WordPrefix;
  }
  const allowance = typoAllowance(query.length);
  if (allowance > 0 && editDistance(query, name, allowance) <= allowance) return Fit.Typo;
  return Fit.None;
}

/** Normalised names of a town (id, English, Georgian, variants), cached per town object. */
const namesCache = new WeakMap<Town, string[][]>();
function namesOf(town: Town): string[][] {
  let names = namesCache.get(town);
  if (!names) {
    names = [town.en, town.ka, town.id, ...town.variants].map(normaliseName).filter((w) => w.length > 0);
    namesCache.set(town, names);
  }
  return names;
}

/**
 * The forms of a query to match names against: the query itself, normalised, and for Latin
 * input also its Georgian readings (national romanisation and keyboard-layout typing, the rules
 * search uses), so `WiaTura` typed on a Georgian layout finds ჭიათურა.
 */
function queryForms(query: string): string[] {
  const typed = normaliseName(query).join('');
  if (typed.length === 0) return [];
  const readings = hasGeorgian(query) ? [] : latinToGeorgian(query).map((georgian) => normaliseName(georgian).join(''));
  return [...new Set([typed, ...readings])].filter((form) => form.length > 0);
}

/**
 * Towns matching what someone typed, best first. Accepts Georgian (Mkhedruli or Mtavruli
 * capitals), Latin in any case and any common romanisation (Zestafoni/Zestaponi,
 * Tsqaltubo/Tskaltubo, Signagi/Sighnaghi, apostrophes or none) or typed on the Georgian
 * keyboard layout (WiaTura → ჭიათურა), the beginning of a name
 * ("ozur" → Ozurgeti) and small typos in longer names. Order: exact names, then names that
 * start with the query, then names with a later word that does, then typo matches; within each,
 * municipality seats first, then by English name. Unknown input gives [].
 *
 * @example matchTown('Zestafoni', towns)[0]?.id // 'zestaponi'
 */
export function matchTown(query: string, towns: readonly Town[]): Town[] {
  const queries = queryForms(query);
  if (queries.length === 0) return [];
  const scored: Array<{ town: Town; fit: Fit }> = [];
  for (const town of towns) {
    let best: Fit = Fit.None;
    for (const words of namesOf(town)) {
      for (const form of queries) {
        const fit = fitName(form, words);
        if (fit < best) best = fit;
      }
      if (best === Fit.Exact) break;
    }
    if (best !== Fit.None) scored.push({ town, fit: best });
  }
  return scored
    .sort(
      (a, b) =>
        a.fit - b.fit || Number(b.town.seat) - Number(a.town.seat) || a.town.en.localeCompare(b.town.en, 'en'),
    )
    .map(({ town }) => town);
}

/**
 * The town with this id, or undefined.
 *
 * @example findTownById('batumi', towns)?.ka // 'ბათუმი'
 */
export function findTownById(id: string, towns: readonly Town[]): Town | undefined {
  return towns.find((town) => town.id === id);
}
