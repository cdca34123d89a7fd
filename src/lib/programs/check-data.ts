import type { MapPlace } from '../places/map-places';
import type { PlaceStatus } from '../content/vocabulary';
import type { LatLon } from '../geo/distance';
import type { EligibilityRules } from './rules';
import type { NotFitKey } from './not-fit';
import { regionCentre, type TownPoint } from './place-to-ask';

/**
 * The data the "What help can I get?" page hands to its script, as a JSON
 * block rendered at build time: programs with their rules, open and planned
 * places, and regions with a centre point. One language per page, so only that
 * language's text is included (the rules keep both; they are small).
 */

/** A program as the check shows it. */
export interface CheckProgram {
  id: string;
  title: string;
  provider: string;
  /** The program's page on this site. */
  url: string;
  rules: EligibilityRules;
  /** How to apply, in order: printed on the referral sheet. */
  howToApply: string[];
}

/** A place as the check suggests it. */
export interface CheckPlace extends LatLon {
  id: string;
  name: string;
  town: string;
  /** Kind of place, already translated. */
  type: string;
  /** The place's page on this site. */
  url: string;
  region: string;
  status: PlaceStatus;
  /** How current the status is ("as of …" or "call before you go"), as on the place's page. */
  note: string;
  stale: boolean;
  /** The first number to call (or website), from the place's contact path. */
  contact?: MapPlace['contact'];
}

/** A region, with the point that stands for it when the visitor gives no town. */
export interface CheckRegion {
  id: string;
  iso: string;
  name: string;
  centre: LatLon | undefined;
}

/** Everything the check's script needs. */
export interface CheckPageData {
  programs: CheckProgram[];
  places: CheckPlace[];
  regions: CheckRegion[];
  /** The UI strings, in the page's language, that say why a program does not fit (`notFitText`). */
  notFitPhrases: Record<NotFitKey, string>;
}

/**
 * Regions with their centre (the average of their municipality seats in the gazetteer).
 *
 * @example checkRegions([{ id: 'kakheti', iso: 'GE-KA', name: 'Kakheti' }], towns)[0].centre // { lat: 41.8…, lon: 45.6… }
 */
export function checkRegions(
  regions: ReadonlyArray<{ id: string; iso: string; name: string }>,
  towns: readonly TownPoint[],
): CheckRegion[] {
  return regions.map((r) => ({ ...r, centre: regionCentre(r.iso, towns) }));
}
