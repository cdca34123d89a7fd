import { useTranslations } from '../../i18n/ui';
import { buildTime } from '../content/build-time';
import { loadSiteContent } from '../content/site-content';
import { siteUrl } from '../../site.config';
import { placeCaveat } from './caveat';
import { type OpenPlace, openPlaces } from './open-data';

/** The open-data records of this site's places, as /data/hubs.{json,geojson,csv} publish them. */
export async function siteOpenPlaces(): Promise<OpenPlace[]> {
  const { places, bodiesById } = await loadSiteContent();
  return openPlaces(places, {
    siteUrl,
    bodies: bodiesById,
    caveat: (place, locale) => placeCaveat(place, locale, buildTime, useTranslations(locale)),
  });
}
